// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_lnx_sense.c - Linux side of the sense and naming routines: the
 * midlayer's descriptor walker and additional sense code table, offered to
 * core/scsa_sense.c through <scsa/scsa_sense_bridge.h>.
 */
#include <linux/module.h>
#include <linux/minmax.h>
#include <scsi/scsi_common.h>
#include <scsi/scsi_dbg.h>

#define SCSA_INTERNAL
#include <scsa/scsa_sense_bridge.h>

#ifdef _SCSA_SYS_SCSI_CONF_DEVICE_H
#error "Linux-side files must not include Solaris SCSI headers"
#endif

/* See <scsa/scsa_sense_bridge.h>. */
const u8 *scsa_lnx_sense_desc(const u8 *sense, int len, u8 type,
			      int min_len)
{
	const u8 *d;
	int valid, off;

	if (!sense || len < 8)
		return NULL;
	/* what the device says it returned, cut to what we hold */
	valid = min(len, 8 + sense[7]);
	d = scsi_sense_desc_find(sense, valid, type);
	if (!d)
		return NULL;
	/* scsi_sense_desc_find() may return a truncated last descriptor */
	off = d - sense;
	if (off + 2 > valid || off + 2 + d[1] > valid || 2 + d[1] < min_len)
		return NULL;
	return d;
}

/* See <scsa/scsa_sense_bridge.h>. */
const char *scsa_lnx_asc_name(u8 asc, u8 ascq)
{
	const char *fmt;

	/*
	 * For a range entry (ASC 0x40, 0x41, 0x42, 0x4D, 0x70) Linux returns
	 * the text without the qualifier and sets @fmt to a suffix that
	 * would take it; the text alone is what we want.
	 */
	return scsi_extd_sense_format(asc, ascq, &fmt);
}
