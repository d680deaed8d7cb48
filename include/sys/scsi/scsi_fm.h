/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/scsi/scsi_fm.h>: fault management of a SCSI target: a target's
 * FMA capabilities (scsi_fm_init/scsi_fm_fini) and its error reports
 * (scsi_fm_ereport_post).  scsa-compat has no fault manager: an
 * ereport is a line in the kernel log (core/scsa_fm.c).
 */
#ifndef _SCSA_SYS_SCSI_SCSI_FM_H
#define _SCSA_SYS_SCSI_SCSI_FM_H

#include <sys/types.h>
#include <sys/nvpair.h>
#include <sys/ddifm.h>

struct scsi_device;

void scsi_fm_init(struct scsi_device *sd);
void scsi_fm_fini(struct scsi_device *sd);
void scsi_fm_ereport_post(struct scsi_device *sd, int path_instance,
			  char *devpath, const char *error_class, uint64_t ena,
			  char *devid, char *tpl0, int sflag, nvlist_t *pl,
			  ...);

#endif /* _SCSA_SYS_SCSI_SCSI_FM_H */
