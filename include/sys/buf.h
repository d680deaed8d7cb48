/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/buf.h>: the buf(9S) structure and the buf helpers of scsa-compat.
 *
 * Field names and flag values follow buf(9S).  Deviations (see
 * Documentation/deviations.rst):
 *  - B_PAGEIO buffers carry a Linux page vector: b_pages points to an array
 *    of b_npages struct bio_vec entries, in transfer order.  Solaris's page_t
 *    lists do not exist on Linux.
 *  - b_iodone is called by biodone() exactly as on Solaris; it is how the
 *    Linux glue of a block driver learns that a buf finished.
 *  - bp_mapin() of a B_PAGEIO buf whose bio_vecs do not tile whole pages
 *    maps a copy, written back by bp_mapout(); B_PHYS bufs are not mapped.
 */
#ifndef _SCSA_SYS_BUF_H
#define _SCSA_SYS_BUF_H

#include <sys/scsa_names.h>

#include <sys/types.h>
#include <linux/completion.h>

struct bio_vec;
struct task_struct;

#define	B_BUSY		0x0001
#define	B_DONE		0x0002
#define	B_ERROR		0x0004
#define	B_PAGEIO	0x0010
#define	B_PHYS		0x0020
#define	B_READ		0x0040
#define	B_WANTED	0x0080
#define	B_WRITE		0x0100	/* pseudo flag: test !(b_flags & B_READ) */
#define	B_ASYNC		0x0400
#define	B_REMAPPED	0x4000
#define	B_SHADOW	0x200000
#define	B_FAILFAST	0x1000000
#define	B_MAPCOPY	0x40000000	/* scsa-compat: bp_mapin() made a copy */

struct buf {
	int		b_flags;
	struct buf	*av_forw;	/* driver work lists */
	struct buf	*av_back;
	size_t		b_bcount;	/* bytes to transfer */
	union {
		caddr_t	b_addr;		/* kernel VA; user VA if B_PHYS */
	} b_un;
	daddr_t		b_blkno;	/* 512-byte block number */
	diskaddr_t	b_lblkno;	/* 512-byte block number, 64-bit */
	size_t		b_resid;	/* bytes not transferred */
	size_t		b_bufsize;
	int		(*b_iodone)(struct buf *);
	int		b_error;
	void		*b_private;
	dev_t		b_edev;
	struct task_struct *b_proc;	/* owner of a B_PHYS buffer */
	/* B_PAGEIO (Linux form): b_npages bio_vecs describing the data */
	struct bio_vec	*b_pages;
	unsigned int	b_npages;
	/* private to scsa-compat */
	struct completion b_io_done;
	caddr_t		b_mapped;	/* bp_mapin() address */
};

#define	paddr(bp)	((bp)->b_un.b_addr)

/* getrbuf(9F) sleep flags are the kmem flags */
#include <sys/kmem.h>

struct buf *getrbuf(int sleepflag);
void freerbuf(struct buf *bp);
void bioinit(struct buf *bp);
void biofini(struct buf *bp);
void bioerror(struct buf *bp, int error);
int geterror(struct buf *bp);
void biodone(struct buf *bp);
int biowait(struct buf *bp);
void bioreset(struct buf *bp);
void clrbuf(struct buf *bp);
void bp_mapin(struct buf *bp);
void bp_mapout(struct buf *bp);

/*
 * physio(9F), minphys(9F): raw I/O of a uio (<sys/uio.h>) through a
 * strategy routine; the user's memory becomes B_PHYS bufs (b_proc =
 * the caller), never copied.  minphys() limits a buf to 1 MiB (the
 * shim's maxphys).  aphysio(9F) is in <sys/aio_req.h>.
 */
struct uio;
int physio(int (*strat)(struct buf *), struct buf *bp, dev_t dev, int rw,
	void (*mincnt)(struct buf *), struct uio *uio);
void minphys(struct buf *bp);
#define	SCSA_MAXPHYS	(1024 * 1024)	/* bytes; what minphys() allows */

#endif /* _SCSA_SYS_BUF_H */
