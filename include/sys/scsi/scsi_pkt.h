/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/scsi/scsi_pkt.h>: struct scsi_pkt (scsi_pkt(9S)) and its codes.
 *
 * Target drivers must never allocate, copy or take sizeof this structure:
 * packets come only from scsi_init_pkt(9F) (and the obsolete allocators).
 */
#ifndef _SCSA_SYS_SCSI_SCSI_PKT_H
#define _SCSA_SYS_SCSI_SCSI_PKT_H

#include <sys/types.h>
#include <sys/dditypes.h>
#include <sys/scsi/scsi_address.h>

struct scsi_pkt {
	opaque_t	pkt_ha_private;	/* private to the transport */
	struct scsi_address pkt_address;
	opaque_t	pkt_private;	/* target driver's, privatelen bytes */
	void		(*pkt_comp)(struct scsi_pkt *);
	uint_t		pkt_flags;	/* FLAG_* */
	int		pkt_time;	/* timeout, seconds; 0 = none */
	uchar_t		*pkt_scbp;	/* status completion block */
	uchar_t		*pkt_cdbp;	/* command descriptor block */
	ssize_t		pkt_resid;	/* bytes not mapped / not moved */
	uint_t		pkt_state;	/* STATE_* */
	uint_t		pkt_statistics;	/* STAT_* */
	uchar_t		pkt_reason;	/* CMD_* */
	uint_t		pkt_cdblen;
	uint_t		pkt_tgtlen;
	uint_t		pkt_scblen;
	/* the host adapter's DMA state on illumos; always 0/NULL here */
	ddi_dma_handle_t pkt_handle;
	uint_t		pkt_numcookies;
	off_t		pkt_dma_offset;
	size_t		pkt_dma_len;
	uint_t		pkt_dma_flags;
	ddi_dma_cookie_t *pkt_cookies;
	int		pkt_path_instance;
	void		*pkt_stmp;
};

/* pkt_flags */
#define	FLAG_NOINTR		0x0001
#define	FLAG_NODISCON		0x0002
#define	FLAG_NOPARITY		0x0008
#define	FLAG_ACA		0x0100
#define	FLAG_SENSING		0x0400
#define	FLAG_IMMEDIATE_CB	0x0800
#define	FLAG_HTAG		0x1000
#define	FLAG_OTAG		0x2000
#define	FLAG_STAG		0x4000
#define	FLAG_TAGMASK		(FLAG_HTAG | FLAG_OTAG | FLAG_STAG)
#define	FLAG_HEAD		0x8000
#define	FLAG_SILENT		0x00010000
#define	FLAG_DIAGNOSE		0x00020000
#define	FLAG_ISOLATE		0x00040000
#define	FLAG_TLR		0x00080000
#define	FLAG_RENEGOTIATE_WIDE_SYNC 0x01000000
#define	FLAG_PKT_COMP_CALLED	0x20000000
#define	FLAG_PKT_PATH_INSTANCE	0x40000000
#define	FLAG_NOQUEUE		0x80000000

/* pkt_reason */
#define	CMD_CMPLT		0
#define	CMD_INCOMPLETE		1
#define	CMD_DMA_DERR		2
#define	CMD_TRAN_ERR		3
#define	CMD_RESET		4
#define	CMD_ABORTED		5
#define	CMD_TIMEOUT		6
#define	CMD_DATA_OVR		7
#define	CMD_CMD_OVR		8
#define	CMD_STS_OVR		9
#define	CMD_BADMSG		10
#define	CMD_NOMSGOUT		11
#define	CMD_XID_FAIL		12
#define	CMD_IDE_FAIL		13
#define	CMD_ABORT_FAIL		14
#define	CMD_REJECT_FAIL		15
#define	CMD_NOP_FAIL		16
#define	CMD_PER_FAIL		17
#define	CMD_BDR_FAIL		18
#define	CMD_ID_FAIL		19
#define	CMD_UNX_BUS_FREE	20
#define	CMD_TAG_REJECT		21
#define	CMD_TERMINATED		22
#define	CMD_TLR_OFF		23
#define	CMD_DEV_GONE		24

/* pkt_state */
#define	STATE_GOT_BUS		0x01
#define	STATE_GOT_TARGET	0x02
#define	STATE_SENT_CMD		0x04
#define	STATE_XFERRED_DATA	0x08
#define	STATE_GOT_STATUS	0x10
#define	STATE_ARQ_DONE		0x20
#define	STATE_XARQ_DONE		0x40

/* pkt_statistics */
#define	STAT_DISCON		0x1
#define	STAT_SYNC		0x2
#define	STAT_PERR		0x4
#define	STAT_BUS_RESET		0x8
#define	STAT_DEV_RESET		0x10
#define	STAT_ABORTED		0x20
#define	STAT_TIMEOUT		0x40
#define	STAT_TERMINATED		0x80

/* scsi_transport(9F) return values */
#define	TRAN_ACCEPT		1
#define	TRAN_BUSY		0
#define	TRAN_BADPKT		(-1)
#define	TRAN_FATAL_ERROR	(-2)

#define	SCSI_POLL_TIMEOUT	60

/*
 * No SCBP()/SCBP_C()/CDBP() here: illumos's framework headers have none,
 * and drivers define them themselves (st with its own status mask).
 */

int scsi_transport(struct scsi_pkt *pkt);
#define	pkt_transport	scsi_transport
int scsi_poll(struct scsi_pkt *pkt);
size_t scsi_pkt_size(void);
int scsi_pkt_allocated_correctly(struct scsi_pkt *pkt);

#endif
