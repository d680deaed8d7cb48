/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/scsi/scsi_ctl.h>: SCSA control interfaces -- scsi_abort(9F),
 * scsi_reset(9F), scsi_ifgetcap(9F)/scsi_ifsetcap(9F) -- with the reset
 * levels and the interconnect types of the "interconnect-type"
 * capability.  The code is in core/scsa_cap.c and core/scsa_ctl.c.
 */
#ifndef _SCSA_SYS_SCSI_SCSI_CTL_H
#define _SCSA_SYS_SCSI_SCSI_CTL_H

#include <sys/types.h>
#include <sys/scsi/scsi_address.h>
#include <sys/scsi/scsi_pkt.h>

#define	RESET_ALL		0
#define	RESET_TARGET		1
#define	RESET_BUS		2
#define	RESET_LUN		3

#define	SCSI_RESET_NOTIFY	0x01
#define	SCSI_RESET_CANCEL	0x02

/* values of the "interconnect-type" capability (scsi_ifgetcap(9F)) */
#define	INTERCONNECT_PARALLEL	1
#define	INTERCONNECT_FIBRE	2
#define	INTERCONNECT_1394	3
#define	INTERCONNECT_SSA	4
#define	INTERCONNECT_FABRIC	5
#define	INTERCONNECT_USB	6
#define	INTERCONNECT_ATAPI	7
#define	INTERCONNECT_ISCSI	8
#define	INTERCONNECT_IBSRP	9
#define	INTERCONNECT_SATA	10
#define	INTERCONNECT_SAS	11

int scsi_ifgetcap(struct scsi_address *ap, char *cap, int whom);
int scsi_ifsetcap(struct scsi_address *ap, char *cap, int value, int whom);
int scsi_abort(struct scsi_address *ap, struct scsi_pkt *pkt);
int scsi_reset(struct scsi_address *ap, int level);
int scsi_reset_notify(struct scsi_address *ap, int flag,
	void (*callback)(caddr_t), caddr_t arg);

#endif
