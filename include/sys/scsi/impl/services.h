/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/scsi/impl/services.h>: the SCSA utility routines (scsi_log,
 * scsi_errmsg, scsi_*name, the sense decoders, makecom_*); scsa-compat
 * declares them in <sys/scsi/scsi_subr.h>.
 */
#ifndef _SCSA_SYS_SCSI_IMPL_SERVICES_H
#define _SCSA_SYS_SCSI_IMPL_SERVICES_H

#include <sys/types.h>
#include <sys/scsi/scsi_subr.h>

#endif /* _SCSA_SYS_SCSI_IMPL_SERVICES_H */
