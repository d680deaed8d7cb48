/* SPDX-License-Identifier: GPL-2.0 */
/* <sys/scsi/generic/status.h>: SCSI status byte and struct scsi_arq_status. */
#ifndef _SCSA_SYS_SCSI_GENERIC_STATUS_H
#define _SCSA_SYS_SCSI_GENERIC_STATUS_H

#include <sys/types.h>
#include <sys/scsi/generic/sense.h>

struct scsi_status {
	uchar_t	sts_vu0	: 1,
		sts_chk	: 1,
		sts_cm	: 1,
		sts_busy : 1,
		sts_is	: 1,
		sts_vu6	: 1,
		sts_vu7	: 1,
		sts_resvd : 1;
};

#define	STATUS_MASK			0x3E
#define	STATUS_GOOD			0x00
#define	STATUS_CHECK			0x02
#define	STATUS_MET			0x04
#define	STATUS_BUSY			0x08
#define	STATUS_INTERMEDIATE		0x10
#define	STATUS_SCSI2			0x20
#define	STATUS_INTERMEDIATE_MET		0x14
#define	STATUS_RESERVATION_CONFLICT	0x18
#define	STATUS_TERMINATED		0x22
#define	STATUS_QFULL			0x28
#define	STATUS_ACA_ACTIVE		0x30
#define	STATUS_TASK_ABORT		0x40

/**
 * struct scsi_arq_status - status area after auto request sense (32 bytes).
 * Layout as scsi_arq_status(9S): sense data at byte offset 12.
 */
struct scsi_arq_status {
	struct scsi_status	sts_status;
	struct scsi_status	sts_rqpkt_status;
	uchar_t			sts_rqpkt_reason;
	uchar_t			sts_rqpkt_resid;
	uint_t			sts_rqpkt_state;
	uint_t			sts_rqpkt_statistics;
	struct scsi_extended_sense sts_sensedata;
};

#define	SECMDS_STATUS_SIZE	(sizeof(struct scsi_arq_status))
#define	STATUS_SIZE		4

#endif
