/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/scsi/conf/device.h>: the Solaris struct scsi_device (scsi_device(9S)).
 *
 * Linux has its own, unrelated struct scsi_device.  The Solaris one is
 * compiled under the tag scsa_scsi_device; ported code keeps writing
 * "struct scsi_device" through the macro below.  Solaris-side and Linux-side
 * SCSI headers must never meet in one translation unit: this header refuses
 * to compile after Linux's <scsi/scsi_device.h>, and the shim's Linux files
 * refuse to compile after this one (see Documentation/design.rst).
 */
#ifndef _SCSA_SYS_SCSI_CONF_DEVICE_H
#define _SCSA_SYS_SCSI_CONF_DEVICE_H

#ifdef _SCSI_SCSI_DEVICE_H
#error "<sys/scsi/...> and Linux <scsi/scsi_device.h> must not share a translation unit"
#endif

#include <sys/types.h>
#include <sys/ksynch.h>
#include <sys/sunddi.h>
#include <sys/scsi/scsi_address.h>

struct scsi_inquiry;
struct scsi_extended_sense;

#define	scsi_device	scsa_scsi_device

struct scsa_scsi_device {
	struct scsi_address	sd_address;	/* first member */
	dev_info_t		*sd_dev;
	kmutex_t		sd_mutex;
	void			*sd_hba_private;
	struct scsi_inquiry	*sd_inq;	/* set by scsi_probe() */
	struct scsi_extended_sense *sd_sense;
	void			*sd_private;	/* target driver's */
	int			sd_fm_capable;	/* FMA capabilities (0: none) */
	void			*sd_pathinfo;	/* multipath node: NULL */
	unsigned		sd_uninit_prevent:16,
				sd_tran_tgt_free_done:1,
				sd_flags_pad:15;
	struct scsi_hba_tran	*sd_tran_safe;
};

#endif
