/* SPDX-License-Identifier: GPL-2.0 */
/*
 * scsa_prop_bridge.h - what the framework's node properties need from the
 * Linux SCSI device (core/scsa_attach.c -> core/scsa_lnx_prop.c): its
 * cached INQUIRY data, VPD pages 0x80/0x83 and its host's initiator id.
 * Neutral types only; see <scsa/scsa_bridge.h>.
 */
#ifndef _SCSA_PROP_BRIDGE_H
#define _SCSA_PROP_BRIDGE_H

#ifndef SCSA_INTERNAL
#error "scsa_prop_bridge.h is internal to scsa_compat.ko"
#endif

#include <linux/types.h>

struct scsa_lun;

/* Copy up to @len bytes of the INQUIRY data Linux read; returns bytes. */
unsigned int scsa_lnx_inquiry(struct scsa_lun *lun, u8 *buf,
			      unsigned int len);
/*
 * A kmalloc()ed copy of VPD page @page (0x80 or 0x83) as Linux read it,
 * header included; its length in *@len.  NULL if there is none.
 * Process context.
 */
u8 *scsa_lnx_vpd(struct scsa_lun *lun, int page, unsigned int *len);
/* The host's initiator id (Scsi_Host this_id); -1 if it has none. */
int scsa_lnx_initiator_id(struct scsa_lun *lun);

#endif /* _SCSA_PROP_BRIDGE_H */
