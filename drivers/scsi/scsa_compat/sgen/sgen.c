// SPDX-License-Identifier: GPL-2.0
/*
 * sgen.c - a generic SCSI pass-through target driver written the Solaris
 * way, in the manner of illumos sgen(4D): it attaches to the device types
 * of its drv_aliases, makes one character minor node per instance, named
 * after the device type (/dev/scsa/scsa_sgen<N>:direct, ...), and its
 * ioctl(9E) implements uscsi(4I): USCSICMD and USCSIMAXXFER.
 *
 * A command goes through the framework's uscsi helpers
 * (<sys/scsi/impl/uscsi.h>) the way illumos sgen's does:
 * scsi_uscsi_alloc() and scsi_uscsi_copyin() copy the struct uscsi_cmd,
 * its CDB and a kernel sense buffer in (kernel addresses with FKIOCTL)
 * and check them, this driver checks what it adds (below), then
 * scsi_uscsi_handle_cmd() performs a reset itself or hands the command to
 * sgen_start() as the driver's one command buf (b_private = the command):
 * through physio(9F) with the data, a B_PHYS buf of the caller's own
 * buffer (UIO_SYSSPACE for FKIOCTL callers), never copied.  sgen_start()
 * makes the packet - scsi_init_pkt(9F) without PKT_DMA_PARTIAL (a command
 * cannot be split), the uscsi flags as pkt_flags, scsi_uscsi_pktinit() -
 * and transports it; sgen_callback() (pkt_comp) calls
 * scsi_uscsi_pktfini(), puts status, residue and sense into the command,
 * and biodone(9F)s the buf.  scsi_uscsi_copyout_and_free() gives the
 * caller the results and, with USCSI_RQENABLE, the sense bytes.  One
 * command per device at a time, as sgen.
 *
 * Unlike illumos sgen, which calls scsi_uscsi_alloc_and_copyin() (every
 * failure is EFAULT there), it calls scsi_uscsi_alloc() and
 * scsi_uscsi_copyin() as sd does, to keep their EINVAL for bad values,
 * and it refuses USCSI_PATH_INSTANCE itself with EINVAL (the copy-in's
 * answer is EFAULT); it also returns the copy-out's EFAULT.
 *
 * Errors, as uscsi(4I) lists them and illumos sgen returns them:
 *   EPERM   the caller lacks privilege (drv_priv(9F): CAP_SYS_RAWIO), at
 *           open and at every USCSICMD/USCSIMAXXFER;
 *   EFAULT  the uscsi_cmd, CDB, data buffer or sense buffer address is
 *           bad (the command may have run when only the sense buffer or
 *           the copy-out of the uscsi_cmd fails);
 *   EINVAL  reserved or unsupported flag bits (USCSI_RESERVED,
 *           USCSI_PATH_INSTANCE, two resets at once), uscsi_cdblen below
 *           6, above the host's max-cdb-length or the opcode's CDB
 *           group size rules, uscsi_buflen above dma-max (USCSIMAXXFER),
 *           USCSI_RQENABLE without uscsi_rqlen or uscsi_rqbuf, a reset
 *           with a non-zero uscsi_cdblen, or a buffer scsi_init_pkt
 *           cannot fit in one command;
 *   EIO     the command did not complete (timeout, reset, transport
 *           error), the target answered BUSY, the sense data asked for
 *           could not be had, the transport kept refusing the command,
 *           or a reset failed.  uscsi_status, uscsi_resid (= uscsi_buflen)
 *           and the sense fields are still filled in and copied out;
 *   ENXIO   the device is gone;
 *   EBUSY   open: the device is open exclusively, or FEXCL while open;
 *   ENOTTY  other ioctls.
 * A command that completes with CHECK CONDITION and usable sense (or with
 * any status other than BUSY) returns 0, as illumos sgen: the caller
 * reads uscsi_status and the sense.
 *
 * It calls no Linux interface: only SCSA and the DDI of scsa_compat.  Its
 * Linux glue (module_init/module_exit) is sgen_lnx.c.
 */
#include "sgen.h"
#include <sys/scsi/scsi.h>
#include <sys/conf.h>
#include <sys/file.h>
#include <sys/uio.h>
#include <sys/cred.h>
#include <sys/scsi/impl/uscsi.h>

#define	SGEN_IO_TIME		60	/* seconds, when uscsi_timeout <= 0 */
#define	SGEN_BUSY_USEC		100000	/* TRAN_BUSY: retry after 100 ms */
#define	SGEN_BUSY_TRIES		50	/* ... for 5 s, then EIO */
#define	SGEN_MAX_CDB		32	/* the shim's largest CDB */
#define	SGEN_DEF_XFER		65536	/* if the host does not say */
#define	SGEN_NO_RQSTATUS	0xff	/* uscsi_rqstatus: no sense taken */
/* uscsi_flags sgen does not let through */
#define	SGEN_UNSAFE_FLAGS	(USCSI_NOINTR | USCSI_NOPARITY | USCSI_OTAG | \
				 USCSI_HTAG | USCSI_HEAD)

/* sgen_flags */
#define	SGEN_OPEN		0x1
#define	SGEN_EXCL		0x2
#define	SGEN_BUSY		0x4	/* a command owns sgen_cmdbuf */

struct sgen_state {
	dev_info_t		*sgen_dip;
	struct scsi_device	*sgen_scsidev;
	kmutex_t		sgen_mutex;
	kcondvar_t		sgen_cmdbuf_cv;
	int			sgen_flags;
	int			sgen_instance;
	int			sgen_max_cdb;	/* max-cdb-length, bytes */
	size_t			sgen_max_xfer;	/* dma-max, bytes */
	/* the one command buffer; b_private: its kernel uscsi_cmd */
	struct buf		*sgen_cmdbuf;
	timeout_id_t		sgen_restart_tid;
	struct scsi_pkt		*sgen_cmdpkt;	/* the command's packet */
	int			sgen_busy_tries;
};

static void *sgen_soft_state;

#define	ROUTE(sg)	(&(sg)->sgen_scsidev->sd_address)

/* minor names by peripheral device type, as sgen names its nodes */
static const char * const sgen_devtypes[] = {
	"direct", "sequential", "printer", "processor", "worm", "rodirect",
	"scanner", "optical", "changer", "comm", "prepress1", "prepress2",
	"array_ctrl", "ses", "rbc", "ocrw", "bridge",
};

static const char *sgen_typename(uchar_t dtype)
{
	if (dtype < sizeof(sgen_devtypes) / sizeof(sgen_devtypes[0]))
		return sgen_devtypes[dtype];
	return "type_unknown";
}

static struct sgen_state *sgen_get(dev_t dev)
{
	return ddi_get_soft_state(sgen_soft_state, getminor(dev));
}

/* ---- the command path ---- */

static void sgen_transport(struct sgen_state *sg);

/* End the command: its packet goes, then biodone() (physio waits). */
static void sgen_done(struct sgen_state *sg, struct scsi_pkt *pkt, int err)
{
	struct buf *bp = sg->sgen_cmdbuf;

	sg->sgen_cmdpkt = NULL;
	if (err) {
		bp->b_resid = bp->b_bcount;
		bioerror(bp, err);
	}
	scsi_destroy_pkt(pkt);
	biodone(bp);
}

/*
 * pkt_comp: interrupt context on Solaris; never sleeps.  The results go
 * into the kernel uscsi_cmd (b_private of the command buf), which
 * scsi_uscsi_copyout() gives the caller: uscsi_status, the sense bytes in
 * the kernel sense buffer (uscsi_rqlen bytes, SENSE_LENGTH or
 * MAX_SENSE_LENGTH) with uscsi_rqresid and uscsi_rqstatus; b_resid
 * becomes uscsi_resid.
 */
static void sgen_callback(struct scsi_pkt *pkt)
{
	struct sgen_state *sg = (struct sgen_state *)pkt->pkt_private;
	struct buf *bp = sg->sgen_cmdbuf;
	struct uscsi_cmd *uc = bp->b_private;
	int err = 0;

	(void) scsi_uscsi_pktfini(pkt, uc);
	if (pkt->pkt_reason != CMD_CMPLT) {
		/* not completed (timeout, reset, transport): as sgen, EIO */
		uc->uscsi_status = 0;
		err = pkt->pkt_reason == CMD_DEV_GONE ? ENXIO : EIO;
		sgen_done(sg, pkt, err);
		return;
	}
	uc->uscsi_status = pkt->pkt_scbp[0];
	bp->b_resid = pkt->pkt_resid;
	if ((pkt->pkt_scbp[0] & STATUS_MASK) == STATUS_BUSY)
		err = EIO;
	if ((uc->uscsi_flags & USCSI_RQENABLE) &&
	    (pkt->pkt_state & STATE_ARQ_DONE)) {
		struct scsi_arq_status *arq = (void *)pkt->pkt_scbp;
		int got = (int)uc->uscsi_rqlen - (int)arq->sts_rqpkt_resid;

		if (got < 0)
			got = 0;
		if (got > uc->uscsi_rqlen)
			got = uc->uscsi_rqlen;
		memcpy(uc->uscsi_rqbuf, &arq->sts_sensedata, got);
		uc->uscsi_rqresid = uc->uscsi_rqlen - got;
		uc->uscsi_rqstatus = *(uchar_t *)&arq->sts_rqpkt_status;
		/* sense that cannot be used is an error, as sgen says */
		if (arq->sts_rqpkt_reason != CMD_CMPLT ||
		    (uc->uscsi_rqstatus & STATUS_MASK) != STATUS_GOOD ||
		    !(arq->sts_rqpkt_state & STATE_XFERRED_DATA) ||
		    got < SUN_MIN_SENSE_LENGTH)
			err = EIO;
	} else if ((uc->uscsi_flags & USCSI_RQENABLE) &&
		   (pkt->pkt_scbp[0] & STATUS_MASK) == STATUS_CHECK) {
		/* CHECK CONDITION, sense wanted, and none came */
		err = EIO;
	}
	sgen_done(sg, pkt, err);
}

static void sgen_restart(void *arg)
{
	struct sgen_state *sg = arg;

	mutex_enter(&sg->sgen_mutex);
	sg->sgen_restart_tid = NULL;
	mutex_exit(&sg->sgen_mutex);
	sgen_transport(sg);
}

/* Send the command's packet; TRAN_BUSY is retried from a timeout. */
static void sgen_transport(struct sgen_state *sg)
{
	struct scsi_pkt *pkt = sg->sgen_cmdpkt;
	timeout_id_t tid = NULL;
	int rv;

	rv = scsi_transport(pkt);
	if (rv == TRAN_ACCEPT)
		return;
	if (rv == TRAN_BUSY && sg->sgen_busy_tries++ < SGEN_BUSY_TRIES) {
		mutex_enter(&sg->sgen_mutex);
		tid = timeout(sgen_restart, sg, drv_usectohz(SGEN_BUSY_USEC));
		sg->sgen_restart_tid = tid;
		mutex_exit(&sg->sgen_mutex);
		if (tid)
			return;
	}
	sgen_done(sg, pkt, rv == TRAN_FATAL_ERROR ? ENXIO : EIO);
}

/*
 * uscsi_flags that become pkt_flags, as illumos sgen maps them (the
 * unsafe ones never get here); scsi_uscsi_pktinit() does the rest.
 */
static uint_t sgen_pkt_flags(int uflags)
{
	uint_t f = 0;

	if (uflags & USCSI_SILENT)
		f |= FLAG_SILENT;
	if (uflags & USCSI_ISOLATE)
		f |= FLAG_ISOLATE;
	if (uflags & USCSI_DIAGNOSE)
		f |= FLAG_DIAGNOSE;
	if (uflags & USCSI_RENEGOT)
		f |= FLAG_RENEGOTIATE_WIDE_SYNC;
	if (uflags & USCSI_NODISCON)
		f |= FLAG_NODISCON;
	return f;
}

/*
 * strategy(9E) of the command buffer, from scsi_uscsi_handle_cmd() (through
 * physio(9F) when there is data), in the caller's context.  b_private is
 * the kernel uscsi_cmd.
 */
static int sgen_start(struct buf *bp)
{
	struct sgen_state *sg = sgen_get(bp->b_edev);
	struct uscsi_cmd *uc = bp->b_private;
	struct scsi_pkt *pkt;
	int statlen = 1, pflags = 0;

	if (!sg || !uc) {
		bp->b_resid = bp->b_bcount;
		bioerror(bp, ENXIO);
		biodone(bp);
		return 0;
	}
	if (uc->uscsi_flags & USCSI_RQENABLE) {
		statlen = sizeof(struct scsi_arq_status);
		if (uc->uscsi_rqlen > SENSE_LENGTH) {
			statlen += uc->uscsi_rqlen -
				   (int)sizeof(struct scsi_extended_sense);
			pflags = PKT_XARQ;
		}
	}
	pkt = scsi_init_pkt(ROUTE(sg), NULL, bp->b_bcount ? bp : NULL,
			    uc->uscsi_cdblen, statlen, 0, pflags, SLEEP_FUNC,
			    NULL);
	if (!pkt) {
		/* can never fit one command (EINVAL) or be mapped (EFAULT) */
		int err = geterror(bp);

		bp->b_resid = bp->b_bcount;
		bioerror(bp, err ? err : EIO);
		biodone(bp);
		return 0;
	}
	pkt->pkt_time = uc->uscsi_timeout > 0 ? uc->uscsi_timeout :
						 SGEN_IO_TIME;
	pkt->pkt_flags = sgen_pkt_flags(uc->uscsi_flags);
	/* before the CDB is copied: it may clear the CDB's NACA bit */
	(void) scsi_uscsi_pktinit(uc, pkt);
	memcpy(pkt->pkt_cdbp, uc->uscsi_cdb, uc->uscsi_cdblen);
	pkt->pkt_comp = sgen_callback;
	pkt->pkt_private = (opaque_t)sg;
	sg->sgen_cmdpkt = pkt;
	sg->sgen_busy_tries = 0;
	sgen_transport(sg);
	return 0;
}

static void sgen_hold_cmdbuf(struct sgen_state *sg)
{
	mutex_enter(&sg->sgen_mutex);
	while (sg->sgen_flags & SGEN_BUSY)
		cv_wait(&sg->sgen_cmdbuf_cv, &sg->sgen_mutex);
	sg->sgen_flags |= SGEN_BUSY;
	mutex_exit(&sg->sgen_mutex);
}

static void sgen_rele_cmdbuf(struct sgen_state *sg)
{
	mutex_enter(&sg->sgen_mutex);
	sg->sgen_flags &= ~SGEN_BUSY;
	cv_broadcast(&sg->sgen_cmdbuf_cv);
	mutex_exit(&sg->sgen_mutex);
}

/*
 * What this driver checks beyond scsi_uscsi_copyin() (which has checked
 * the lengths, the USCSI_RQENABLE fields and the reserved bits of any
 * command but a reset, and copied the CDB in), on the kernel copy.
 */
static int sgen_check(struct sgen_state *sg, struct uscsi_cmd *uc)
{
	int resets = uc->uscsi_flags &
		     (USCSI_RESET_TARGET | USCSI_RESET_LUN | USCSI_RESET_ALL);

	if (uc->uscsi_flags & (USCSI_RESERVED | USCSI_PATH_INSTANCE))
		return EINVAL;
	if (resets) {
		/* uscsi(4I): exclusive of each other; uscsi_cdblen zero */
		if ((resets & (resets - 1)) || uc->uscsi_cdblen)
			return EINVAL;
		return 0;
	}
	if (uc->uscsi_cdblen > sg->sgen_max_cdb)
		return EINVAL;
	if (uc->uscsi_buflen > sg->sgen_max_xfer)
		return EINVAL;
	if (uc->uscsi_buflen && !uc->uscsi_bufaddr)
		return EFAULT;
	return 0;
}

/*
 * USCSICMD: @arg is the caller's struct uscsi_cmd (kernel with FKIOCTL).
 * The caller's uscsi_cmd gets the results even when the command failed;
 * the command's error comes first, then the copy-out's.
 */
static int sgen_uscsi_cmd(dev_t dev, struct sgen_state *sg, intptr_t arg,
			  int mode)
{
	struct buf *bp = sg->sgen_cmdbuf;
	struct uscsi_cmd *uc;
	int uflags, err, cerr;

	/* refused with EINVAL before the copy-in makes it EFAULT */
	if (ddi_copyin((void *)arg, &uflags, sizeof(uflags), mode))
		return EFAULT;
	if (uflags & USCSI_PATH_INSTANCE)
		return EINVAL;

	sgen_hold_cmdbuf(sg);
	uc = scsi_uscsi_alloc();
	err = scsi_uscsi_copyin(arg, mode, ROUTE(sg), &uc);
	if (!err)
		err = sgen_check(sg, uc);
	if (err) {
		scsi_uscsi_free(uc);
		sgen_rele_cmdbuf(sg);
		return err;
	}
	uc->uscsi_flags &= ~SGEN_UNSAFE_FLAGS;
	uc->uscsi_status = 0;
	if (uc->uscsi_flags & USCSI_RQENABLE)
		uc->uscsi_rqstatus = SGEN_NO_RQSTATUS;

	bp->av_forw = NULL;
	bp->av_back = NULL;
	bp->b_private = uc;
	err = scsi_uscsi_handle_cmd(dev, (mode & FKIOCTL) ? UIO_SYSSPACE :
							    UIO_USERSPACE,
				    uc, sgen_start, bp, NULL);
	bp->b_private = NULL;
	cerr = scsi_uscsi_copyout_and_free(arg, uc);
	sgen_rele_cmdbuf(sg);
	return err ? err : cerr;
}

/* ---- cb_ops ---- */

static int sgen_open(dev_t *devp, int flag, int otyp, cred_t *credp)
{
	struct sgen_state *sg = sgen_get(*devp);

	if (!sg)
		return ENXIO;
	if (otyp != OTYP_CHR)
		return EINVAL;
	/*
	 * uscsi(4I): root only, whatever the node's permissions say.
	 * illumos sgen leaves that to the node's mode; checking here too
	 * means a chmod'ed node still refuses the unprivileged.
	 */
	if (drv_priv(credp) != 0)
		return EPERM;
	mutex_enter(&sg->sgen_mutex);
	if ((sg->sgen_flags & SGEN_EXCL) ||
	    ((flag & FEXCL) && (sg->sgen_flags & SGEN_OPEN))) {
		mutex_exit(&sg->sgen_mutex);
		return EBUSY;
	}
	sg->sgen_flags |= SGEN_OPEN;
	if (flag & FEXCL)
		sg->sgen_flags |= SGEN_EXCL;
	mutex_exit(&sg->sgen_mutex);
	return 0;
}

/* close(9E): the last close of the node */
static int sgen_close(dev_t dev, int flag, int otyp, cred_t *credp)
{
	struct sgen_state *sg = sgen_get(dev);

	if (!sg)
		return ENXIO;
	mutex_enter(&sg->sgen_mutex);
	sg->sgen_flags &= ~(SGEN_OPEN | SGEN_EXCL);
	mutex_exit(&sg->sgen_mutex);
	return 0;
}

static int sgen_ioctl(dev_t dev, int cmd, intptr_t arg, int mode,
		      cred_t *credp, int *rvalp)
{
	struct sgen_state *sg = sgen_get(dev);
	uscsi_xfer_t max;

	if (!sg)
		return ENXIO;
	switch (cmd) {
	case USCSICMD:
		if (drv_priv(credp) != 0)
			return EPERM;
		return sgen_uscsi_cmd(dev, sg, arg, mode);
	case USCSIMAXXFER:
		if (drv_priv(credp) != 0)
			return EPERM;
		max = sg->sgen_max_xfer;
		if (ddi_copyout(&max, (void *)arg, sizeof(max), mode))
			return EFAULT;
		return 0;
	default:
		return ENOTTY;
	}
}

static struct cb_ops sgen_cb_ops = {
	.cb_open	= sgen_open,
	.cb_close	= sgen_close,
	.cb_ioctl	= sgen_ioctl,
	.cb_flag	= D_MP | D_NEW | D_HOTPLUG,
	.cb_rev		= CB_REV,
};

/* ---- autoconfiguration ---- */

static int sgen_attach(dev_info_t *dip, ddi_attach_cmd_t cmd)
{
	struct scsi_device *devp = ddi_get_driver_private(dip);
	int instance = ddi_get_instance(dip);
	struct sgen_state *sg;
	int v;

	if (cmd != DDI_ATTACH)
		return DDI_FAILURE;
	if (scsi_probe(devp, SLEEP_FUNC) != SCSIPROBE_EXISTS) {
		scsi_unprobe(devp);
		return DDI_FAILURE;
	}
	if (ddi_soft_state_zalloc(sgen_soft_state, instance) != DDI_SUCCESS) {
		scsi_unprobe(devp);
		return DDI_FAILURE;
	}
	sg = ddi_get_soft_state(sgen_soft_state, instance);
	sg->sgen_dip = dip;
	sg->sgen_scsidev = devp;
	sg->sgen_instance = instance;
	devp->sd_private = (caddr_t)sg;
	mutex_init(&sg->sgen_mutex, NULL, MUTEX_DRIVER, NULL);
	cv_init(&sg->sgen_cmdbuf_cv, NULL, CV_DRIVER, NULL);

	v = scsi_ifgetcap(ROUTE(sg), "max-cdb-length", 1);
	sg->sgen_max_cdb = v >= CDB_GROUP0 ? v : CDB_GROUP4;
	if (sg->sgen_max_cdb > SGEN_MAX_CDB)
		sg->sgen_max_cdb = SGEN_MAX_CDB;
	v = scsi_ifgetcap(ROUTE(sg), "dma-max", 1);
	sg->sgen_max_xfer = v > 0 ? (size_t)v : SGEN_DEF_XFER;
	/* USCSI_RESET_LUN needs it where the host can reset a LUN */
	(void) scsi_ifsetcap(ROUTE(sg), "lun-reset", 1, 1);
	sg->sgen_cmdbuf = getrbuf(KM_SLEEP);

	/* as sgen: the minor number is the instance number */
	if (ddi_create_minor_node(dip,
				  sgen_typename(devp->sd_inq->inq_dtype &
						DTYPE_MASK), S_IFCHR, instance, DDI_NT_SGEN, 0) !=
	    DDI_SUCCESS) {
		freerbuf(sg->sgen_cmdbuf);
		cv_destroy(&sg->sgen_cmdbuf_cv);
		mutex_destroy(&sg->sgen_mutex);
		ddi_soft_state_free(sgen_soft_state, instance);
		scsi_unprobe(devp);
		return DDI_FAILURE;
	}
	ddi_report_dev(dip);
	return DDI_SUCCESS;
}

static int sgen_detach(dev_info_t *dip, ddi_detach_cmd_t cmd)
{
	int instance = ddi_get_instance(dip);
	struct sgen_state *sg = ddi_get_soft_state(sgen_soft_state, instance);
	timeout_id_t tid;

	if (cmd != DDI_DETACH || !sg)
		return DDI_FAILURE;
	/*
	 * No entry point runs any more (the framework stopped them before
	 * calling us), so no command is in progress.
	 */
	ddi_remove_minor_node(dip, NULL);
	mutex_enter(&sg->sgen_mutex);
	tid = sg->sgen_restart_tid;
	sg->sgen_restart_tid = NULL;
	mutex_exit(&sg->sgen_mutex);
	if (tid)
		(void) untimeout(tid);
	freerbuf(sg->sgen_cmdbuf);
	cv_destroy(&sg->sgen_cmdbuf_cv);
	mutex_destroy(&sg->sgen_mutex);
	scsi_unprobe(sg->sgen_scsidev);
	ddi_soft_state_free(sgen_soft_state, instance);
	return DDI_SUCCESS;
}

static struct dev_ops sgen_dev_ops = {
	.devo_rev	= DEVO_REV,
	.devo_attach	= sgen_attach,
	.devo_detach	= sgen_detach,
	.devo_cb_ops	= &sgen_cb_ops,
	.devo_quiesce	= ddi_quiesce_not_needed,
};

/* what "add_drv -i" would list: the device types sgen serves */
static const char * const sgen_aliases[] = {
	"scsiclass,00",		/* direct access (disks) */
	"scsiclass,01",		/* sequential access (tapes) */
	"scsiclass,02",		/* printers */
	"scsiclass,03",		/* processors */
	"scsiclass,05",		/* CD/DVD */
	"scsiclass,06",		/* scanners */
	"scsiclass,07",		/* optical memory */
	"scsiclass,08",		/* medium changers */
	"scsiclass,0c",		/* storage array controllers */
	"scsiclass,0d",		/* enclosure services */
	"scsiclass,0e",		/* simplified direct access */
	NULL
};

static struct modldrv sgen_modldrv = {
	.drv_modops	= &mod_driverops,
	.drv_linkinfo	= "scsa_sgen",
	.drv_dev_ops	= &sgen_dev_ops,
	.drv_aliases	= sgen_aliases,
};

static struct modlinkage sgen_modlinkage = {
	.ml_rev		= MODREV_1,
	.ml_linkage	= { &sgen_modldrv, NULL },
};

/**
 * _init() - _init(9E): set up the soft state and register the driver.
 *
 * Description: mod_install() attaches every present device of the
 * driver's types before it returns.  Called by the Linux glue's
 * module_init.  Source: _init(9E).
 *
 * Context: process; may sleep.
 * Return: 0; EINVAL or ENOMEM from ddi_soft_state_init(); EINVAL, ENOMEM
 * or EEXIST from mod_install().  Positive errno values.
 */
int _init(void)
{
	int err;

	err = ddi_soft_state_init(&sgen_soft_state, sizeof(struct sgen_state),
				  4);
	if (err)
		return err;
	err = mod_install(&sgen_modlinkage);
	if (err)
		ddi_soft_state_fini(&sgen_soft_state);
	return err;
}

/**
 * _fini() - _fini(9E): detach every instance and unregister the driver.
 *
 * Description: called by the Linux glue's module_exit, which Linux runs
 * only when no minor node is open (each open file holds the module).
 * Source: _fini(9E).
 *
 * Context: process; may sleep.
 * Return: 0; EINVAL from mod_remove() if the driver was not installed.
 */
int _fini(void)
{
	int err = mod_remove(&sgen_modlinkage);

	if (!err)
		ddi_soft_state_fini(&sgen_soft_state);
	return err;
}
