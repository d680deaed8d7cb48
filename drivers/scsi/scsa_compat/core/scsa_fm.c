// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_fm.c - fault management: <sys/ddifm.h>'s ddi_fm_init,
 * ddi_fm_fini, ddi_fm_capable and ddi_fm_ereport_post, <sys/scsi/scsi_fm.h>'s
 * scsi_fm_init, scsi_fm_fini and scsi_fm_ereport_post, and
 * <sys/fm/protocol.h>'s fm_ena_generate.
 *
 * Linux has no fault manager to send an error report (ereport) to: an
 * ereport of a node that is ereport capable is a line in the kernel log
 * (rate-limited) with its class, ENA, device id and payload, so that the
 * errors a driver diagnoses are seen.  Of the capabilities a driver asks
 * for only DDI_FM_EREPORT_CAPABLE is granted: there are no access or DMA
 * handle checks and no error callbacks to run (see deviations.rst).
 */
#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/module.h>
#include <linux/printk.h>
#include <linux/slab.h>
#include <linux/smp.h>
#include <linux/timekeeping.h>
#include <sys/ddifm.h>
#include <sys/fm/protocol.h>
#include <sys/scsi/scsi_fm.h>

/* the longest ereport line logged, as illumos's class and payload */
#define	SCSA_FM_LINE	512

/**
 * ddi_fm_init() - register a driver's fault management capabilities.
 * @dip:   the device.
 * @fmcap: in: the DDI_FM_*_CAPABLE bits wanted; out: those granted,
 *         DDI_FM_EREPORT_CAPABLE at most.
 * @ibcp:  where to store the interrupt block cookie of the error
 *         handler, or NULL: NULL is stored (no handler runs).
 *
 * Source: ddi_fm_init(9F).
 *
 * Context: attach(9E); does not sleep.  A NULL @dip or @fmcap is
 * ignored.
 */
void ddi_fm_init(dev_info_t *dip, int *fmcap, ddi_iblock_cookie_t *ibcp)
{
	if (!dip || !fmcap)
		return;
	*fmcap &= DDI_FM_EREPORT_CAPABLE;
	dip->fm_cap = *fmcap;
	if (ibcp)
		*ibcp = NULL;
}
EXPORT_SYMBOL_GPL(scsa_ddi_fm_init);

/**
 * ddi_fm_fini() - the device gives up its fault management capabilities.
 * @dip: the device; NULL is ignored.
 *
 * Source: ddi_fm_fini(9F).  Context: detach(9E); does not sleep.
 */
void ddi_fm_fini(dev_info_t *dip)
{
	if (dip)
		dip->fm_cap = DDI_FM_NOT_CAPABLE;
}
EXPORT_SYMBOL_GPL(scsa_ddi_fm_fini);

/**
 * ddi_fm_capable() - the fault management capabilities of a device.
 * @dip: the device.
 *
 * Source: ddi_fm_capable(9F).  Context: any; does not sleep.
 * Return: the DDI_FM_*_CAPABLE bits ddi_fm_init() granted; 0
 * (DDI_FM_NOT_CAPABLE) before it, after ddi_fm_fini() or for NULL.
 */
int ddi_fm_capable(dev_info_t *dip)
{
	return dip ? dip->fm_cap : DDI_FM_NOT_CAPABLE;
}
EXPORT_SYMBOL_GPL(scsa_ddi_fm_capable);

/**
 * fm_ena_generate() - an error numeric association (ENA) for an ereport.
 * @timestamp: the time to put in it (gethrtime() nanoseconds), or 0 for
 *             now (format 1).
 * @format:    FM_ENA_FMT1 (time above the CPU id) or FM_ENA_FMT2 (the
 *             time alone).
 *
 * The bit layout is illumos's (<sys/fm/protocol.h> ENA_FMT1_*,
 * ENA_FMT2_*).  Source: illumos fm.c (no man page).
 *
 * Context: any, including interrupt context and pkt_comp; does not sleep.
 * Return: the ENA; 0 for another format.
 */
uint64_t fm_ena_generate(uint64_t timestamp, uchar_t format)
{
	uint64_t t;

	switch (format) {
	case FM_ENA_FMT1:
		t = timestamp ? timestamp : ktime_get_ns();
		return (format & ENA_FORMAT_MASK) |
		       (((uint64_t)raw_smp_processor_id() <<
			 ENA_FMT1_CPUID_SHFT) & ENA_FMT1_CPUID_MASK) |
		       ((t << ENA_FMT1_TIME_SHFT) & ENA_FMT1_TIME_MASK);
	case FM_ENA_FMT2:
		return (format & ENA_FORMAT_MASK) |
		       ((timestamp << ENA_FMT2_TIME_SHFT) & ENA_FMT2_TIME_MASK);
	default:
		return 0;
	}
}
EXPORT_SYMBOL_GPL(scsa_fm_ena_generate);

struct scsa_fm_line {
	char *buf;
	size_t len;
};

static __printf(2, 3) void scsa_fm_add(struct scsa_fm_line *l,
				       const char *fmt, ...)
{
	va_list ap;

	if (l->len >= SCSA_FM_LINE - 1)
		return;
	va_start(ap, fmt);
	l->len += vscnprintf(l->buf + l->len, SCSA_FM_LINE - l->len, fmt, ap);
	va_end(ap);
}

/*
 * The payload: (name, data_type_t, value) triples up to a NULL name;
 * arrays are (uint_t count, pointer).  false at a type whose arguments
 * are not known (the rest cannot be read).
 */
static bool scsa_fm_payload(struct scsa_fm_line *l, va_list ap)
{
	const char *name;
	uint_t n, i;

	while ((name = va_arg(ap, const char *))) {
		data_type_t type = va_arg(ap, data_type_t);

		scsa_fm_add(l, " %s=", name);
		switch (type) {
		case DATA_TYPE_BOOLEAN:
			scsa_fm_add(l, "true");
			break;
		case DATA_TYPE_BOOLEAN_VALUE:
		case DATA_TYPE_BYTE:
		case DATA_TYPE_INT8:
		case DATA_TYPE_INT16:
		case DATA_TYPE_INT32:
			scsa_fm_add(l, "%d", va_arg(ap, int));
			break;
		case DATA_TYPE_UINT8:
		case DATA_TYPE_UINT16:
		case DATA_TYPE_UINT32:
			scsa_fm_add(l, "0x%x", va_arg(ap, uint_t));
			break;
		case DATA_TYPE_INT64:
			scsa_fm_add(l, "%lld", (long long)va_arg(ap, int64_t));
			break;
		case DATA_TYPE_UINT64:
		case DATA_TYPE_HRTIME:
			scsa_fm_add(l, "0x%llx",
				    (unsigned long long)va_arg(ap, uint64_t));
			break;
		case DATA_TYPE_STRING:
			scsa_fm_add(l, "\"%s\"", va_arg(ap, char *) ?: "");
			break;
		case DATA_TYPE_BYTE_ARRAY:
		case DATA_TYPE_INT8_ARRAY:
		case DATA_TYPE_UINT8_ARRAY: {
			const uchar_t *p;

			n = va_arg(ap, uint_t);
			p = va_arg(ap, const uchar_t *);
			for (i = 0; p && i < n; i++)
				scsa_fm_add(l, "%02x", p[i]);
			break;
		}
		case DATA_TYPE_INT16_ARRAY:
		case DATA_TYPE_UINT16_ARRAY:
		case DATA_TYPE_INT32_ARRAY:
		case DATA_TYPE_UINT32_ARRAY:
		case DATA_TYPE_INT64_ARRAY:
		case DATA_TYPE_UINT64_ARRAY:
		case DATA_TYPE_STRING_ARRAY:
		case DATA_TYPE_BOOLEAN_ARRAY:
		case DATA_TYPE_NVLIST_ARRAY:
			n = va_arg(ap, uint_t);
			(void)va_arg(ap, void *);
			scsa_fm_add(l, "[%u]", n);
			break;
		case DATA_TYPE_NVLIST:
			(void)va_arg(ap, nvlist_t *);
			scsa_fm_add(l, "{...}");
			break;
		default:
			scsa_fm_add(l, "<type %d>", type);
			return false;
		}
	}
	return true;
}

/* Log one ereport of @dip (or, when it is not capable, of its parent) */
static void scsa_fm_post(dev_info_t *dip, const char *cls, uint64_t ena,
			 const char *devid, const char *tpl0, int sflag,
			 va_list ap)
{
	struct scsa_fm_line l = { .len = 0 };
	dev_info_t *eq = dip;

	if (!dip || !cls)
		return;
	if (!DDI_FM_EREPORT_CAP(ddi_fm_capable(eq)))
		eq = ddi_get_parent(dip);
	if (!eq || !DDI_FM_EREPORT_CAP(ddi_fm_capable(eq)))
		return;		/* nobody reports: dropped, as on illumos */
	l.buf = kmalloc(SCSA_FM_LINE, sflag == DDI_SLEEP && scsa_may_sleep() ?
			GFP_KERNEL : GFP_ATOMIC);
	if (!l.buf)
		return;
	scsa_fm_add(&l, "ereport.io.%s ena=0x%llx", cls,
		    (unsigned long long)ena);
	if (devid)
		scsa_fm_add(&l, " devid=%s", devid);
	if (tpl0)
		scsa_fm_add(&l, " tpl0=%s", tpl0);
	if (!scsa_fm_payload(&l, ap))
		scsa_fm_add(&l, " ...");
	pr_notice_ratelimited("%s%d: %s\n", ddi_driver_name(dip),
			      ddi_get_instance(dip), l.buf);
	kfree(l.buf);
}

/**
 * ddi_fm_ereport_post() - report an error of a device.
 * @dip:         the device.
 * @error_class: the class below "ereport.io." (e.g. "scsi.cmd.disk.tran").
 * @ena:         its error numeric association (fm_ena_generate()).
 * @sflag:       DDI_SLEEP or DDI_NOSLEEP.
 * @...:         the payload: name (char *), data_type_t, value (arrays:
 *               uint_t count, pointer), ..., NULL.
 *
 * Logged (rate-limited) as "<driver><instance>: ereport.io.<class>
 * ena=0x<ena> <name>=<value>...", when @dip or its parent is ereport
 * capable (ddi_fm_init()); dropped otherwise.  Source:
 * ddi_fm_ereport_post(9F).
 *
 * Context: any, including interrupt context and pkt_comp (DDI_NOSLEEP
 * there); does not sleep with DDI_NOSLEEP.
 */
void ddi_fm_ereport_post(dev_info_t *dip, const char *error_class,
			 uint64_t ena, int sflag, ...)
{
	va_list ap;

	va_start(ap, sflag);
	scsa_fm_post(dip, error_class, ena, NULL, NULL, sflag, ap);
	va_end(ap);
}
EXPORT_SYMBOL_GPL(scsa_ddi_fm_ereport_post);

/**
 * scsi_fm_init() - a SCSI target's fault management capabilities.
 * @sd: the target (its sd_dev).
 *
 * Sets sd_fm_capable from the node's "fm-capable" property (default
 * DDI_FM_EREPORT_CAPABLE) and, when not DDI_FM_NOT_CAPABLE, registers
 * it with ddi_fm_init() (which grants DDI_FM_EREPORT_CAPABLE at most).
 * Source: illumos scsi_fm.c (no man page).
 *
 * Context: attach(9E); may sleep.  A NULL @sd is ignored.
 */
void scsi_fm_init(struct scsi_device *sd)
{
	if (!sd || !sd->sd_dev)
		return;
	sd->sd_fm_capable = ddi_prop_get_int(DDI_DEV_T_ANY, sd->sd_dev,
					     DDI_PROP_DONTPASS | DDI_PROP_NOTPROM,
					     "fm-capable",
					     DDI_FM_EREPORT_CAPABLE);
	if (sd->sd_fm_capable != DDI_FM_NOT_CAPABLE)
		ddi_fm_init(sd->sd_dev, &sd->sd_fm_capable, NULL);
}
EXPORT_SYMBOL_GPL(scsi_fm_init);

/**
 * scsi_fm_fini() - undo scsi_fm_init().
 * @sd: the target; NULL is ignored.
 *
 * Source: illumos scsi_fm.c (no man page).  Context: detach(9E); does
 * not sleep.
 */
void scsi_fm_fini(struct scsi_device *sd)
{
	if (sd && sd->sd_dev && sd->sd_fm_capable != DDI_FM_NOT_CAPABLE)
		ddi_fm_fini(sd->sd_dev);
}
EXPORT_SYMBOL_GPL(scsi_fm_fini);

/**
 * scsi_fm_ereport_post() - report an error of a SCSI target.
 * @sd:            the target.
 * @path_instance: the multipath path (unused: no scsi_vhci), or 0.
 * @devpath:       the device path to report, or NULL (unused: Linux has
 *                 no device tree paths).
 * @error_class:   the class below "ereport.io.scsi." (e.g.
 *                 "cmd.disk.dev.rqs.derr").
 * @ena:           its error numeric association (fm_ena_generate()).
 * @devid:         the target's device id string, or NULL.
 * @tpl0:          the target port's identifier, or NULL.
 * @sflag:         DDI_SLEEP or DDI_NOSLEEP.
 * @pl:            a payload nvlist (not logged), or NULL.
 * @...:           the payload: name (char *), data_type_t, value (arrays:
 *                 uint_t count, pointer), ..., NULL.
 *
 * Logged as ddi_fm_ereport_post() does, with class
 * "ereport.io.scsi.<error_class>", devid= and tpl0= when given.  Source:
 * illumos scsi_fm.c (no man page).
 *
 * Context: any, including interrupt context and pkt_comp (DDI_NOSLEEP
 * there); does not sleep with DDI_NOSLEEP.
 */
void scsi_fm_ereport_post(struct scsi_device *sd, int path_instance,
			  char *devpath, const char *error_class, uint64_t ena,
			  char *devid, char *tpl0, int sflag, nvlist_t *pl,
			  ...)
{
	char cls[128];
	va_list ap;

	if (!sd || !error_class)
		return;
	snprintf(cls, sizeof(cls), "scsi.%s", error_class);
	va_start(ap, pl);
	scsa_fm_post(sd->sd_dev, cls, ena, devid, tpl0, sflag, ap);
	va_end(ap);
}
EXPORT_SYMBOL_GPL(scsi_fm_ereport_post);
