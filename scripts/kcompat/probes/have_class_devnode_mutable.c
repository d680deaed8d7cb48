// SPDX-License-Identifier: GPL-2.0
/*
 * desc: struct class's devnode callback takes a (non-const) struct
 *       device * (Linux before 6.2)
 * group: class_devnode
 */
#include <linux/device.h>

_Static_assert(__builtin_types_compatible_p(
	typeof(((struct class *)0)->devnode),
	char *(*)(struct device *, umode_t *)), "devnode(dev)");
