/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/scsi/impl/commands.h>: CDB construction (union scsi_cdb, the
 * FORMG*() and GETG*() helpers, makecom_*()) as scsa-compat declares them
 * in <sys/scsi/generic/commands.h> and <sys/scsi/scsi_subr.h>.
 */
#ifndef _SCSA_SYS_SCSI_IMPL_COMMANDS_H
#define _SCSA_SYS_SCSI_IMPL_COMMANDS_H

#include <sys/types.h>
#include <sys/scsi/generic/commands.h>
#include <sys/scsi/scsi_subr.h>

#endif /* _SCSA_SYS_SCSI_IMPL_COMMANDS_H */
