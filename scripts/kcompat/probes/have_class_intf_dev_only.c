// SPDX-License-Identifier: GPL-2.0
/*
 * desc: class_interface add_dev/remove_dev take only the device (Linux 6.4,
 *       "driver core: class: remove struct class_interface * from callbacks")
 * group: class_intf
 */
#include <linux/device.h>

_Static_assert(__builtin_types_compatible_p(
	typeof(((struct class_interface *)0)->add_dev),
	int (*)(struct device *)), "add_dev(dev)");
_Static_assert(__builtin_types_compatible_p(
	typeof(((struct class_interface *)0)->remove_dev),
	void (*)(struct device *)), "remove_dev(dev)");
