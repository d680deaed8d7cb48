/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/scsi/scsi.h>: the umbrella header a Solaris target driver includes.
 *
 * Like every Solaris header it must come before any Linux header in a
 * translation unit (see <scsa/scsa_prelude.h>).  It reaches what
 * illumos's reaches, through <sys/scsi/scsi_types.h>.
 */
#ifndef _SCSA_SYS_SCSI_SCSI_H
#define _SCSA_SYS_SCSI_SCSI_H

#include <sys/types.h>
#include <sys/scsi/scsi_types.h>
#include <sys/kmem.h>
#include <sys/ksynch.h>
#include <sys/buf.h>
#include <sys/sunddi.h>
#include <sys/devops.h>
#include <sys/modctl.h>
#include <sys/scsi/generic/commands.h>
#include <sys/scsi/generic/status.h>
#include <sys/scsi/generic/sense.h>
#include <sys/scsi/generic/inquiry.h>
#include <sys/scsi/impl/inquiry.h>
#include <sys/scsi/scsi_address.h>
#include <sys/scsi/scsi_pkt.h>
#include <sys/scsi/scsi_resource.h>
#include <sys/scsi/scsi_ctl.h>
#include <sys/scsi/conf/device.h>
#include <sys/scsi/conf/autoconf.h>
#include <sys/scsi/scsi_subr.h>
#include <sys/scsi/scsi_watch.h>

int scsi_probe(struct scsi_device *devp, int (*callback)(void));
void scsi_unprobe(struct scsi_device *devp);

#endif
