/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/scsi/scsi_types.h>: what a SCSI target driver gets from the
 * framework's headers, as illumos's header of this name reaches it (the
 * DDI, the SCSA structures, the SCSI command and status definitions and
 * the implementation headers).  <sys/scsi/scsi.h> includes it.
 */
#ifndef _SCSA_SYS_SCSI_SCSI_TYPES_H
#define _SCSA_SYS_SCSI_SCSI_TYPES_H

#include <sys/types.h>
#include <sys/param.h>
#include <sys/systm.h>
#include <sys/cmn_err.h>
#include <sys/debug.h>
#include <sys/devops.h>
#include <sys/ddi.h>
#include <sys/sunddi.h>
#include <sys/stat.h>
#include <sys/scsi/scsi_params.h>
#include <sys/scsi/scsi_address.h>
#include <sys/scsi/scsi_pkt.h>
#include <sys/scsi/conf/device.h>
#include <sys/scsi/scsi_ctl.h>
#include <sys/scsi/scsi_resource.h>
#include <sys/scsi/conf/autoconf.h>
#include <sys/scsi/scsi_fm.h>
#include <sys/scsi/generic/commands.h>
#include <sys/scsi/generic/status.h>
#include <sys/scsi/generic/message.h>
#include <sys/scsi/generic/mode.h>
#include <sys/scsi/impl/types.h>

#endif /* _SCSA_SYS_SCSI_SCSI_TYPES_H */
