/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/scsi/scsi_params.h>: the names, values and structure layouts of illumos's LP64
 * <sys/scsi/scsi_params.h> (an ABI shared with the programs that call a driver's ioctls),
 * for the x86-64 little-endian, 64-bit-only (no _MULTI_DATAMODEL) case.
 */
#ifndef _SCSA_SYS_SCSI_SCSI_PARAMS_H
#define _SCSA_SYS_SCSI_SCSI_PARAMS_H

#include <sys/types.h>
#define	NUM_SENSE_KEYS		16

#define	NTAGS			256

#define	NTARGETS		8
#define	NTARGETS_WIDE		16
#define	NLUNS_PER_TARGET	8

#define	SCSI_1LUN_PER_TARGET		1
#define	SCSI_8LUN_PER_TARGET		NLUNS_PER_TARGET
#define	SCSI_16LUNS_PER_TARGET		16
#define	SCSI_32LUNS_PER_TARGET		32

#endif /* _SCSA_SYS_SCSI_SCSI_PARAMS_H */
