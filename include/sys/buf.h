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

#include <sys/types.h>
#include <sys/scsa_names.h>

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
#define	B_AGE		0x000200
#define	B_ASYNC		0x0400
#define	B_DELWRI	0x000800
#define	B_STALE		0x001000
#define	B_DONTNEED	0x002000
#define	B_REMAPPED	0x4000
#define	B_FREE		0x008000
#define	B_INVAL		0x010000
#define	B_FORCE		0x020000
#define	B_NOCACHE	0x080000
#define	B_TRUNC		0x100000
#define	B_SHADOW	0x200000
#define	B_RETRYWRI	0x400000
#define	B_FAILFAST	0x1000000
#define	B_STARTED	0x2000000
#define	B_ABRWRITE	0x4000000
#define	B_PAGE_NOWAIT	0x8000000
#define	B_MAPCOPY	0x40000000	/* scsa-compat: bp_mapin() made a copy */

/* lldaddr_t: a 64-bit disk address, also seen as two 32-bit halves */
typedef union {
	longlong_t	_f;
	struct {
		int32_t	_l;	/* little-endian: the low half first */
		int32_t	_u;
	} _p;
} lldaddr_t;

struct page;
struct vnode;
struct proc;

/*
 * struct buf: the members illumos's LP64 buf(9S) has, in its order
 * (b_lblkno and b_blkno are one 64-bit field under two names, as on LP64
 * illumos), then scsa-compat's private members.  b_sem and b_io (ksema_t
 * on illumos) are not here: biowait() uses b_io_done.  b_pages is a bio_vec
 * array (see the deviations above), b_proc the Linux task of a B_PHYS buf.
 */
typedef struct buf {
	int		b_flags;
	struct buf	*b_forw;	/* free for the driver's use */
	struct buf	*b_back;
	struct buf	*av_forw;	/* driver work lists */
	struct buf	*av_back;
	o_dev_t		b_dev;		/* old 16-bit dev_t: cmpdev(b_edev) */
	size_t		b_bcount;	/* bytes to transfer */
	union {
		caddr_t	b_addr;		/* kernel VA; user VA if B_PHYS */
	} b_un;
	lldaddr_t	_b_blkno;	/* b_blkno, b_lblkno: 512-byte blocks */
	char		b_obs1;
	size_t		b_resid;	/* bytes not transferred */
	clock_t		b_start;	/* lbolt when the I/O started */
	struct task_struct *b_proc;	/* owner of a B_PHYS buffer */
	struct bio_vec	*b_pages;	/* B_PAGEIO: b_npages bio_vecs */
	clock_t		b_obs2;
	size_t		b_bufsize;
	int		(*b_iodone)(struct buf *);
	struct vnode	*b_vp;
	struct buf	*b_chain;
	int		b_obs3;
	int		b_error;
	void		*b_private;
	dev_t		b_edev;
	struct buf	*b_list;
	struct page	**b_shadow;	/* B_SHADOW: the pages of a B_PHYS buf */
	void		*b_dip;		/* dev_info_t of the device */
	struct vnode	*b_file;
	offset_t	b_offset;
	/* private to scsa-compat */
	unsigned int	b_npages;
	struct completion b_io_done;
	caddr_t		b_mapped;	/* bp_mapin() address */
	struct bio_vec	*b_bvown;	/* bioclone(): b_pages it allocated */
	unsigned int	b_nbvown;	/* ... that many */
} buf_t;

#define	b_lblkno	_b_blkno._f
#define	b_blkno		_b_blkno._f
#define	b_actf		av_forw
#define	b_actl		av_back
#define	b_active	b_bcount
#define	b_errcnt	b_resid

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
void *bp_mapin_common(struct buf *bp, int flag);
int bp_copyin(struct buf *bp, void *driverbuf, offset_t offset, size_t size);
int bp_copyout(void *driverbuf, struct buf *bp, offset_t offset, size_t size);
size_t biosize(void);
struct buf *bioclone(struct buf *bp, off_t off, size_t len, dev_t dev,
		     daddr_t blkno, int (*iodone)(struct buf *),
		     struct buf *bp_mem, int sleep);

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
#ifndef SCSA_MAXPHYS
#define	SCSA_MAXPHYS	(1024 * 1024)	/* bytes; what minphys() allows */
#endif

#endif /* _SCSA_SYS_BUF_H */
