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

/* illumos's list of command names, ended by key -1 */
extern struct scsi_key_strings scsi_cmds[];

/* additional sense code texts for scsi_vu_errmsg() and friends */
struct scsi_asq_key_strings {
	ushort_t	asc;
	ushort_t	ascq;
	char		*message;
};

/* further names and values of illumos's header */
#define	SCSI_CAP_DMA_MAX	0
#define	SCSI_CAP_MSG_OUT	1
#define	SCSI_CAP_DISCONNECT	2
#define	SCSI_CAP_SYNCHRONOUS	3
#define	SCSI_CAP_WIDE_XFER	4
#define	SCSI_CAP_PARITY	5
#define	SCSI_CAP_INITIATOR_ID	6
#define	SCSI_CAP_UNTAGGED_QING	7
#define	SCSI_CAP_TAGGED_QING	8
#define	SCSI_CAP_ARQ	9
#define	SCSI_CAP_LINKED_CMDS	10
#define	SCSI_CAP_SECTOR_SIZE	11
#define	SCSI_CAP_TOTAL_SECTORS	12
#define	SCSI_CAP_GEOMETRY	13
#define	SCSI_CAP_RESET_NOTIFICATION	14
#define	SCSI_CAP_QFULL_RETRIES	15
#define	SCSI_CAP_QFULL_RETRY_INTERVAL	16
#define	SCSI_CAP_SCSI_VERSION	17
#define	SCSI_CAP_INTERCONNECT_TYPE	18
#define	SCSI_CAP_LUN_RESET	19
#define	SCSI_CAP_CDB_LEN	20
#define	SCSI_CAP_DMA_MAX_ARCH	21
#define	SCSI_CAP_TRAN_LAYER_RETRIES	22
#define	SCSI_CAP_ASCII	{ "dma-max", "msg-out", "disconnect", "synchronous", "wide-xfer", "parity", "initiator-id", "untagged-qing", "tagged-qing", "auto-rqsense", "linked-cmds", "sector-size", "total-sectors", "geometry", "reset-notification", "qfull-retries", "qfull-retry-interval", "scsi-version", "interconnect-type", "lun-reset", "max-cdb-length", "dma-max-arch", "tran-layer-retries", NULL }
#define	SCSI_VERSION_1	1
#define	SCSI_VERSION_2	2
#define	SCSI_VERSION_3	3
#define	INTERCONNECT_MAX	12
#define	INTERCONNECT_PARALLEL_STR	"SPI"
#define	INTERCONNECT_FIBRE_STR	"FIBRE"
#define	INTERCONNECT_1394_STR	"1394"
#define	INTERCONNECT_SSA_STR	""
#define	INTERCONNECT_FABRIC_STR	"FABRIC"
#define	INTERCONNECT_USB_STR	"USB"
#define	INTERCONNECT_ATAPI_STR	"ATAPI"
#define	INTERCONNECT_ISCSI_STR	"iSCSI"
#define	INTERCONNECT_IBSRP_STR	"IB"
#define	INTERCONNECT_SATA_STR	"SATA"
#define	INTERCONNECT_SAS_STR	"SAS"
#define	INTERCONNECT_TYPE_ASCII	{ "", INTERCONNECT_PARALLEL_STR, INTERCONNECT_FIBRE_STR, INTERCONNECT_1394_STR, INTERCONNECT_SSA_STR, INTERCONNECT_FABRIC_STR, INTERCONNECT_USB_STR, INTERCONNECT_ATAPI_STR, INTERCONNECT_ISCSI_STR, INTERCONNECT_IBSRP_STR, INTERCONNECT_SATA_STR, INTERCONNECT_SAS_STR, NULL };
#define	scsi_cmd_decode	scsi_cname

#endif /* _SCSA_SYS_SCSI_IMPL_SERVICES_H */
