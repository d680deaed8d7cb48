/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/scsi/generic/inquiry.h>: standard INQUIRY data, laid out as
 * illumos's LP64 little-endian struct scsi_inquiry (132 bytes, so
 * SUN_INQSIZE is 132), and the peripheral type and qualifier values.
 *
 * Byte 0 is one member, inq_dtype, holding both the peripheral qualifier
 * (bits 7-5, the DPQ_* values) and the device type (bits 4-0): mask with
 * DTYPE_MASK for the type, DPQ_MASK for the qualifier, as illumos drivers
 * do.  DTYPE_NOTPRESENT (0x7f) is the whole byte of a LUN that is never
 * there.  The layout is pinned by core/scsa_layout.c.
 */
#ifndef _SCSA_SYS_SCSI_GENERIC_INQUIRY_H
#define _SCSA_SYS_SCSI_GENERIC_INQUIRY_H

#include <sys/types.h>

struct scsi_inquiry {
	uchar_t	inq_dtype;		/* 0: qualifier (7-5) and type (4-0) */
	uchar_t	inq_qual	: 7,	/* 1: device-type qualifier */
		inq_rmb		: 1;	/*    removable medium */
	uchar_t	inq_ansi	: 3,	/* 2: ANSI version */
		inq_ecma	: 3,
		inq_iso		: 2;
	uchar_t	inq_rdf		: 4,	/* 3: response data format (RDF_*) */
		inq_hisup	: 1,
		inq_normaca	: 1,
		inq_trmiop	: 1,
		inq_aenc	: 1;
	uchar_t	inq_len;		/* 4: additional length */
	uchar_t	inq_protect	: 1,	/* 5 */
		inq_5_1		: 1,
		inq_5_2		: 1,
		inq_3pc		: 1,
		inq_tpgs	: 2,
		inq_acc		: 1,
		inq_sccs	: 1;
	uchar_t	inq_addr16	: 1,	/* 6 */
		inq_addr32	: 1,
		inq_ackqreqq	: 1,
		inq_mchngr	: 1,
		inq_dualp	: 1,
		inq_port	: 1,
		inq_encserv	: 1,
		inq_bque	: 1;
	uchar_t	inq_sftre	: 1,	/* 7 */
		inq_cmdque	: 1,
		inq_trandis	: 1,
		inq_linked	: 1,
		inq_sync	: 1,
		inq_wbus16	: 1,
		inq_wbus32	: 1,
		inq_reladdr	: 1;
	char	inq_vid[8];		/* 8: vendor identification */
	char	inq_pid[16];		/* 16: product identification */
	char	inq_revision[4];	/* 32: product revision */
	char	inq_serial[12];		/* 36: vendor specific (serial) */
	uchar_t	__inq_48;		/* 48-55: vendor specific */
	uchar_t	__inq_49;
	uchar_t	__inq_50;
	uchar_t	__inq_51;
	uchar_t	__inq_52;
	uchar_t	__inq_53;
	uchar_t	__inq_54;
	uchar_t	__inq_55;
	uchar_t	inq_ius		: 1,	/* 56 */
		inq_qas		: 1,
		inq_clk		: 2,
		__inq_56_4	: 1,
		__inq_56_5	: 1,
		__inq_56_6	: 1,
		__inq_56_7	: 1;
	uchar_t	__inq_57;		/* 57: reserved */
	struct inq_vd {			/* 58-73: version descriptors */
		uchar_t	inq_vd_msb;
		uchar_t	inq_vd_lsb;
	} inq_vd[8];
	uchar_t	__inq_74_127[132 - 74];	/* 74-131 */
};

#define	SUN_MIN_INQLEN	4
#define	SUN_INQSIZE	(sizeof(struct scsi_inquiry))

/* the peripheral device type: inq_dtype & DTYPE_MASK */
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
#define	DTYPE_OCRW		0x0F
#define	DTYPE_BCC		0x10
#define	DTYPE_OSD		0x11
#define	DTYPE_ADC		0x12
#define	DTYPE_WELLKNOWN		0x1E
#define	DTYPE_UNKNOWN		0x1F
#define	DTYPE_MASK		0x1F

/* the peripheral qualifier: inq_dtype & DPQ_MASK */
#define	DPQ_MASK		0x60
#define	DPQ_POSSIBLE		0x00	/* connected (or may be) */
#define	DPQ_SUPPORTED		0x20	/* supported, not connected now */
#define	DPQ_NEVER		0x60	/* never supported at this LUN */
#define	DPQ_VUNIQ		0x80	/* vendor-unique qualifier */
#define	DTYPE_NOTPRESENT	(DPQ_NEVER | DTYPE_UNKNOWN)

/* inq_rdf */
#define	RDF_LEVEL0		0x00
#define	RDF_CCS			0x01
#define	RDF_SCSI2		0x02
#define	RDF_SCSI_SPC		0x03
#define	RDF_SCSI_SPC2		0x04
#define	RDF_SCSI_SPC3		0x05
#define	RDF_SCSI_SPC4		0x06

/* inq_tpgs */
#define	TPGS_FAILOVER_NONE	0x0
#define	TPGS_FAILOVER_IMPLICIT	0x1
#define	TPGS_FAILOVER_EXPLICIT	0x2
#define	TPGS_FAILOVER_BOTH	0x3

/* VPD page header and designation descriptor (SPC-3 7.6) */
struct vpd_hdr {
	uchar_t	device_type	: 4,
		periph_qual	: 4;
	uchar_t	page_code,
		page_len[2];
};

struct vpd_desc {
	uchar_t	code_set	: 4,
		proto_id	: 4;
	uchar_t	id_type		: 4,
		association	: 2,
				: 1,
		piv		: 1;
	uchar_t	resrv1;
	uchar_t	len;
};

/* sd's pm-capable property */
#define	PM_CAPABLE_PM_MASK	0x0000ffff
#define	PM_CAPABLE_CCS		RDF_CCS
#define	PM_CAPABLE_SCSI2	RDF_SCSI2
#define	PM_CAPABLE_SPC		RDF_SCSI_SPC
#define	PM_CAPABLE_SPC2		RDF_SCSI_SPC2
#define	PM_CAPABLE_SPC3		RDF_SCSI_SPC3
#define	PM_CAPABLE_SPC4		RDF_SCSI_SPC4
#define	PM_CAPABLE_LOG_MASK	0xffff0000
#define	PM_CAPABLE_LOG_SUPPORTED	0x10000
#define	PM_CAPABLE_SMART_LOG	0x20000

#endif /* _SCSA_SYS_SCSI_GENERIC_INQUIRY_H */
