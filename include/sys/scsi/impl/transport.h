/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/scsi/impl/transport.h>: the host adapter side of SCSA.  A target
 * driver sees struct scsi_hba_tran only as an opaque pointer in its
 * scsi_address; the capabilities it may ask for are in <sys/scsi/scsi_ctl.h>.
 */
#ifndef _SCSA_SYS_SCSI_IMPL_TRANSPORT_H
#define _SCSA_SYS_SCSI_IMPL_TRANSPORT_H

#include <sys/types.h>
#include <sys/scsi/scsi_address.h>
#include <sys/scsi/scsi_ctl.h>

#endif /* _SCSA_SYS_SCSI_IMPL_TRANSPORT_H */
