/* SPDX-License-Identifier: GPL-2.0 */
/* <sys/scsi/generic/inquiry.h>: standard INQUIRY data (first 36 bytes). */
#ifndef _SCSA_SYS_SCSI_GENERIC_INQUIRY_H
#define _SCSA_SYS_SCSI_GENERIC_INQUIRY_H

#include <sys/types.h>

struct scsi_inquiry {
	uchar_t	inq_dtype : 5,		/* peripheral device type */
		inq_qual : 3;		/* peripheral qualifier */
	uchar_t	inq_qual2 : 7,
		inq_rmb : 1;
	uchar_t	inq_ansi : 3,
		inq_ecma : 3,
		inq_iso : 2;
	uchar_t	inq_rdf : 4,
		inq_hisup : 1,
		inq_normaca : 1,
		inq_trmiop : 1,
		inq_aenc : 1;
	uchar_t	inq_len;
	uchar_t	inq_protect : 1, inq_rsvd5 : 2, inq_3pc : 1, inq_tpgs : 2,
		inq_acc : 1, inq_sccs : 1;
	uchar_t	inq_byte6;
	uchar_t	inq_byte7;
	char	inq_vid[8];
	char	inq_pid[16];
	char	inq_revision[4];
	uchar_t	inq_vendor_specific[20];
	uchar_t	inq_pad[40];
};

#define	SUN_INQSIZE	(sizeof(struct scsi_inquiry))
#define	SUN_MIN_INQLEN	4

#define	DTYPE_DIRECT		0x00
#define	DTYPE_SEQUENTIAL	0x01
#define	DTYPE_PRINTER		0x02
#define	DTYPE_PROCESSOR		0x03
#define	DTYPE_WORM		0x04
#define	DTYPE_RODIRECT		0x05
#define	DTYPE_SCANNER		0x06
#define	DTYPE_OPTICAL		0x07
#define	DTYPE_CHANGER		0x08
#define	DTYPE_COMM		0x09
#define	DTYPE_ARRAY_CTRL	0x0C
#define	DTYPE_ESI		0x0D
#define	DTYPE_RBC		0x0E
#define	DTYPE_NOTPRESENT	0x1F
#define	DTYPE_MASK		0x1F

#endif
