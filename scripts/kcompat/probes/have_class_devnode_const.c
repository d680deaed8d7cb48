// SPDX-License-Identifier: GPL-2.0
/*
 * desc: struct class's devnode callback takes a const struct device *
 *       (Linux 6.2, "driver core: make struct class.devnode() take a
 *       const *")
 * group: class_devnode
 */
#include <linux/device.h>

_Static_assert(__builtin_types_compatible_p(
	typeof(((struct class *)0)->devnode),
	char *(*)(const struct device *, umode_t *)), "devnode(const dev)");
