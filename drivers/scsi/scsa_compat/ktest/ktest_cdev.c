// SPDX-License-Identifier: GPL-2.0
/*
 * ktest_cdev.c - scsa_ktest: character device cases (issue 6).
 *
 *   cdev     ddi_create_minor_node() refuses every bad argument with
 *            DDI_FAILURE (and no node), then makes the node "ktest"
 *            (minor 100 + instance, DDI_PSEUDO): a 256-byte RAM file
 *            whose cb_read/cb_write use uiomove(9F), with two ioctls
 *            (below); duplicate names and minors are refused;
 *            ddi_remove_minor_node() of unknown names and NULL is a no-op
 *   cdev_rm  removes it again
 *   uio      uiomove(9F), physio(9F) (a counting strategy routine),
 *            minphys(9F), aphysio(9F), anocancel(9F), drv_priv(9F): the
 *            documented results, bad arguments included
 *
 * The node's ioctls: KT_IOC_MODE returns (as *rvalp) the mode cb_ioctl
 * got, KT_IOC_OFLAG the flag of the last cb_open, KT_IOC_CLOSES how many
 * times cb_close ran (the last close of the node only).
 * Solaris side: DDI interfaces only; the user memory of the physio and
 * uiomove cases is made with ktest_user_page(), as in ktest_ctl.c.
 */
#include "ktest_int.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/mman.h>
#include <linux/sched.h>
#include <sys/conf.h>
#include <sys/uio.h>
#include <sys/cred.h>
#include <sys/aio_req.h>

#define KT_MEM		256
#define KT_MINOR0	100
#define KT_IOC_MODE	0x6b01
#define KT_IOC_OFLAG	0x6b02
#define KT_IOC_CLOSES	0x6b03

/* one RAM file for all instances: the tests use one node at a time */
static char kt_mem[KT_MEM];
static int kt_oflag, kt_closes;

static int kt_open(dev_t *devp, int flag, int otyp, cred_t *credp)
{
	if (otyp != OTYP_CHR)
		return EINVAL;
	kt_oflag = flag;
	return 0;
}

static int kt_close(dev_t dev, int flag, int otyp, cred_t *credp)
{
	kt_closes++;
	return 0;
}

static int kt_rw(struct uio *uio, enum uio_rw rw)
{
	offset_t off = uio->uio_loffset;
	size_t n;

	if (off < 0)
		return EINVAL;
	if (off >= KT_MEM)
		return rw == UIO_READ ? 0 : ENOSPC;
	n = KT_MEM - off;
	if (n > (size_t)uio->uio_resid)
		n = uio->uio_resid;
	return uiomove(kt_mem + off, n, rw, uio);
}

static int kt_read(dev_t dev, struct uio *uio, cred_t *credp)
{
	return kt_rw(uio, UIO_READ);
}

static int kt_write(dev_t dev, struct uio *uio, cred_t *credp)
{
	return kt_rw(uio, UIO_WRITE);
}

static int kt_ioctl(dev_t dev, int cmd, intptr_t arg, int mode,
		    cred_t *credp, int *rvalp)
{
	switch (cmd) {
	case KT_IOC_MODE:
		*rvalp = mode;
		return 0;
	case KT_IOC_OFLAG:
		*rvalp = kt_oflag;
		return 0;
	case KT_IOC_CLOSES:
		*rvalp = kt_closes;
		return 0;
	default:
		return ENOTTY;
	}
}

struct cb_ops ktest_cb_ops = {
	.cb_open	= kt_open,
	.cb_close	= kt_close,
	.cb_read	= kt_read,
	.cb_write	= kt_write,
	.cb_ioctl	= kt_ioctl,
	.cb_flag	= D_MP | D_NEW,
	.cb_rev		= CB_REV,
};

/* cdev: bad arguments refused, then the node "ktest" */
static int t_cdev(struct ktest_ctx *c, int argc, char **argv)
{
	dev_info_t *dip = c->un->dip;
	minor_t mn = KT_MINOR0 + ddi_get_instance(dip);
	char longname[80];

	memset(longname, 'x', sizeof(longname) - 1);
	longname[sizeof(longname) - 1] = '\0';
	KCHECK(c, ddi_create_minor_node(NULL, "ktest", S_IFCHR, mn,
					DDI_PSEUDO, 0) == DDI_FAILURE,
	       "NULL dip: DDI_FAILURE");
	KCHECK(c, ddi_create_minor_node(dip, NULL, S_IFCHR, mn, DDI_PSEUDO,
					0) == DDI_FAILURE,
	       "NULL name: DDI_FAILURE");
	KCHECK(c, ddi_create_minor_node(dip, "", S_IFCHR, mn, DDI_PSEUDO,
					0) == DDI_FAILURE,
	       "empty name: DDI_FAILURE");
	KCHECK(c, ddi_create_minor_node(dip, "a/b", S_IFCHR, mn, DDI_PSEUDO,
					0) == DDI_FAILURE,
	       "name with '/': DDI_FAILURE");
	KCHECK(c, ddi_create_minor_node(dip, longname, S_IFCHR, mn,
					DDI_PSEUDO, 0) == DDI_FAILURE,
	       "name of 79 characters: DDI_FAILURE");
	KCHECK(c, ddi_create_minor_node(dip, "ktest", S_IFBLK, mn,
					DDI_PSEUDO, 0) == DDI_FAILURE,
	       "S_IFBLK: DDI_FAILURE");
	KCHECK(c, ddi_create_minor_node(dip, "ktest", 0, mn, DDI_PSEUDO, 0) ==
	       DDI_FAILURE, "spec_type 0: DDI_FAILURE");
	KCHECK(c, ddi_create_minor_node(dip, "ktest", S_IFCHR, mn, DDI_PSEUDO,
					CLONE_DEV) == DDI_FAILURE,
	       "CLONE_DEV: DDI_FAILURE");
	KCHECK(c, ddi_create_minor_node(dip, "ktest", S_IFCHR, mn, DDI_PSEUDO,
					0x100) == DDI_FAILURE,
	       "unknown flag 0x100: DDI_FAILURE");
	KCHECK(c, ddi_create_minor_node(dip, "ktest", S_IFCHR, 1U << 20,
					DDI_PSEUDO, 0) == DDI_FAILURE,
	       "minor 2^20: DDI_FAILURE");

	memset(kt_mem, 0, sizeof(kt_mem));
	snprintf(kt_mem, sizeof(kt_mem), "scsa_ktest %s\n", c->un->name);
	KCHECK(c, ddi_create_minor_node(dip, "ktest", S_IFCHR, mn, DDI_PSEUDO,
					PRIVONLY_DEV) == DDI_SUCCESS,
	       "node \"ktest\", minor %u: DDI_SUCCESS", mn);
	KCHECK(c, ddi_create_minor_node(dip, "ktest", S_IFCHR, mn + 1,
					DDI_PSEUDO, 0) == DDI_FAILURE,
	       "the same name again: DDI_FAILURE");
	KCHECK(c, ddi_create_minor_node(dip, "ktest2", S_IFCHR, mn,
					DDI_PSEUDO, 0) == DDI_FAILURE,
	       "the same minor again: DDI_FAILURE");
	ddi_remove_minor_node(dip, "no-such-node");
	ddi_remove_minor_node(NULL, NULL);
	klog(c, "removing an unknown name and a NULL dip: no effect");
	return 0;
}

static int t_cdev_rm(struct ktest_ctx *c, int argc, char **argv)
{
	ddi_remove_minor_node(c->un->dip, "ktest");
	klog(c, "removed \"ktest\"");
	return 0;
}

/* ---- uio: uiomove, physio, minphys, aphysio, drv_priv ---- */

static int kt_calls, kt_fail_at;
static bool kt_flags_ok;
static size_t kt_sizes[8];

/* a strategy routine: counts, checks the buf, moves nothing */
static int kt_strategy(struct buf *bp)
{
	bool user = bp->b_flags & B_PHYS;

	if (kt_calls < (int)ARRAY_SIZE(kt_sizes))
		kt_sizes[kt_calls] = bp->b_bcount;
	kt_calls++;
	if (!(bp->b_flags & B_BUSY) || !(bp->b_flags & B_READ) ||
	    bp->b_edev != makedevice(7, 9) ||
	    (user && (!(bp->b_flags & B_SHADOW) || !bp->b_pages ||
		      bp->b_proc != get_current())) ||
	    (!user && bp->b_pages))
		kt_flags_ok = false;
	bp->b_resid = 0;
	if (kt_calls == kt_fail_at) {
		bioerror(bp, EIO);
		bp->b_resid = bp->b_bcount;
	}
	biodone(bp);
	return 0;
}

static void kt_mincnt(struct buf *bp)
{
	if (bp->b_bcount > 4096)
		bp->b_bcount = 4096;
}

static void kt_mincnt_zero(struct buf *bp)
{
	bp->b_bcount = 0;
}

static void kt_uio_init(struct uio *uio, iovec_t *iov, int n, uio_seg_t seg,
			offset_t off)
{
	int i;

	memset(uio, 0, sizeof(*uio));
	uio->uio_iov = iov;
	uio->uio_iovcnt = n;
	uio->uio_segflg = seg;
	uio->uio_loffset = off;
	for (i = 0; i < n; i++)
		uio->uio_resid += iov[i].iov_len;
}

static int t_uio(struct ktest_ctx *c, int argc, char **argv)
{
	char src[32], a[8], b[16], *big;
	const size_t bigsz = 10000;
	iovec_t iov[2];
	struct uio uio;
	struct buf *bp;
	unsigned long ua;
	int i, rv;

	for (i = 0; i < (int)sizeof(src); i++)
		src[i] = 'A' + i;

	/* uiomove, kernel iovecs */
	iov[0].iov_base = a;
	iov[0].iov_len = sizeof(a);
	iov[1].iov_base = b;
	iov[1].iov_len = sizeof(b);
	kt_uio_init(&uio, iov, 2, UIO_SYSSPACE, 1000);
	rv = uiomove(src, 12, UIO_READ, &uio);
	KCHECK(c, rv == 0 && !memcmp(a, src, 8) && !memcmp(b, src + 8, 4),
	       "uiomove UIO_READ of 12 bytes fills iovec 0 and 4 bytes of 1");
	KCHECK(c, uio.uio_resid == 12 && uio.uio_loffset == 1012 &&
	       uio.uio_iov == &iov[1] && uio.uio_iovcnt == 1 &&
	       iov[1].iov_len == 12,
	       "... and advances uio_iov, uio_resid (12), uio_loffset (1012)");
	rv = uiomove(src, sizeof(src), UIO_READ, &uio);
	KCHECK(c, rv == 0 && uio.uio_resid == 0 && !memcmp(b + 4, src, 12),
	       "uiomove of more than uio_resid copies uio_resid bytes");
	iov[0].iov_base = a;
	iov[0].iov_len = sizeof(a);
	memcpy(a, "abcdefgh", 8);
	kt_uio_init(&uio, iov, 1, UIO_SYSSPACE, 0);
	memset(src, 0, sizeof(src));
	rv = uiomove(src, 8, UIO_WRITE, &uio);
	KCHECK(c, rv == 0 && !memcmp(src, "abcdefgh", 8),
	       "uiomove UIO_WRITE copies from the iovec");
	kt_uio_init(&uio, iov, 1, UIO_SYSSPACE, 0);
	KCHECK(c, uiomove(src, 8, (enum uio_rw)7, &uio) == EINVAL,
	       "uiomove with an unknown rwflag: EINVAL");
	kt_uio_init(&uio, iov, 1, (uio_seg_t)9, 0);
	KCHECK(c, uiomove(src, 8, UIO_READ, &uio) == EINVAL,
	       "uiomove with an unknown uio_segflg: EINVAL");
	KCHECK(c, uiomove(src, 8, UIO_READ, NULL) == EFAULT,
	       "uiomove with a NULL uio: EFAULT");

	/* uiomove, user iovecs of the process that runs the test */
	ua = ktest_user_page(c);
	if (!ua)
		return 0;
	iov[0].iov_base = (void *)ua;
	iov[0].iov_len = 16;
	kt_uio_init(&uio, iov, 1, UIO_USERSPACE, 0);
	memcpy(src, "0123456789abcdef", 16);
	KCHECK(c, uiomove(src, 16, UIO_READ, &uio) == 0 && uio.uio_resid == 0,
	       "uiomove UIO_READ to user memory");
	iov[0].iov_base = (void *)ua;
	iov[0].iov_len = 16;
	kt_uio_init(&uio, iov, 1, UIO_USERSPACE, 0);
	memset(src, 0, sizeof(src));
	KCHECK(c, uiomove(src, 16, UIO_WRITE, &uio) == 0 &&
	       !memcmp(src, "0123456789abcdef", 16),
	       "uiomove UIO_WRITE from user memory reads it back");

	/* physio: user memory, split by mincnt, B_PHYS | B_SHADOW bufs */
	kt_calls = 0;
	kt_fail_at = 0;
	kt_flags_ok = true;
	iov[0].iov_base = (void *)ua;
	iov[0].iov_len = PAGE_SIZE;
	kt_uio_init(&uio, iov, 1, UIO_USERSPACE, 4096);
	rv = physio(kt_strategy, NULL, makedevice(7, 9), B_READ, NULL, &uio);
	KCHECK(c, rv == 0 && kt_calls == 1 && kt_flags_ok &&
	       uio.uio_resid == 0 && uio.uio_loffset == 4096 + PAGE_SIZE,
	       "physio of a user page: one B_PHYS|B_SHADOW buf of the caller (%d calls, flags %s)",
	       kt_calls, kt_flags_ok ? "ok" : "wrong");
	vm_munmap(ua, PAGE_SIZE);
	iov[0].iov_base = (void *)ua;
	iov[0].iov_len = PAGE_SIZE;
	kt_uio_init(&uio, iov, 1, UIO_USERSPACE, 0);
	kt_calls = 0;
	rv = physio(kt_strategy, NULL, makedevice(7, 9), B_READ, NULL, &uio);
	KCHECK(c, rv == EFAULT && kt_calls == 0 && uio.uio_resid == PAGE_SIZE,
	       "physio of unmapped user memory: EFAULT, no strategy call (%d)",
	       rv);

	/* physio: kernel memory, mincnt 4096 */
	big = kmem_zalloc(bigsz, KM_SLEEP);
	iov[0].iov_base = big;
	iov[0].iov_len = bigsz;
	kt_uio_init(&uio, iov, 1, UIO_SYSSPACE, 0);
	kt_calls = 0;
	kt_flags_ok = true;
	rv = physio(kt_strategy, NULL, makedevice(7, 9), B_READ, kt_mincnt,
		    &uio);
	KCHECK(c, rv == 0 && kt_calls == 3 && kt_sizes[0] == 4096 &&
	       kt_sizes[1] == 4096 && kt_sizes[2] == bigsz - 8192 &&
	       kt_flags_ok && uio.uio_resid == 0,
	       "physio of 10000 bytes with mincnt 4096: bufs of 4096, 4096, 1808 (%d calls)",
	       kt_calls);
	iov[0].iov_base = big;
	iov[0].iov_len = bigsz;
	kt_uio_init(&uio, iov, 1, UIO_SYSSPACE, 0);
	kt_calls = 0;
	kt_fail_at = 2;
	bp = getrbuf(KM_SLEEP);
	rv = physio(kt_strategy, bp, makedevice(7, 9), B_READ, kt_mincnt, &uio);
	KCHECK(c, rv == EIO && kt_calls == 2 &&
	       uio.uio_resid == bigsz - 4096,
	       "physio with the second buf failing (the caller's buf): EIO, 4096 bytes done");
	freerbuf(bp);
	kt_fail_at = 0;
	iov[0].iov_base = big;
	iov[0].iov_len = bigsz;
	kt_uio_init(&uio, iov, 1, UIO_SYSSPACE, 0);
	KCHECK(c, physio(kt_strategy, NULL, 0, B_READ, kt_mincnt_zero, &uio) ==
	       EINVAL, "physio with a mincnt leaving 0 bytes: EINVAL");
	KCHECK(c, physio(NULL, NULL, 0, B_READ, NULL, &uio) == EINVAL,
	       "physio without a strategy routine: EINVAL");
	KCHECK(c, physio(kt_strategy, NULL, 0, B_READ, NULL, NULL) == EINVAL,
	       "physio without a uio: EINVAL");
	kt_uio_init(&uio, iov, 1, (uio_seg_t)9, 0);
	KCHECK(c, physio(kt_strategy, NULL, 0, B_READ, NULL, &uio) == EINVAL,
	       "physio with an unknown uio_segflg: EINVAL");
	kmem_free(big, bigsz);

	/* minphys, aphysio, anocancel, drv_priv */
	bp = getrbuf(KM_SLEEP);
	bp->b_bcount = 8 * 1024 * 1024;
	minphys(bp);
	KCHECK(c, bp->b_bcount == SCSA_MAXPHYS, "minphys lowers 8 MiB to %d",
	       SCSA_MAXPHYS);
	bp->b_bcount = 512;
	minphys(bp);
	KCHECK(c, bp->b_bcount == 512, "minphys keeps 512");
	freerbuf(bp);
	KCHECK(c, aphysio(kt_strategy, anocancel, 0, B_READ, minphys, NULL) ==
	       ENOTSUP, "aphysio: ENOTSUP");
	KCHECK(c, anocancel(NULL) == ENXIO, "anocancel: ENXIO");
	KCHECK(c, drv_priv(NULL) == EPERM, "drv_priv(NULL): EPERM");
	KCHECK(c, drv_priv((cred_t *)current_cred()) == 0,
	       "drv_priv of the (root) caller: 0");
	return 0;
}

const struct ktest_case ktest_cdev_cases[] = {
	{ "cdev", t_cdev },
	{ "cdev_rm", t_cdev_rm },
	{ "uio", t_uio },
	{ }
};
