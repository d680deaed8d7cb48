/* SPDX-License-Identifier: GPL-2.0 */
/*
 * scsa_sol.h - private to the shim's Solaris-facing files.  Includes the
 * Solaris headers; never include it from a scsa_lnx_*.c file.
 */
#ifndef _SCSA_SOL_H
#define _SCSA_SOL_H

#define SCSA_INTERNAL
#include <sys/types.h>	/* first: see <scsa/scsa_prelude.h> */
#include <linux/atomic.h>
#include <linux/completion.h>
#include <linux/list.h>
#include <linux/idr.h>
#include <scsa/scsa_bridge.h>
#include <sys/scsi/scsi.h>

#define SCSA_PKT_MAGIC		0x5c5a0a11
#define SCSA_INLINE_CDB		32
#define SCSA_INLINE_SCB		64
#define SCSA_INLINE_PRIV	32
#define SCSA_INLINE_BVECS	8

/* iflags */
#define SCSA_PF_BOUND		0x1	/* DMA resources (a window) held */
#define SCSA_PF_IOPB		0x2	/* from get_pktiopb(): owns iopb_bp */

/**
 * struct scsa_pkt - the shim's packet: struct scsi_pkt plus everything a
 * transport needs, from one kmem_cache object in the common case.
 */
struct scsa_pkt {
	struct scsi_pkt pkt;		/* first: what target drivers see */
	u32 magic;
	u32 iflags;
	int bind_flags;			/* PKT_* used when the buffer was bound */
	bool xarq;			/* allocated with PKT_XARQ */
	bool reserved;			/* holds one of the host's windows */
	struct scsa_lun *lun;
	struct buf *bp;
	struct buf *iopb_bp;
	struct scsa_bufdesc desc;	/* what the block layer is given */
	struct scsa_bufdesc orig;	/* the caller's buffer */
	void *bounce;			/* when orig cannot be given as is */
	struct scsa_upin *upin;		/* pinned user pages (B_PHYS) */
	size_t win_off, win_len;	/* current window, bytes */
	size_t mapped;			/* win_off + win_len */
	atomic_t busy;			/* 1 while handed to the transport */
	struct completion *wait;	/* FLAG_NOINTR waiter */
	struct scsa_xfer xfer;
	void *cdb_ext, *scb_ext, *priv_ext;
	struct bio_vec *bvt_ext;
	unsigned int bvt_cap;
	u8 cdb[SCSA_INLINE_CDB];
	u8 scb[SCSA_INLINE_SCB] __aligned(8);
	u8 priv[SCSA_INLINE_PRIV] __aligned(8);
	struct bio_vec bvt[SCSA_INLINE_BVECS];
};

struct scsa_upin;

/* The shim's LUN behind a target address (NULL for a NULL address). */
static inline struct scsa_lun *scsa_ap_lun(struct scsi_address *ap)
{
	return ap ? (struct scsa_lun *)ap->a_hba_tran : NULL;
}
struct scsa_pkt *scsa_pkt_from(struct scsi_pkt *pkt);
void scsa_xfer_done(struct scsa_xfer *x);
void scsa_pkt_result(struct scsa_pkt *sp);
bool scsa_may_sleep(void);
void scsa_bp_fail(struct buf *bp, int err);

/* runout callbacks (scsa_callback.c) */
enum scsa_cb_kind { SCSA_CB_ARG, SCSA_CB_NOARG };
void scsa_cb_register(void *fn, caddr_t arg, enum scsa_cb_kind kind,
		      struct scsa_lun *lun, unsigned long gen);
void scsa_cb_cancel(struct module *mod, struct scsa_lun *lun);
void scsa_cb_flush(void);
void scsa_cb_mem_short(void);
unsigned long scsa_cb_queued(void);
void scsa_res_wait(unsigned long *gen);
unsigned long scsa_res_gen(void);

/* a registered target driver (scsa_attach.c) */
struct cdev;
struct scsa_tgt_driver {
	struct list_head node;
	struct modlinkage *ml;
	struct modldrv *md;
	struct module *owner;
	struct ida ida;
	/* its character major (scsa_cdev.c), under scsa_cdev_lock */
	unsigned int cmajor;		/* 0: none allocated yet */
	struct cdev *cdev;
};

/* dev_info (scsa_attach.c) */
struct dev_info {
	struct list_head node;		/* on the LUN's attachment list */
	struct scsa_tgt_driver *drv;
	struct scsa_lun *lun;
	int instance;
	void *driver_private;
	char addr[24];			/* "target,lun" */
	struct scsa_scsi_device sd;
	struct list_head minors;	/* its minor nodes (scsa_cdev.c) */
	bool attaching;			/* in devo_attach: nodes not openable */
	bool conf_node;			/* from a driver.conf entry: not a
					 * self-identifying device */
	/* the host adapter's node, ddi_get_parent() (scsa_devinfo.c) */
	struct dev_info *parent;
	bool is_nexus;			/* this is such a parent */
	char nexus_name[32];		/* its driver's name */
};

void scsa_devinfo_free_parent(struct dev_info *dip);

/* the prototypes of nodev/nulldev (<sys/systm.h> declares them without) */
int nodev(void);
int nulldev(void);

/* character minor nodes (scsa_cdev.c) */
void scsa_cdev_attached(struct dev_info *dip);
void scsa_cdev_revoke(struct dev_info *dip);
void scsa_cdev_remove_all(struct dev_info *dip);
void scsa_cdev_driver_fini(struct scsa_tgt_driver *drv);
int scsa_cdev_init(void);
void scsa_cdev_exit(void);

static inline bool scsa_real_callback(const void *cb)
{
	return cb != (const void *)NULL_FUNC && cb != (const void *)SLEEP_FUNC;
}

/*
 * The memory a uio describes, from its uio_segflg: 1 user memory, 0
 * kernel memory, -1 an unknown segment (the caller fails with EINVAL).
 */
struct uio;
int scsa_uio_is_user(const struct uio *uio);

/* kstats (scsa_kstat.c): the debugfs kstat/ directory, leftovers freed */
void scsa_kstat_init(void);
void scsa_kstat_exit(void);

#endif
