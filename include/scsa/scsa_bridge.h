/* SPDX-License-Identifier: GPL-2.0 */
/*
 * scsa_bridge.h - the narrow interface between the two halves of the shim.
 *
 * The Solaris-facing files (scsa_pkt.c, scsa_transport.c, scsa_attach.c,
 * ...) include <sys/scsi/...> and never a Linux SCSI header.  The
 * Linux-facing files (scsa_lnx_*.c) include <scsi/...> and never a Solaris
 * header.  They meet only here, through opaque types and plain C types.
 * See Documentation/design.rst, "Two worlds, two kinds of translation unit".
 */
#ifndef _SCSA_BRIDGE_H
#define _SCSA_BRIDGE_H

#ifndef SCSA_INTERNAL
#error "scsa_bridge.h is internal to scsa_compat.ko"
#endif

#include <linux/types.h>
#include <linux/bvec.h>
#include <linux/bio.h>
#include <linux/list.h>
#include <linux/percpu.h>

struct device;
struct dentry;

/* A Linux SCSI device as the shim tracks it (owned by scsa_lnx_host.c). */
struct scsa_lun;

/**
 * struct scsa_limits - what one command to a LUN can carry.
 * @max_bytes:    bytes per command (max_hw_sectors << 9).
 * @max_segs:     scatter/gather entries per command.
 * @max_seg_size: bytes per entry (>= PAGE_SIZE).
 * @dma_align:    mask every entry's offset and length must clear.
 * @gran:         window granularity in bytes (logical block size, >= 512).
 * @max_cdb:      longest CDB the host accepts, bytes.
 */
struct scsa_limits {
	u32 max_bytes;
	u32 max_segs;
	u32 max_seg_size;
	u32 dma_align;
	u32 gran;
	u32 max_cdb;
};

struct scsa_lun_info {
	int host, channel, id;
	u64 lun;
	u8 type;			/* peripheral device type */
	char name[32];			/* "H:C:T:L" */
	char hba[32];			/* the host adapter driver's name */
	struct device *dev;		/* the Linux scsi_device's gendev */
};

void scsa_lnx_limits(struct scsa_lun *lun, struct scsa_limits *lim);
void scsa_lnx_info(struct scsa_lun *lun, struct scsa_lun_info *info);
bool scsa_lnx_gone(struct scsa_lun *lun);
void scsa_lnx_get(struct scsa_lun *lun);
void scsa_lnx_put(struct scsa_lun *lun);
int scsa_lnx_reserve(struct scsa_lun *lun);
void scsa_lnx_release(struct scsa_lun *lun);

/* ---- data buffers, neutral form (scsa_window.c) ---- */

enum scsa_buf_kind {
	SCSA_BUF_KVA,		/* kernel virtual: direct map, vmalloc, module */
	SCSA_BUF_BVEC,		/* array of bio_vec (B_PAGEIO) */
};

struct scsa_bufdesc {
	enum scsa_buf_kind kind;
	void *kva;
	const struct bio_vec *bv;
	unsigned int nbv;
	size_t len;
};

/**
 * struct scsa_piece_iter - walks a buffer in pieces that never cross a page.
 */
struct scsa_piece_iter {
	const struct scsa_bufdesc *d;
	size_t pos;		/* byte offset in the buffer */
	unsigned int bvi;	/* current bio_vec (BVEC) */
	size_t bvoff;		/* offset inside it */
};

void scsa_piece_start(struct scsa_piece_iter *it,
		      const struct scsa_bufdesc *d, size_t off);
/* Returns false at the end; else fills page/offset/len (len <= PAGE_SIZE). */
bool scsa_piece_next(struct scsa_piece_iter *it, size_t limit,
		     struct page **page, unsigned int *poff, unsigned int *plen);

/**
 * scsa_window() - bytes of @d starting at @off that one command can carry.
 * Returns the window length (a multiple of @lim->gran unless it reaches the
 * end of the buffer), 0 if not even one granule fits, or a negative errno
 * if the buffer cannot be handed to the block layer as it is: -EFAULT (no
 * struct page) or -EXDEV (misaligned for the host: needs a bounce buffer).
 * @segs is set to an upper bound of the scatter/gather entries needed.
 */
ssize_t scsa_window(const struct scsa_bufdesc *d, size_t off,
		    const struct scsa_limits *lim, unsigned int *segs);

void scsa_buf_copy(const struct scsa_bufdesc *d, size_t off, void *kbuf,
		   size_t len, bool to_desc);

/* ---- one command in flight (scsa_lnx_req.c) ---- */

enum scsa_xfer_status {
	SCSA_XS_OK = 0,		/* reached the target; status byte valid */
	SCSA_XS_TIMEOUT,
	SCSA_XS_ABORTED,
	SCSA_XS_RESET,
	SCSA_XS_DEV_GONE,
	SCSA_XS_TRAN_ERR,
};

enum scsa_dir { SCSA_DIR_NONE = 0, SCSA_DIR_READ, SCSA_DIR_WRITE };

#define SCSA_SENSE_MAX	96	/* = Linux SCSI_SENSE_BUFFERSIZE */

/**
 * struct scsa_xfer - a command handed from the Solaris half to Linux.
 * Embedded in the packet; the bio and its table belong to the packet too,
 * so that submission allocates nothing but the block request.
 */
struct scsa_xfer {
	struct scsa_lun *lun;
	const u8 *cdb;
	unsigned int cdb_len;
	enum scsa_dir dir;
	const struct scsa_bufdesc *buf;
	size_t off, len;		/* the window, bytes */
	struct bio_vec *bvt;		/* bio table, bvt_cap entries */
	unsigned int bvt_cap;
	struct bio bio;
	unsigned int timeout_sec;	/* 0: none */
	bool at_head;
	bool may_wait;			/* caller sleeps anyway (FLAG_NOINTR) */
	void (*done)(struct scsa_xfer *x);	/* any context, never sleeps */
	struct list_head defer_node;
	/* results, valid in ->done */
	u8 xs;				/* enum scsa_xfer_status */
	u8 ctl;				/* SCSA_XC_*: <scsa/scsa_ctl_bridge.h> */
	u8 status;			/* SCSI status byte */
	u8 sense_len;
	u32 resid;			/* bytes of the window not moved */
	u8 sense[SCSA_SENSE_MAX];
};

/* Submit; see scsa_lnx_req.c.  0, -EBUSY, -ENODEV or -EINVAL. */
int scsa_lnx_submit(struct scsa_xfer *x);
/* May this context submit directly (not IRQ, not softirq, IRQs on)? */
bool scsa_lnx_can_submit(void);

/* ---- calls from the Linux half into the Solaris half ---- */
void scsa_sol_lun_added(struct scsa_lun *lun);
void scsa_sol_lun_removed(struct scsa_lun *lun);
void scsa_cb_kick(void);		/* a resource came free */

/* ---- shared module state ---- */
extern struct dentry *scsa_debugfs_dir;

struct scsa_stats {
	u64 pkts_allocated, pkts_freed, pkts_transported, pkts_completed;
	u64 tran_busy, bytes_transferred, callbacks_run, deferred;
	u64 mem_short;
};
DECLARE_PER_CPU(struct scsa_stats, scsa_stats);
#define scsa_stat_add(field, n)	this_cpu_add(scsa_stats.field, (n))

int scsa_lnx_host_init(void);
void scsa_lnx_host_exit(void);
int scsa_lnx_req_init(void);
void scsa_lnx_req_exit(void);
int scsa_cb_init(void);
void scsa_cb_exit(void);
int scsa_pkt_init(void);
void scsa_pkt_exit(void);
int scsa_attach_init(void);
void scsa_attach_exit(void);

#endif /* _SCSA_BRIDGE_H */
