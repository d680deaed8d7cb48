// SPDX-License-Identifier: GPL-2.0
/*
 * desc: class_interface add_dev/remove_dev take the device and the
 *       interface (before Linux 6.4)
 * group: class_intf
 */
#include <linux/device.h>

_Static_assert(__builtin_types_compatible_p(
	typeof(((struct class_interface *)0)->add_dev),
	int (*)(struct device *, struct class_interface *)), "add_dev(dev, intf)");
_Static_assert(__builtin_types_compatible_p(
	typeof(((struct class_interface *)0)->remove_dev),
	void (*)(struct device *, struct class_interface *)), "remove_dev(dev, intf)");
