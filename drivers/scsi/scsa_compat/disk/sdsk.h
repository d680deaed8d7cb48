/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sdsk.h - between the Solaris-style disk driver (sdsk.c) and its Linux
 * block-device glue (sdsk_lnx.c).  Plain C types only.
 */
#ifndef _SDSK_H
#define _SDSK_H

#include <linux/types.h>

struct buf;
struct dev_info;
struct sdsk_lnx;

/*
 * per-buf driver state: kept beside the buf by the block glue
 * (bp->b_private); for physio(9F) bufs (raw device) sdsk_strategy()
 * allocates it and frees it before biodone()
 */
struct sdsk_xbuf {
	void		*xb_un;		/* the unit */
	void		*xb_pkt;	/* struct scsi_pkt *, while in progress */
	uint64_t	xb_blkno;	/* first device block of the buf */
	size_t		xb_off;		/* bytes of the buf already done */
	size_t		xb_win;		/* bytes in the current window */
	size_t		xb_dma_resid;	/* bytes beyond the current window */
	int		xb_retries;
	int		xb_g4;		/* 16-byte CDBs for this buf */
	int		xb_alloc;	/* allocated by sdsk_strategy (physio) */
};

/* glue → driver */
int sdsk_strategy(struct buf *bp);
int _init(void);
int _fini(void);

/* driver → glue */
struct sdsk_lnx *sdsk_lnx_create(struct dev_info *dip, int instance,
				 uint64_t nblocks, uint32_t blksize,
				 uint32_t max_xfer);
void sdsk_lnx_destroy(struct sdsk_lnx *l);
uint32_t sdsk_lnx_major(void);

#endif
