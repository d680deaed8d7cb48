// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_uscsi.c - the framework's uscsi(4I) helpers for target drivers:
 * scsi_uscsi_alloc(), scsi_uscsi_copyin(), scsi_uscsi_alloc_and_copyin(),
 * scsi_uscsi_handle_cmd(), scsi_uscsi_pktinit(), scsi_uscsi_pktfini(),
 * scsi_uscsi_copyout(), scsi_uscsi_free(), scsi_uscsi_copyout_and_free().
 *
 * A USCSICMD goes through them the same way in illumos' sgen, st, ses and
 * sd: the caller's struct uscsi_cmd is copied into a kernel one that
 * scsi_uscsi_alloc() made, with kernel copies of its CDB and (with
 * USCSI_RQENABLE) a kernel sense buffer of SENSE_LENGTH or
 * MAX_SENSE_LENGTH bytes; the caller's CDB and sense addresses are kept
 * aside.  scsi_uscsi_handle_cmd() then performs resets itself and hands
 * everything else to the driver's strategy routine as one buf: through
 * physio(9F) (the data buffer is the caller's own memory, never copied),
 * or directly when there is no data.  The driver's strategy routine makes
 * the packet (scsi_uscsi_pktinit() moves what the framework handles into
 * it), its completion routine fills uscsi_status, uscsi_resid and the
 * sense fields (scsi_uscsi_pktfini() takes back what the framework
 * handles) and ends the buf; scsi_uscsi_copyout() finally gives the
 * caller its sense bytes and its struct with the results, its own
 * addresses restored.
 *
 * Written from the behaviour of illumos' scsi_subr.c and uscsi(4I); not
 * illumos source.  Where the shim differs, it says so in the kernel-doc
 * below and in Documentation/deviations.rst.
 */
#define pr_fmt(fmt) "scsa_compat: " fmt

#include "scsa_sol.h"
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/minmax.h>
#include <linux/sched.h>
#include <sys/uio.h>
#include <sys/file.h>
#include <sys/cmn_err.h>
#include <sys/scsi/impl/uscsi.h>

#define SCSA_USCSI_MAGIC	0x55c5ab1e
#define SCSA_SCMD_VAR_LEN	0x7f	/* variable-length CDB opcode */
#define SCSA_CDB_FLAG_NACA	0x04	/* NACA bit of a CDB's control byte */

/*
 * scsi_pkt_allow_naca: illumos' tunable of that name.  0 (the default):
 * scsi_uscsi_pktinit() clears a uscsi CDB's NACA bit; 1: leaves it.
 */
static int scsi_pkt_allow_naca;
module_param_named(uscsi_allow_naca, scsi_pkt_allow_naca, int, 0644);
MODULE_PARM_DESC(uscsi_allow_naca,
		 "scsi_uscsi_pktinit() leaves the NACA bit of uscsi CDBs set (1) or clears it (0, default)");

/**
 * struct scsa_uscsi - a uscsi command as the helpers keep it.
 * @uc:        first: the kernel uscsi_cmd the driver sees and works on.
 * @magic:     SCSA_USCSI_MAGIC: made by scsi_uscsi_alloc().
 * @cdb:       the caller's uscsi_cdb address.
 * @rqbuf:     the caller's uscsi_rqbuf address.
 * @rqlen:     the caller's uscsi_rqlen.
 * @flag:      the ioctl mode of the copy-in (FKIOCTL), for the copy-out.
 * @ap:        the target, for resets and capabilities.
 * @k_cdb:     the kernel CDB copy (NULL: none).
 * @k_cdblen:  its size, bytes.
 * @k_rqbuf:   the kernel sense buffer (NULL: none).
 * @k_rqlen:   its size, bytes (SENSE_LENGTH or MAX_SENSE_LENGTH).
 *
 * The kernel buffers are freed from @k_cdb/@k_rqbuf, not from the
 * uscsi_cmd's fields, so a driver that changes those cannot make the
 * helpers free the wrong memory.
 */
struct scsa_uscsi {
	struct uscsi_cmd	uc;
	u32			magic;
	caddr_t			cdb;
	caddr_t			rqbuf;
	uchar_t			rqlen;
	int			flag;
	struct scsi_address	*ap;
	caddr_t			k_cdb;
	uchar_t			k_cdblen;
	caddr_t			k_rqbuf;
	uchar_t			k_rqlen;
};

/* CDB bytes implied by an opcode's group (0: reserved/vendor groups) */
static const uchar_t scsa_uscsi_cdb_size[8] = {
	CDB_GROUP0, CDB_GROUP1, CDB_GROUP2, CDB_GROUP3,
	CDB_GROUP4, CDB_GROUP5, CDB_GROUP6, CDB_GROUP7
};

/* The helpers' own command behind @uscmd, or NULL (with a warning). */
static struct scsa_uscsi *scsa_uscsi_of(struct uscsi_cmd *uscmd,
					const char *who, unsigned long caller)
{
	struct scsa_uscsi *u;

	if (!uscmd) {
		pr_warn_ratelimited("%s: NULL uscsi_cmd, from %pS\n", who,
				    (void *)caller);
		return NULL;
	}
	u = container_of(uscmd, struct scsa_uscsi, uc);
	if (u->magic != SCSA_USCSI_MAGIC) {
		pr_warn_ratelimited("%s: uscsi_cmd %p not from scsi_uscsi_alloc(), from %pS\n",
				    who, uscmd, (void *)caller);
		return NULL;
	}
	return u;
}

/* Free the kernel CDB and sense buffer of @u; the fields become NULL. */
static void scsa_uscsi_release(struct scsa_uscsi *u)
{
	if (u->k_rqbuf)
		kmem_free(u->k_rqbuf, u->k_rqlen);
	if (u->k_cdb)
		kmem_free(u->k_cdb, u->k_cdblen);
	u->k_rqbuf = NULL;
	u->k_rqlen = 0;
	u->k_cdb = NULL;
	u->k_cdblen = 0;
	u->uc.uscsi_rqbuf = NULL;
	u->uc.uscsi_cdb = NULL;
}

/**
 * scsi_uscsi_alloc() - allocate a kernel uscsi command.
 *
 * Description: the struct uscsi_cmd that scsi_uscsi_copyin() fills (and
 * scsi_uscsi_free() frees), zeroed; it carries the helpers' private state
 * after it, so only one made here may be given to the other helpers.
 * Source: illumos scsi_uscsi_alloc() (used by sd).
 *
 * Context: may sleep (KM_SLEEP); process context.
 * Return: the command; NULL only where sleeping is not allowed.
 */
struct uscsi_cmd *scsi_uscsi_alloc(void)
{
	struct scsa_uscsi *u = kmem_zalloc(sizeof(*u), KM_SLEEP);

	if (!u)
		return NULL;
	u->magic = SCSA_USCSI_MAGIC;
	return &u->uc;
}
EXPORT_SYMBOL_GPL(scsi_uscsi_alloc);

/**
 * scsi_uscsi_copyin() - copy a caller's uscsi_cmd and CDB in, and check them.
 * @arg:    the address of the caller's struct uscsi_cmd: a user address,
 *          or a kernel address when @flag has FKIOCTL.
 * @flag:   the ioctl(9E) mode; FKIOCTL: @arg and the CDB and sense
 *          buffer addresses in it are kernel addresses.  Only the native
 *          (LP64) layout: scsa-compat has no 32-bit ioctl model (FMODELS).
 * @ap:     the target's address (max-cdb-length; kept for resets).
 * @uscmdp: in: a command from scsi_uscsi_alloc(); it is reused: a CDB and
 *          sense buffer left from an earlier copy-in are freed first.
 *
 * Description: copies the uscsi_cmd into *@uscmdp, then, unless it asks
 * for a reset (USCSI_RESET_LUN, _TARGET or _ALL: nothing else is looked
 * at, uscsi_cdb and uscsi_rqbuf become NULL), checks it as illumos does:
 * USCSI_PATH_INSTANCE needs scsi_vhci, which does not exist here
 * (EFAULT); uscsi_cdblen from 6 (CDB_GROUP0) to the host's
 * "max-cdb-length" (16 if it reports less than 6); USCSI_RQENABLE needs
 * uscsi_rqlen and uscsi_rqbuf; no USCSI_RESERVED bit.  The CDB
 * (uscsi_cdblen bytes) is copied into kernel memory and uscsi_cdb points
 * to it; its length must then suit its opcode: the variable-length opcode
 * 0x7f a multiple of 4, any other at most 16 bytes (SCSI_CDB_SIZE) and at
 * least its group's size.  With USCSI_RQENABLE, uscsi_rqbuf becomes a
 * zeroed kernel sense buffer of SENSE_LENGTH (caller's uscsi_rqlen up to
 * SENSE_LENGTH) or MAX_SENSE_LENGTH bytes, uscsi_rqlen its size and
 * uscsi_rqresid = uscsi_rqlen; without it, those are NULL/0/0.  The
 * caller's CDB and sense addresses and uscsi_rqlen are kept for
 * scsi_uscsi_copyout().  uscsi_bufaddr stays the caller's address (for
 * scsi_uscsi_handle_cmd()).  Source: illumos scsi_uscsi_copyin().
 *
 * Context: process context (a user @arg: of its process); may sleep.
 * Return: 0; EFAULT: @arg or the CDB cannot be read (a fault, NULL),
 * USCSI_PATH_INSTANCE; EINVAL: a bad uscsi_cdblen (for the host or for
 * the opcode), USCSI_RQENABLE without uscsi_rqlen or uscsi_rqbuf,
 * USCSI_RESERVED bits, or @uscmdp is NULL or not from scsi_uscsi_alloc().
 * On failure uscsi_cdb and uscsi_rqbuf are NULL (nothing for
 * scsi_uscsi_free() to free but the command).
 */
int scsi_uscsi_copyin(intptr_t arg, int flag, struct scsi_address *ap,
		      struct uscsi_cmd **uscmdp)
{
	struct scsa_uscsi *u = scsa_uscsi_of(uscmdp ? *uscmdp : NULL,
					     "scsi_uscsi_copyin", _RET_IP_);
	struct uscsi_cmd *uc;
	int max_cdb, err;

	if (!u)
		return EINVAL;
	uc = &u->uc;
	scsa_uscsi_release(u);
	memset(uc, 0, sizeof(*uc));
	if (ddi_copyin((void *)arg, uc, sizeof(*uc), flag)) {
		memset(uc, 0, sizeof(*uc));
		return EFAULT;
	}
	u->cdb = uc->uscsi_cdb;
	u->rqbuf = uc->uscsi_rqbuf;
	u->rqlen = uc->uscsi_rqlen;
	u->flag = flag;
	u->ap = ap;

	if (uc->uscsi_flags &
	    (USCSI_RESET_LUN | USCSI_RESET_TARGET | USCSI_RESET_ALL)) {
		uc->uscsi_cdb = NULL;
		uc->uscsi_rqbuf = NULL;
		return 0;
	}
	/* multipathing's path selection: only scsi_vhci takes it */
	if (uc->uscsi_flags & USCSI_PATH_INSTANCE) {
		err = EFAULT;
		goto fail;
	}
	max_cdb = scsi_ifgetcap(ap, "max-cdb-length", 1);
	if (max_cdb < CDB_GROUP0)
		max_cdb = CDB_GROUP4;
	err = EINVAL;
	if (uc->uscsi_cdblen < CDB_GROUP0 || uc->uscsi_cdblen > max_cdb)
		goto fail;
	if ((uc->uscsi_flags & USCSI_RQENABLE) &&
	    (!uc->uscsi_rqlen || !uc->uscsi_rqbuf))
		goto fail;
	if (uc->uscsi_flags & USCSI_RESERVED)
		goto fail;

	u->k_cdb = kmem_zalloc(uc->uscsi_cdblen, KM_SLEEP);
	if (!u->k_cdb)
		goto fail;
	u->k_cdblen = uc->uscsi_cdblen;
	if (ddi_copyin(u->cdb, u->k_cdb, uc->uscsi_cdblen, flag)) {
		err = EFAULT;
		goto fail;
	}
	if ((uchar_t)u->k_cdb[0] == SCSA_SCMD_VAR_LEN) {
		if (uc->uscsi_cdblen % 4)
			goto fail;
	} else if (uc->uscsi_cdblen > SCSI_CDB_SIZE ||
		   scsa_uscsi_cdb_size[CDB_GROUPID((uchar_t)u->k_cdb[0])] >
		   uc->uscsi_cdblen) {
		goto fail;
	}
	uc->uscsi_cdb = u->k_cdb;

	if (uc->uscsi_flags & USCSI_RQENABLE) {
		u->k_rqlen = u->rqlen <= SENSE_LENGTH ? SENSE_LENGTH :
							MAX_SENSE_LENGTH;
		u->k_rqbuf = kmem_zalloc(u->k_rqlen, KM_SLEEP);
		if (!u->k_rqbuf)
			goto fail;
		uc->uscsi_rqbuf = u->k_rqbuf;
		uc->uscsi_rqlen = u->k_rqlen;
		uc->uscsi_rqresid = u->k_rqlen;
	} else {
		uc->uscsi_rqbuf = NULL;
		uc->uscsi_rqlen = 0;
		uc->uscsi_rqresid = 0;
	}
	return 0;

fail:
	/* the fields still hold the caller's addresses: never freed */
	scsa_uscsi_release(u);
	return err;
}
EXPORT_SYMBOL_GPL(scsi_uscsi_copyin);

/**
 * scsi_uscsi_alloc_and_copyin() - scsi_uscsi_alloc() and scsi_uscsi_copyin().
 * @arg:    the caller's struct uscsi_cmd (user address; kernel with FKIOCTL).
 * @flag:   the ioctl(9E) mode (FKIOCTL); native layout only.
 * @ap:     the target's address.
 * @uscmdp: out: the kernel command (give it to scsi_uscsi_handle_cmd(),
 *          then scsi_uscsi_copyout_and_free()); NULL on failure.
 *
 * Description: as illumos, every failure of scsi_uscsi_copyin() is
 * reported as EFAULT, a bad length or flag included (drivers that want
 * EINVAL for those, as sd does, call the two functions themselves).  The
 * command is freed on failure.  Source: illumos
 * scsi_uscsi_alloc_and_copyin() (sgen, st, ses).
 *
 * Context: process context (a user @arg: of its process); may sleep.
 * Return: 0; EFAULT for any failure (see scsi_uscsi_copyin()), also when
 * called where sleeping is not allowed; EINVAL if @uscmdp is NULL.
 */
int scsi_uscsi_alloc_and_copyin(intptr_t arg, int flag,
				struct scsi_address *ap,
				struct uscsi_cmd **uscmdp)
{
	struct uscsi_cmd *uscmd;

	if (!uscmdp)
		return EINVAL;
	*uscmdp = NULL;
	uscmd = scsi_uscsi_alloc();
	if (!uscmd)
		return EFAULT;
	if (scsi_uscsi_copyin(arg, flag, ap, &uscmd)) {
		scsi_uscsi_free(uscmd);
		return EFAULT;
	}
	*uscmdp = uscmd;
	return 0;
}
EXPORT_SYMBOL_GPL(scsi_uscsi_alloc_and_copyin);

/* physio's mincnt for uscsi: never split (one CDB, one transfer) */
static void scsa_uscsi_mincnt(struct buf *bp)
{
}

/**
 * scsi_uscsi_handle_cmd() - run a copied-in uscsi command through a driver.
 * @dev:          the device number; the buf's b_edev.
 * @dataspace:    where uscsi_bufaddr points: UIO_USERSPACE (the calling
 *                process' memory: pinned, never copied) or UIO_SYSSPACE
 *                (kernel memory; FKIOCTL callers and a driver's own
 *                commands).
 * @uscmd:        a command from scsi_uscsi_copyin() /
 *                scsi_uscsi_alloc_and_copyin().
 * @strat:        the driver's strategy routine: called once, in this
 *                context, with the buf; it makes the packet from the
 *                command it finds (typically through b_private), calls
 *                scsi_uscsi_pktinit(), transports it, and ends the buf with
 *                biodone(9F) (b_resid, bioerror()) from its completion.
 * @bp:           the buf to use (the driver's, e.g. sgen's command buf,
 *                with its b_private set by the driver and left alone; no
 *                transfer in progress, b_iodone NULL), or NULL: one is
 *                allocated for the command and freed afterwards.
 * @private_data: the b_private of the buf allocated when @bp is NULL
 *                (sd puts its per-command state there); unused otherwise.
 *
 * Description: a reset (USCSI_RESET_ALL, else _TARGET, else _LUN) is done
 * here with scsi_reset(9F) and nothing is sent.  USCSI_ASYNC turns the
 * "synchronous" capability off if it is on (EINVAL if that fails),
 * USCSI_SYNC on if it is off (scsa-compat's hosts do not report the
 * capability, so both are no-ops).  Then, with data (uscsi_buflen != 0),
 * physio(9F) builds the buf - b_flags B_BUSY | B_READ (USCSI_READ) or
 * B_WRITE, B_PHYS for user memory with its pages pinned and listed
 * (B_SHADOW), b_un.b_addr = uscsi_bufaddr, b_bcount = uscsi_buflen, never
 * split - and calls @strat; without data the buf gets b_flags B_BUSY |
 * B_READ/B_WRITE, b_bcount 0, b_blkno 0, b_resid 0 and @strat is called
 * directly.  Either way biowait(9F) follows, then uscsi_resid is the
 * bytes not transferred.  uscsi_status and the sense fields are the
 * driver's to fill.  Source: illumos scsi_uscsi_handle_cmd(), uscsi(4I).
 * Deviation: when physio fails before calling @strat (an unmapped user
 * buffer), uscsi_resid is uscsi_buflen (illumos leaves b_resid there).
 *
 * Context: process context (UIO_USERSPACE: of the process owning the
 * buffer); sleeps until the command ends.  No kmutex_t may be held.
 * Return: 0; EIO if the reset failed; EINVAL if USCSI_ASYNC could not
 * take effect, for a NULL or foreign @uscmd, a NULL @strat, an unknown
 * @dataspace, or where sleeping is not allowed; from physio: EFAULT (the
 * user buffer is not accessible, or UIO_USERSPACE without a user process),
 * ENOMEM; otherwise the buf's error as the driver set it (geterror(9F):
 * EIO, ENXIO, EACCES, ...).  Positive errno values.
 */
int scsi_uscsi_handle_cmd(dev_t dev, enum uio_seg dataspace,
			  struct uscsi_cmd *uscmd, int (*strat)(struct buf *),
			  struct buf *bp, void *private_data)
{
	struct scsa_uscsi *u = scsa_uscsi_of(uscmd, "scsi_uscsi_handle_cmd",
					     _RET_IP_);
	int rw, err, level;
	bool own = false;

	if (!u || !strat)
		return EINVAL;
	if (!scsa_may_sleep()) {
		pr_warn_ratelimited("scsi_uscsi_handle_cmd() where sleeping is not allowed, from %pS\n",
				    __builtin_return_address(0));
		return EINVAL;
	}
	if (uscmd->uscsi_flags &
	    (USCSI_RESET_LUN | USCSI_RESET_TARGET | USCSI_RESET_ALL)) {
		if (uscmd->uscsi_flags & USCSI_RESET_ALL)
			level = RESET_ALL;
		else if (uscmd->uscsi_flags & USCSI_RESET_TARGET)
			level = RESET_TARGET;
		else
			level = RESET_LUN;
		return scsi_reset(u->ap, level) ? 0 : EIO;
	}
	if ((uscmd->uscsi_flags & USCSI_ASYNC) &&
	    scsi_ifgetcap(u->ap, "synchronous", 1) == 1 &&
	    scsi_ifsetcap(u->ap, "synchronous", 0, 1) != 1)
		return EINVAL;
	if ((uscmd->uscsi_flags & USCSI_SYNC) &&
	    scsi_ifgetcap(u->ap, "synchronous", 1) == 0)
		(void) scsi_ifsetcap(u->ap, "synchronous", 1, 1);

	if (!bp) {
		bp = getrbuf(KM_SLEEP);
		if (!bp)
			return EINVAL;
		bp->b_private = private_data;
		own = true;
	}
	rw = (uscmd->uscsi_flags & USCSI_READ) ? B_READ : B_WRITE;
	if (uscmd->uscsi_buflen) {
		iovec_t iov = {
			.iov_base = (void __force __user *)uscmd->uscsi_bufaddr,
			.iov_len = uscmd->uscsi_buflen,
		};
		struct uio uio = {
			.uio_iov = &iov,
			.uio_iovcnt = 1,
			.uio_segflg = dataspace,
			.uio_resid = uscmd->uscsi_buflen,
		};

		err = physio(strat, bp, dev, rw, scsa_uscsi_mincnt, &uio);
		uscmd->uscsi_resid = uio.uio_resid;
	} else {
		/* what physio would do, for no data */
		bp->b_flags = B_BUSY | rw;
		bp->b_error = 0;
		bp->b_resid = 0;
		bp->b_iodone = NULL;
		reinit_completion(&bp->b_io_done);
		bp->b_edev = dev;
		bp->b_un.b_addr = NULL;
		bp->b_bcount = 0;
		bp->b_blkno = 0;
		bp->b_lblkno = 0;
		bp->b_proc = NULL;
		bp->b_pages = NULL;
		bp->b_npages = 0;
		(void) strat(bp);
		err = biowait(bp);
		bp->b_flags &= ~B_BUSY;
		uscmd->uscsi_resid = bp->b_resid;
	}
	if (own) {
		bp_mapout(bp);
		freerbuf(bp);
	}
	return err;
}
EXPORT_SYMBOL_GPL(scsi_uscsi_handle_cmd);

/**
 * scsi_uscsi_pktinit() - move the framework's part of a uscsi command
 * into the packet made for it.
 * @uscmd: the kernel uscsi command (with its kernel CDB).
 * @pkt:   the packet from scsi_init_pkt(9F), before scsi_transport().
 *
 * Description: as illumos, only two things: a CDB whose last (control)
 * byte has the NACA bit (0x04) set gets a warning, and the bit is cleared
 * in @uscmd's CDB unless the module parameter uscsi_allow_naca
 * (illumos' scsi_pkt_allow_naca) is 1 - call it before copying the CDB
 * into the packet, as sgen and sd do; and pkt_path_instance /
 * FLAG_PKT_PATH_INSTANCE follow USCSI_PATH_INSTANCE with a non-zero
 * uscsi_path_instance (set) or are cleared.  The other uscsi_flags
 * (USCSI_SILENT, DIAGNOSE, ISOLATE, RENEGOT, HEAD, NOINTR, HTAG/OTAG,
 * NODISCON) become pkt_flags in the driver, which knows its defaults;
 * uscsi_timeout becomes pkt_time there too.  Source: illumos
 * scsi_uscsi_pktinit().
 *
 * Context: any (pkt_comp, timeout handlers); does not sleep.
 * Return: 1; 0 if @pkt is not from the framework and a path instance
 * was asked for, or @uscmd or @pkt is NULL.
 */
int scsi_uscsi_pktinit(struct uscsi_cmd *uscmd, struct scsi_pkt *pkt)
{
	if (!uscmd || !pkt)
		return 0;
	if (uscmd->uscsi_cdb && uscmd->uscsi_cdblen &&
	    (uscmd->uscsi_cdb[uscmd->uscsi_cdblen - 1] & SCSA_CDB_FLAG_NACA)) {
		if (READ_ONCE(scsi_pkt_allow_naca)) {
			cmn_err(CE_WARN, "scsi_uscsi_pktinit: uscsi CDB %02x has the NACA bit set",
				(uchar_t)uscmd->uscsi_cdb[0]);
		} else {
			uscmd->uscsi_cdb[uscmd->uscsi_cdblen - 1] &=
				~SCSA_CDB_FLAG_NACA;
			cmn_err(CE_WARN, "scsi_uscsi_pktinit: NACA bit of uscsi CDB %02x cleared",
				(uchar_t)uscmd->uscsi_cdb[0]);
		}
	}
	if ((uscmd->uscsi_flags & USCSI_PATH_INSTANCE) &&
	    uscmd->uscsi_path_instance) {
		if (!scsi_pkt_allocated_correctly(pkt))
			return 0;
		pkt->pkt_flags |= FLAG_PKT_PATH_INSTANCE;
		pkt->pkt_path_instance = (int)uscmd->uscsi_path_instance;
	} else {
		if (scsi_pkt_allocated_correctly(pkt))
			pkt->pkt_path_instance = 0;
		pkt->pkt_flags &= ~FLAG_PKT_PATH_INSTANCE;
	}
	return 1;
}
EXPORT_SYMBOL_GPL(scsi_uscsi_pktinit);

/**
 * scsi_uscsi_pktfini() - take the framework's part of a completed packet
 * back into its uscsi command.
 * @pkt:   the completed packet (in its pkt_comp, or after a polled
 *         scsi_transport()).
 * @uscmd: the kernel uscsi command.
 *
 * Description: uscsi_path_instance = pkt_path_instance, then the packet's
 * path instance and FLAG_PKT_PATH_INSTANCE are cleared.  Status, residue
 * and sense are the driver's to move.  Source: illumos
 * scsi_uscsi_pktfini().
 *
 * Context: any, pkt_comp included; does not sleep.
 * Return: 1; 0 if @pkt is not from the framework (uscsi_path_instance
 * becomes 0) or @uscmd or @pkt is NULL.
 */
int scsi_uscsi_pktfini(struct scsi_pkt *pkt, struct uscsi_cmd *uscmd)
{
	if (!uscmd)
		return 0;
	if (!scsi_pkt_allocated_correctly(pkt)) {
		uscmd->uscsi_path_instance = 0;
		return 0;
	}
	uscmd->uscsi_path_instance = (ulong_t)pkt->pkt_path_instance;
	pkt->pkt_flags &= ~FLAG_PKT_PATH_INSTANCE;
	pkt->pkt_path_instance = 0;
	return 1;
}
EXPORT_SYMBOL_GPL(scsi_uscsi_pktfini);

/**
 * scsi_uscsi_copyout() - give the caller its sense data and its uscsi_cmd.
 * @arg:   the caller's struct uscsi_cmd, the address given to
 *         scsi_uscsi_copyin() (copied out with its ioctl mode: FKIOCTL).
 * @uscmd: the kernel command after scsi_uscsi_handle_cmd().
 *
 * Description: with USCSI_RQENABLE, the sense bytes the driver put into
 * the kernel sense buffer (uscsi_rqlen - uscsi_rqresid of them), at most
 * the caller's uscsi_rqlen, are copied to the caller's uscsi_rqbuf, and
 * uscsi_rqresid becomes the caller's uscsi_rqlen less that.  Then the
 * whole uscsi_cmd (uscsi_status, uscsi_resid, uscsi_rqstatus,
 * uscsi_rqresid, ... as the driver left them) is copied to @arg with the
 * caller's uscsi_cdb, uscsi_rqbuf and uscsi_rqlen put back; the kernel
 * command keeps its kernel buffers (for scsi_uscsi_free(), or another
 * scsi_uscsi_copyin()).  Source: illumos scsi_uscsi_copyout().
 *
 * Context: process context (a user @arg: of its process); may fault and
 * sleep.
 * Return: 0; EFAULT if the sense buffer or @arg cannot be written (the
 * uscsi_cmd is still copied when only the sense buffer fails); EINVAL for
 * a NULL or foreign @uscmd.
 */
int scsi_uscsi_copyout(intptr_t arg, struct uscsi_cmd *uscmd)
{
	struct scsa_uscsi *u = scsa_uscsi_of(uscmd, "scsi_uscsi_copyout",
					     _RET_IP_);
	caddr_t k_rqbuf, k_cdb;
	uchar_t k_rqlen;
	int n, err = 0;

	if (!u)
		return EINVAL;
	if ((uscmd->uscsi_flags & USCSI_RQENABLE) && uscmd->uscsi_rqbuf) {
		n = (int)uscmd->uscsi_rqlen - (int)uscmd->uscsi_rqresid;
		n = clamp_t(int, n, 0, u->rqlen);
		uscmd->uscsi_rqresid = u->rqlen - n;
		if (u->rqbuf && n &&
		    ddi_copyout(uscmd->uscsi_rqbuf, u->rqbuf, n, u->flag))
			err = EFAULT;
	}
	k_rqbuf = uscmd->uscsi_rqbuf;
	k_rqlen = uscmd->uscsi_rqlen;
	k_cdb = uscmd->uscsi_cdb;
	uscmd->uscsi_rqbuf = u->rqbuf;
	uscmd->uscsi_rqlen = u->rqlen;
	uscmd->uscsi_cdb = u->cdb;
	if (ddi_copyout(uscmd, (void *)arg, sizeof(*uscmd), u->flag))
		err = EFAULT;
	uscmd->uscsi_rqbuf = k_rqbuf;
	uscmd->uscsi_rqlen = k_rqlen;
	uscmd->uscsi_cdb = k_cdb;
	return err;
}
EXPORT_SYMBOL_GPL(scsi_uscsi_copyout);

/**
 * scsi_uscsi_free() - free a command from scsi_uscsi_alloc().
 * @uscmd: the command, with the kernel CDB and sense buffer
 *         scsi_uscsi_copyin() gave it; NULL is ignored.
 *
 * Description: frees the kernel CDB and sense buffer the helpers
 * allocated (never the caller's addresses), then the command.  A command
 * not from scsi_uscsi_alloc() is left alone with a warning.  Source:
 * illumos scsi_uscsi_free().
 *
 * Context: where kmem_free(9F) may be called: any.
 */
void scsi_uscsi_free(struct uscsi_cmd *uscmd)
{
	struct scsa_uscsi *u;

	if (!uscmd)
		return;
	u = scsa_uscsi_of(uscmd, "scsi_uscsi_free", _RET_IP_);
	if (!u)
		return;
	scsa_uscsi_release(u);
	u->magic = 0;
	kmem_free(u, sizeof(*u));
}
EXPORT_SYMBOL_GPL(scsi_uscsi_free);

/**
 * scsi_uscsi_copyout_and_free() - scsi_uscsi_copyout(), then scsi_uscsi_free().
 * @arg:   the caller's struct uscsi_cmd (as given to the copy-in).
 * @uscmd: the kernel command; freed in any case.
 *
 * Source: illumos scsi_uscsi_copyout_and_free() (sgen, st, ses).
 *
 * Context: as scsi_uscsi_copyout().
 * Return: scsi_uscsi_copyout()'s: 0, EFAULT, or EINVAL for a NULL or
 * foreign @uscmd (then nothing is freed).
 */
int scsi_uscsi_copyout_and_free(intptr_t arg, struct uscsi_cmd *uscmd)
{
	int err = scsi_uscsi_copyout(arg, uscmd);

	scsi_uscsi_free(uscmd);
	return err;
}
EXPORT_SYMBOL_GPL(scsi_uscsi_copyout_and_free);
