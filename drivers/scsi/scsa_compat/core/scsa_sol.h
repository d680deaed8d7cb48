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
	int comp_cpu;			/* the CPU scsi_transport() ran on */
	struct llist_node comp_node;	/* on a completion thread's list */
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
void scsa_sleep_bug(const char *what, unsigned long caller);

/* completion threads and the timeout workqueue (scsa_transport.c) */
extern struct workqueue_struct *scsa_timeout_wq;
int scsa_comp_init(void);
void scsa_comp_flush(void);
void scsa_timeout_cancel_all(void);
void scsa_comp_exit(void);
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

/*
 * Device properties of a node (scsa_prop.c): a dev_info's, or its parent
 * the SCSI host's.  The lists are LIFO; lookups take @lock.
 */
struct scsa_conf;
struct scsa_propset {
	spinlock_t lock;
	ddi_prop_t *drv;		/* the driver's (ddi_prop_update) */
	ddi_prop_t *sys;		/* its driver.conf node entry's */
	ddi_prop_t *hw;			/* the framework's */
	struct scsa_conf *conf;		/* the driver's global driver.conf ones */
	struct scsa_propset *parent;	/* NULL: the top */
	unsigned int *major;		/* the driver's major, or NULL */
};

void scsa_propset_init(struct scsa_propset *ps, struct scsa_propset *parent);
void scsa_propset_fini(struct scsa_propset *ps);
int scsa_prop_set(struct scsa_propset *ps, int flags, const char *name,
		  const void *val, int len);
ddi_prop_t *scsa_prop_list_dup(const ddi_prop_t *list);
ddi_prop_t *scsa_prop_new_conf(const char *name, int type, const void *val,
			       int len);
struct seq_file;
void scsa_propset_show(struct seq_file *m, const char *prefix,
		       struct scsa_propset *ps);
void scsa_prop_list_free(ddi_prop_t *list);

/* driver.conf(5) files (scsa_conf.c) */
struct scsa_conf_entry {
	struct list_head node;
	int line;
	bool any_target, any_lun;
	int target;
	u64 lun;
	ddi_prop_t *props;		/* its other properties */
};

struct scsa_conf {
	struct kref ref;
	ddi_prop_t *global;		/* global properties */
	struct list_head entries;	/* node entries naming this driver */
};

struct scsa_conf *scsa_conf_load(const char *drvname);
struct scsa_conf *scsa_conf_parse(const char *file, const char *drvname,
				  const char *text, size_t len);
void scsa_conf_put(struct scsa_conf *conf);
struct scsa_conf *scsa_conf_get(struct scsa_conf *conf);

/* a registered target driver (scsa_attach.c) */
struct cdev;
#define SCSA_DRV_NAME_MAX	32
struct scsa_tgt_driver {
	struct list_head node;
	struct modlinkage *ml;
	struct modldrv *md;
	struct module *owner;
	struct ida ida;
	char name[SCSA_DRV_NAME_MAX];	/* ddi_driver_name() */
	struct scsa_conf *conf;		/* /etc/scsa/<name>.conf, or NULL */
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
	struct scsa_devi devi;		/* what DEVI() shows */
	bool detaching;			/* in devo_detach: DEVI_IS_DETACHING */
	bool conf_node;			/* from a driver.conf entry: not a
					 * self-identifying device */
	/* the host adapter's node, ddi_get_parent() (scsa_devinfo.c) */
	struct dev_info *parent;
	bool is_nexus;			/* this is such a parent */
	char nexus_name[32];		/* its driver's name */
	struct scsa_propset props;	/* its properties (scsa_prop.c) */
	int fm_cap;			/* ddi_fm_init() capabilities (scsa_fm.c) */
};

void scsa_devinfo_free_parent(struct dev_info *dip);
void scsa_reset_notify_drop(struct scsi_address *ap);	/* scsa_ctl.c */

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
int scsa_sysevent_init(void);		/* scsa_sysevent.c */
void scsa_sysevent_exit(void);
/* every pair of an nvlist as text, for a sysevent (scsa_nvpair.c) */
int scsa_nvlist_each(nvlist_t *nvl,
		     int (*fn)(void *arg, const char *name, const char *val),
		     void *arg);
void scsa_kstat_exit(void);

#endif
