/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/scsi/scsi_address.h>: struct scsi_address (scsi_address(9S)).
 *
 * a_hba_tran points to the shim's private per-LUN transport object (on
 * Solaris it is the HBA's scsi_hba_tran_t; target drivers treat it as
 * opaque in both cases).  a_target and a_lun hold the Linux target id and
 * LUN for information; a_sublun is unused.
 */
#ifndef _SCSA_SYS_SCSI_SCSI_ADDRESS_H
#define _SCSA_SYS_SCSI_SCSI_ADDRESS_H

#include <sys/types.h>

struct scsi_hba_tran;

struct scsi_address {
	struct scsi_hba_tran	*a_hba_tran;
	union {
		struct {
			ushort_t a_target;
			uchar_t	a_lun;
			uchar_t	a_sublun;
		} spi;
	} a;
};

#define	a_target	a.spi.a_target
#define	a_lun		a.spi.a_lun
#define	a_sublun	a.spi.a_sublun

#define	ADDR2TRAN(ap)	((ap)->a_hba_tran)

/*
 * Unit-address properties of a SCSI target node (the framework sets
 * "target", "lun" (LUNs below 32) and "lun64"; see <sys/ddipropdefs.h>).
 */
#define	SCSI_ADDR_PROP_TARGET		"target"	/* int */
#define	SCSI_ADDR_PROP_LUN		"lun"		/* int */
#define	SCSI_ADDR_PROP_TARGET_PORT	"target-port"	/* string */
#define	SCSI_ADDR_PROP_LUN64		"lun64"		/* int64 */
#define	SCSI_ADDR_PROP_SFUNC		"sfunc"		/* int */
#define	SCSI_ADDR_PROP_IPORTUA		"scsi-iport"	/* string */
#define	SCSI_ADDR_PROP_SATA_PHY		"sata-phy"	/* int */
#define	SCSI_ADDR_PROP_INITIATOR_PORT	"initiator-port"
#define	SCSI_ADDR_PROP_ATTACHED_PORT	"attached-port"
#define	SCSI_ADDR_PROP_BRIDGE_PORT	"bridge-port"

#endif
