// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_sysevent.c - ddi_log_sysevent(9F): a driver's system event as a
 * Linux uevent.
 *
 * illumos queues a sysevent for syseventd; on Linux the same news goes to
 * udev: a "change" uevent of the SCSI device the driver is attached to
 * (as the midlayer's own SDEV_EVT_* events are), whose environment
 * carries the event's vendor, class, subclass and publisher and each pair
 * of its attribute list:
 *
 *	SCSA_SYSEVENT_VENDOR=SUNW
 *	SCSA_SYSEVENT_CLASS=EC_dev_status
 *	SCSA_SYSEVENT_SUBCLASS=ESC_dev_eject_request
 *	SCSA_SYSEVENT_PUBLISHER=SUNW:kern:<driver>
 *	SCSA_SYSEVENT_SEQ=<eid_seq>
 *	SCSA_DRIVER=<driver>  SCSA_INSTANCE=<instance>
 *	SCSA_ATTR_<name>=<value>   (name: characters other than [A-Za-z0-9_]
 *	                            become '_')
 *
 * The uevent is sent from a work item (kobject_uevent_env() sleeps), so
 * ddi_log_sysevent() itself may be called with DDI_NOSLEEP anywhere.
 */
#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/module.h>
#include <linux/device.h>
#include <linux/kobject.h>
#include <linux/slab.h>
#include <linux/workqueue.h>
#include <linux/atomic.h>
#include <linux/timekeeping.h>
#include <sys/sysevent.h>

/* what a uevent may carry: Linux's UEVENT_NUM_ENVP and buffer, with room */
#define	SCSA_SE_MAX_VARS	40
#define	SCSA_SE_MAX_TEXT	1536
#define	SCSA_SE_MAX_VALUE	256

struct scsa_sysevent {
	struct work_struct work;
	struct device *dev;		/* a reference */
	int nvars;
	size_t used;
	bool full;
	char *envp[SCSA_SE_MAX_VARS + 1];
	char text[SCSA_SE_MAX_TEXT];
};

static atomic64_t scsa_sysevent_seq = ATOMIC64_INIT(0);
static struct workqueue_struct *scsa_sysevent_wq;	/* drained at unload */

static void scsa_sysevent_send(struct work_struct *w)
{
	struct scsa_sysevent *se = container_of(w, struct scsa_sysevent, work);

	kobject_uevent_env(&se->dev->kobj, KOBJ_CHANGE, se->envp);
	put_device(se->dev);
	kfree(se);
}

/* one "KEY=VALUE" variable; false (and full) when there is no room */
static __printf(2, 3) bool scsa_se_var(struct scsa_sysevent *se,
				       const char *fmt, ...)
{
	size_t room = SCSA_SE_MAX_TEXT - se->used;
	va_list ap;
	int n;

	if (se->full || se->nvars >= SCSA_SE_MAX_VARS) {
		se->full = true;
		return false;
	}
	va_start(ap, fmt);
	n = vsnprintf(se->text + se->used, room, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= room) {
		se->full = true;
		return false;
	}
	se->envp[se->nvars++] = se->text + se->used;
	se->used += n + 1;
	return true;
}

static int scsa_se_attr(void *arg, const char *name, const char *val)
{
	struct scsa_sysevent *se = arg;
	char key[64];
	size_t i;

	for (i = 0; name[i] && i < sizeof(key) - 1; i++)
		key[i] = isalnum(name[i]) ? name[i] : '_';
	key[i] = 0;
	return scsa_se_var(se, "SCSA_ATTR_%s=%.*s", key, SCSA_SE_MAX_VALUE,
			   val) ? 0 : -ENOSPC;
}

/**
 * ddi_log_sysevent() - publish a system event of a device.
 * @dip:        the device (attached).
 * @vendor:     the event's vendor (e.g. SUNW_VENDOR "SUNW"), at most
 *              MAX_PUB_LEN (128) characters.
 * @class:      its class (e.g. EC_DEV_STATUS), at most MAX_CLASS_LEN (64).
 * @subclass:   its subclass (e.g. ESC_DEV_EJECT_REQUEST), at most
 *              MAX_SUBCLASS_LEN (64).
 * @attr_list:  its attributes (nvlist_alloc()), or NULL; strings and
 *              integers are sent, each as SCSA_ATTR_<name>=<value>; the
 *              list stays the caller's.
 * @eidp:       where to store the event's id (a sequence number and
 *              gethrtime()), or NULL.
 * @sleep_flag: DDI_SLEEP or DDI_NOSLEEP.
 *
 * Sent as a "change" uevent of the Linux SCSI device @dip is attached to
 * (see the top of this file), asynchronously.  Source:
 * ddi_log_sysevent(9F).
 *
 * Context: DDI_NOSLEEP: any, including interrupt context and pkt_comp;
 * DDI_SLEEP: where sleeping is allowed.
 * Return: DDI_SUCCESS; DDI_ECONTEXT for DDI_SLEEP where sleeping is not
 * allowed; DDI_ENOMEM if memory is short (DDI_NOSLEEP) or the event and
 * its attributes do not fit a uevent (at most 40 variables, 1536 bytes);
 * DDI_ETRANSPORT if @dip has no Linux device; DDI_EINVAL for a NULL or
 * too long @vendor, @class or @subclass, or an unknown @sleep_flag.
 */
int ddi_log_sysevent(dev_info_t *dip, char *vendor, char *class,
		     char *subclass, nvlist_t *attr_list, sysevent_id_t *eidp,
		     int sleep_flag)
{
	struct scsa_sysevent *se;
	struct device *dev;
	uint64_t seq;

	if (!vendor || !class || !subclass ||
	    strnlen(vendor, MAX_PUB_LEN + 1) > MAX_PUB_LEN ||
	    strnlen(class, MAX_CLASS_LEN + 1) > MAX_CLASS_LEN ||
	    strnlen(subclass, MAX_SUBCLASS_LEN + 1) > MAX_SUBCLASS_LEN ||
	    (sleep_flag != DDI_SLEEP && sleep_flag != DDI_NOSLEEP))
		return DDI_EINVAL;
	if (sleep_flag == DDI_SLEEP && !scsa_may_sleep())
		return DDI_ECONTEXT;
	dev = dip ? ddi_get_linux_device(dip) : NULL;
	if (!dev || !scsa_sysevent_wq)
		return DDI_ETRANSPORT;
	se = kzalloc(sizeof(*se), sleep_flag == DDI_SLEEP ? GFP_KERNEL :
		     GFP_ATOMIC);
	if (!se)
		return DDI_ENOMEM;
	seq = atomic64_inc_return(&scsa_sysevent_seq);
	scsa_se_var(se, "SCSA_SYSEVENT_VENDOR=%s", vendor);
	scsa_se_var(se, "SCSA_SYSEVENT_CLASS=%s", class);
	scsa_se_var(se, "SCSA_SYSEVENT_SUBCLASS=%s", subclass);
	scsa_se_var(se, "SCSA_SYSEVENT_PUBLISHER=%s:kern:%s", vendor,
		    ddi_driver_name(dip));
	scsa_se_var(se, "SCSA_SYSEVENT_SEQ=%llu", (unsigned long long)seq);
	scsa_se_var(se, "SCSA_DRIVER=%s", ddi_driver_name(dip));
	scsa_se_var(se, "SCSA_INSTANCE=%d", ddi_get_instance(dip));
	if (scsa_nvlist_each(attr_list, scsa_se_attr, se) < 0 || se->full) {
		kfree(se);
		return DDI_ENOMEM;
	}
	se->envp[se->nvars] = NULL;
	se->dev = get_device(dev);
	INIT_WORK(&se->work, scsa_sysevent_send);
	queue_work(scsa_sysevent_wq, &se->work);
	if (eidp) {
		eidp->eid_seq = seq;
		eidp->eid_ts = gethrtime();
	}
	return DDI_SUCCESS;
}
EXPORT_SYMBOL_GPL(scsa_ddi_log_sysevent);

/* ---- module init and exit (scsa_main.c) ---- */

int scsa_sysevent_init(void)
{
	scsa_sysevent_wq = alloc_workqueue("scsa_sysevent", 0, 0);
	return scsa_sysevent_wq ? 0 : -ENOMEM;
}

void scsa_sysevent_exit(void)
{
	destroy_workqueue(scsa_sysevent_wq);	/* sends what is queued */
	scsa_sysevent_wq = NULL;
}
