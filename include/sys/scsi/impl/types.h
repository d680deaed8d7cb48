/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/scsi/impl/types.h>: the kernel headers and SCSA implementation
 * headers illumos's header of this name pulls in for target drivers.
 */
#ifndef _SCSA_SYS_SCSI_IMPL_TYPES_H
#define _SCSA_SYS_SCSI_IMPL_TYPES_H

#include <sys/types.h>
#include <sys/kmem.h>
#include <sys/open.h>
#include <sys/uio.h>
#include <sys/sysmacros.h>
#include <sys/buf.h>
#include <sys/errno.h>
#include <sys/file.h>
#include <sys/conf.h>
#include <sys/cred.h>
#include <sys/scsi/impl/services.h>
#include <sys/scsi/impl/commands.h>
#include <sys/scsi/impl/transport.h>
#include <sys/scsi/impl/uscsi.h>

#endif /* _SCSA_SYS_SCSI_IMPL_TYPES_H */
