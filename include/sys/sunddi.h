/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/sunddi.h>, <sys/ddi.h>: the part of the Solaris DDI that scsa-compat
 * provides to target drivers.  dev_info_t is an opaque handle created by
 * the shim for each attachment of a target driver to a SCSI device.
 */
#ifndef _SCSA_SYS_SUNDDI_H
#define _SCSA_SYS_SUNDDI_H

#include <sys/types.h>
#include <sys/scsa_names.h>

#include <sys/errno.h>
#include <sys/kmem.h>
#include <sys/ksynch.h>
#include <sys/file.h>
#include <sys/model.h>
#include <sys/dditypes.h>
#include <sys/ddidmareq.h>
#include <linux/stat.h>

#define	DDI_SUCCESS	0
#define	DDI_FAILURE	(-1)

/* errors of the interrupt, event and other newer DDI calls */
#define	DDI_EAGAIN	(-3)
#define	DDI_EINVAL	(-4)
#define	DDI_ENOTSUP	(-5)
#define	DDI_EPENDING	(-6)
#define	DDI_EALREADY	(-7)

/* ddi_log_sysevent(9F) errors */
#define	DDI_ENOMEM	1	/* memory not available */
#define	DDI_EBUSY	2	/* busy */
#define	DDI_ETRANSPORT	3	/* transport down */
#define	DDI_ECONTEXT	4	/* context error */

/* general DDI sleep flags */
#define	DDI_SLEEP	0
#define	DDI_NOSLEEP	1

/* the property a driver sets to say its ioctls may come from the kernel */
#define	DDI_KERNEL_IOCTL	"ddi-kernel-ioctl"

typedef enum { DDI_ATTACH = 0, DDI_RESUME = 1, DDI_PM_RESUME = 2 }
	ddi_attach_cmd_t;
typedef enum { DDI_DETACH = 0, DDI_SUSPEND = 1, DDI_PM_SUSPEND = 2,
	       DDI_HOTPLUG_DETACH = 3 } ddi_detach_cmd_t;
typedef enum { DDI_INFO_DEVT2DEVINFO = 0, DDI_INFO_DEVT2INSTANCE = 1 }
	ddi_info_cmd_t;

#define	DDI_PROBE_FAILURE	ENXIO
#define	DDI_PROBE_DONTCARE	0
#define	DDI_PROBE_PARTIAL	1
#define	DDI_PROBE_SUCCESS	2

typedef struct dev_info dev_info_t;
struct device;

int ddi_get_instance(dev_info_t *dip);
void *ddi_get_driver_private(dev_info_t *dip);
void ddi_set_driver_private(dev_info_t *dip, void *data);
const char *ddi_driver_name(dev_info_t *dip);
char *ddi_get_name_addr(dev_info_t *dip);
void ddi_report_dev(dev_info_t *dip);
char *ddi_get_name(dev_info_t *dip);
char *ddi_node_name(dev_info_t *dip);
dev_info_t *ddi_get_parent(dev_info_t *dip);
int ddi_dev_is_sid(dev_info_t *dip);
int ddi_dev_is_needed(dev_info_t *dip, int cmpt, int level);
struct cred;
struct cred *ddi_get_cred(void);
struct pollhead;
int nochpoll(dev_t dev, short events, int anyyet, short *reventsp,
	     struct pollhead **phpp);
#define	ddi_binding_name(dip)	ddi_get_name(dip)
int ddi_removing_power(dev_info_t *dip);

/* bus events: none exist under scsa-compat (see ddi_get_eventcookie()) */
int ddi_get_eventcookie(dev_info_t *dip, char *name,
			ddi_eventcookie_t *event_cookiep);
int ddi_add_event_handler(dev_info_t *dip, ddi_eventcookie_t event,
			  void (*handler)(dev_info_t *, ddi_eventcookie_t,
					  void *, void *),
			  void *arg, ddi_callback_id_t *id);
int ddi_remove_event_handler(ddi_callback_id_t id);
char *ddi_pathname(dev_info_t *dip, char *path);
#ifndef DDI_MAJOR_T_NONE
#define	DDI_MAJOR_T_NONE	((major_t)-1)
#define	DDI_MAJOR_T_UNKNOWN	((major_t)0)
#endif
major_t ddi_driver_major(dev_info_t *dip);
/* ddi_strtol(9F) and friends: 0, EINVAL or ERANGE */
int ddi_strtol(const char *str, char **nptr, int base, long *result);
int ddi_strtoul(const char *str, char **nptr, int base,
	unsigned long *result);
int ddi_strtoll(const char *str, char **nptr, int base, longlong_t *result);
int ddi_strtoull(const char *str, char **nptr, int base,
	u_longlong_t *result);
/* dev_info state illumos drivers read through these macros */
int scsa_devi_is_device_removed(dev_info_t *dip);
int scsa_devi_is_detaching(dev_info_t *dip);
#define	DEVI_IS_DEVICE_REMOVED(dip)	scsa_devi_is_device_removed(dip)
#define	DEVI_IS_DETACHING(dip)		scsa_devi_is_detaching(dip)
/*
 * DEVI(dip): the dev_info members illumos drivers read directly (sd reads
 * devi_devid_str); the rest of illumos's struct dev_info is private.
 */
struct scsa_devi {
	char	*devi_devid_str;	/* the registered devid as a string */
};
struct scsa_devi *scsa_devi(dev_info_t *dip);
#define	DEVI(dip)			scsa_devi(dip)
/* scsa-compat extension for a driver's Linux glue file */
struct device *ddi_get_linux_device(dev_info_t *dip);

/*
 * DDI_INTR_PRI(): an interrupt priority (from ddi_intr_get_pri(9F) on
 * Solaris) as mutex_init(9F)'s arg, the way drivers initialise a mutex
 * their interrupt handler takes.  A priority above LOCK_LEVEL makes a
 * spin mutex, one at or below it an adaptive mutex, as on Solaris
 * (<sys/mutex.h>).
 */
#define	DDI_INTR_PRI(pri)	((void *)(uintptr_t)(pri))

/*
 * Device numbers as illumos's LP64 dev_t (<sys/types.h>): a 32-bit major
 * above a 32-bit minor.  getminor(9F), getmajor(9F), makedevice(9F) and
 * cmpdev(9F) (the old 16-bit form: 7-bit major, 8-bit minor, or NODEV if
 * they do not fit); illumos has them as functions, macros here.
 */
#define	NBITSMAJOR64	32
#define	NBITSMINOR64	32
#define	MAXMAJ64	0xfffffffful
#define	MAXMIN64	0xfffffffful
#define	NBITSMAJOR	NBITSMAJOR64
#define	NBITSMINOR	NBITSMINOR64
#define	MAXMAJ		MAXMAJ64
#define	MAXMIN		MAXMIN64
#define	O_BITSMAJOR	7
#define	O_BITSMINOR	8
#define	O_MAXMAJ	0x7f
#define	O_MAXMIN	0xff
#define	L_BITSMAJOR	32
#define	L_BITSMINOR	32
#define	L_MAXMAJ	0xfffffffful
#define	L_MAXMIN	0xfffffffful
#ifndef NODEV
#define	NODEV		((dev_t)(-1l))
#endif
#define	getminor(dev)		((minor_t)((dev_t)(dev) & MAXMIN64))
#define	getmajor(dev)		((major_t)(((dev_t)(dev) >> NBITSMINOR64) & MAXMAJ64))
#define	makedevice(maj, min)	\
	((dev_t)(((dev_t)(maj) << NBITSMINOR64) | ((min) & MAXMIN64)))
static inline o_dev_t cmpdev(dev_t dev)
{
	major_t maj = getmajor(dev);
	minor_t min = getminor(dev);

	if (maj > O_MAXMAJ || min > O_MAXMIN)
		return (o_dev_t)-1;
	return (o_dev_t)((maj << O_BITSMINOR) | min);
}
static inline dev_t expdev(dev_t dev)
{
	return makedevice((dev >> O_BITSMINOR) & O_MAXMAJ, dev & O_MAXMIN);
}

/* soft state: ddi_soft_state(9F) */
int ddi_soft_state_init(void **state_p, size_t size, size_t n_items);
int ddi_soft_state_zalloc(void *state, int item);
void *ddi_get_soft_state(void *state, int item);
void ddi_soft_state_free(void *state, int item);
void ddi_soft_state_fini(void **state_p);

/* timeout(9F), untimeout(9F), delay(9F), drv_usectohz(9F) */
typedef void *timeout_id_t;
timeout_id_t timeout(void (*func)(void *), void *arg, clock_t ticks);
clock_t untimeout(timeout_id_t id);
void delay(clock_t ticks);
clock_t drv_usectohz(clock_t microsecs);
clock_t drv_hztousec(clock_t ticks);
clock_t ddi_get_lbolt(void);

/*
 * ddi_copyin(9F), ddi_copyout(9F).  FKIOCTL (<sys/file.h>) in @flags: the
 * address is a kernel address (an ioctl from the kernel).
 */
int ddi_copyin(const void *buf, void *driverbuf, size_t cn, int flags);
int ddi_copyout(const void *driverbuf, void *buf, size_t cn, int flags);

/*
 * Minor nodes: ddi_create_minor_node(9F), ddi_remove_minor_node(9F).
 * spec_type S_IFCHR only (the values of Linux's <linux/stat.h> equal
 * Solaris'); each node is a Linux character device
 * /dev/scsa/<driver><instance>:<name>, dev_t makedevice(<the driver's
 * major>, minor_num), mode 0600 root.  See core/scsa_cdev.c and
 * Documentation/porting-guide.rst, "Character devices".
 */
#define	DDI_NT_BLOCK		"ddi_block"
#define	DDI_NT_BLOCK_CHAN	"ddi_block:channel"
#define	DDI_NT_BLOCK_WWN	"ddi_block:wwn"
#define	DDI_NT_CD		"ddi_block:cdrom"
#define	DDI_NT_CD_CHAN		"ddi_block:cdrom:channel"
#define	DDI_NT_FD		"ddi_block:diskette"
#define	DDI_NT_TAPE		"ddi_byte:tape"
#define	DDI_NT_SCSI_ENCLOSURE	"ddi_enclosure:scsi"
#define	DDI_NT_SCSI_NEXUS	"ddi_ctl:devctl:scsi"
#define	DDI_NT_SCSI_ATTACHMENT_POINT "ddi_ctl:attachment_point:scsi"
#define	DDI_NT_SGEN		"ddi_generic:scsi"
#define	DDI_PSEUDO		"ddi_pseudo"

/* ddi_create_minor_node() flag */
#define	CLONE_DEV		0x1	/* not supported: DDI_FAILURE */
#define	PRIVONLY_DEV		0x10	/* accepted: nodes are 0600 anyway */

int ddi_create_minor_node(dev_info_t *dip, const char *name, int spec_type,
	minor_t minor_num, const char *node_type, int flag);
void ddi_remove_minor_node(dev_info_t *dip, const char *name);

#include <sys/ddipropdefs.h>
#include <sys/sunpm.h>
#include <sys/ddifm.h>
#include <sys/nvpair.h>
#include <sys/sysevent.h>

/* ddi_log_sysevent(9F): a Linux "change" uevent (core/scsa_sysevent.c) */
int ddi_log_sysevent(dev_info_t *dip, char *vendor, char *class,
		     char *subclass, nvlist_t *attr_list, sysevent_id_t *eidp,
		     int sleep_flag);
/* further names and values of illumos's header */
#define	DDI_NT_SERIAL	"ddi_serial"
#define	DDI_NT_SERIAL_MB "ddi_serial:mb"
#define	DDI_NT_SERIAL_DO "ddi_serial:dialout"
#define	DDI_NT_SERIAL_MB_DO "ddi_serial:dialout,mb"
#define	DDI_NT_SERIAL_LOMCON "ddi_serial:lomcon"
#define	DDI_NT_ENCLOSURE	"ddi_enclosure"
#define	DDI_NT_BLOCK_SAS	"ddi_block:sas"
#define	DDI_NT_BLOCK_BLKDEV	"ddi_block:blkdev"
#define	DDI_NT_BLOCK_XVMD	"ddi_block:xvmd"
#define	DDI_NT_CD_XVMD	"ddi_block:cdrom:xvmd"
#define	DDI_NT_NET	"ddi_network"
#define	DDI_NT_NET_WIFI	"ddi_network:wifi"
#define	DDI_NT_DISPLAY	"ddi_display"
#define	DDI_NT_DISPLAY_DRM	"ddi_display:drm"
#define	DDI_NT_AUDIO	"ddi_audio"
#define	DDI_NT_MOUSE	"ddi_mouse"
#define	DDI_NT_KEYBOARD	"ddi_keyboard"
#define	DDI_NT_PARALLEL	"ddi_parallel"
#define	DDI_NT_PRINTER	"ddi_printer"
#define	DDI_NT_UGEN	"ddi_generic:usb"
#define	DDI_NT_SMP	"ddi_sas_smp"
#define	DDI_NT_NEXUS	"ddi_ctl:devctl"
#define	DDI_NT_NVME_NEXUS	"ddi_ctl:devctl:nvme"
#define	DDI_NT_SATA_NEXUS	"ddi_ctl:devctl:sata"
#define	DDI_NT_IB_NEXUS	"ddi_ctl:devctl:ib"
#define	DDI_NT_ATTACHMENT_POINT	"ddi_ctl:attachment_point"
#define	DDI_NT_NVME_ATTACHMENT_POINT	"ddi_ctl:attachment_point:nvme"
#define	DDI_NT_SATA_ATTACHMENT_POINT	"ddi_ctl:attachment_point:sata"
#define	DDI_NT_SDCARD_ATTACHMENT_POINT	"ddi_ctl:attachment_point:sdcard"
#define	DDI_NT_PCI_ATTACHMENT_POINT	"ddi_ctl:attachment_point:pci"
#define	DDI_NT_SBD_ATTACHMENT_POINT	"ddi_ctl:attachment_point:sbd"
#define	DDI_NT_FC_ATTACHMENT_POINT	"ddi_ctl:attachment_point:fc"
#define	DDI_NT_USB_ATTACHMENT_POINT	"ddi_ctl:attachment_point:usb"
#define	DDI_NT_BLOCK_FABRIC	"ddi_block:fabric"
#define	DDI_NT_IB_ATTACHMENT_POINT	"ddi_ctl:attachment_point:ib"
#define	DDI_NT_CCID_ATTACHMENT_POINT	"ddi_ctl:attachment_point:ccid"
#define	DDI_NT_AV_ASYNC "ddi_av:async"
#define	DDI_NT_AV_ISOCH "ddi_av:isoch"
#define	DDI_NT_AGP_PSEUDO	"ddi_agp:pseudo"
#define	DDI_NT_AGP_MASTER	"ddi_agp:master"
#define	DDI_NT_AGP_TARGET	"ddi_agp:target"
#define	DDI_NT_AGP_CPUGART	"ddi_agp:cpugart"
#define	DDI_NT_REGACC	"ddi_tool_reg"
#define	DDI_NT_INTRCTL	"ddi_tool_intr"
#define	DDI_NT_SENSOR_TEMP_CPU	"ddi_sensor:temperature:cpu"
#define	DDI_NT_SENSOR_TEMP_PCH	"ddi_sensor:temperature:pch"
#define	DDI_DEVID_REGISTRANT	"ddi-devid-registrant"
#define	DDI_DEVI_REMOVE_EVENT	"DDI:DEVI_REMOVE"
#define	DDI_DEVI_INSERT_EVENT	"DDI:DEVI_INSERT"
#define	DDI_DEVI_BUS_RESET_EVENT	"DDI:DEVI_BUS_RESET"
#define	DDI_DEVI_DEVICE_RESET_EVENT	"DDI:DEVI_DEVICE_RESET"
#define	DDI_IPL_0	(0)
#define	DDI_IPL_1	(1)
#define	DDI_IPL_2	(2)
#define	DDI_IPL_3	(3)
#define	DDI_IPL_4	(4)
#define	DDI_IPL_5	(5)
#define	DDI_IPL_6	(6)
#define	DDI_IPL_7	(7)
#define	DDI_IPL_8	(8)
#define	DDI_IPL_9	(9)
#define	DDI_IPL_10	(10)

#endif /* _SCSA_SYS_SUNDDI_H */
