// SPDX-License-Identifier: GPL-2.0
/*
 * ktest_ctl.c - scsa_ktest: SCSA control and DDI cases (scsi_ifgetcap,
 * scsi_ifsetcap, scsi_abort, scsi_reset, mutex/cv, ddi_copyin/out,
 * bp_mapin/out).
 * Solaris side: SCSA and DDI interfaces only (see ktest_int.h); the
 * B_PAGEIO pages and the user memory of the copy tests are made with
 * Linux calls, as a block driver's glue would.
 */
#include "ktest_int.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/mman.h>
#include <linux/bvec.h>
#include <linux/highmem.h>

/* ---- scsi_ifgetcap / scsi_ifsetcap ---- */

static int kc_get(struct ktest_ctx *c, const char *cap, int whom)
{
	int v = scsi_ifgetcap(ROUTE(c), (char *)cap, whom);

	klog(c, "getcap %s whom %d: %d", cap, whom, v);
	return v;
}

static int kc_set(struct ktest_ctx *c, const char *cap, int value, int whom)
{
	int v = scsi_ifsetcap(ROUTE(c), (char *)cap, value, whom);

	klog(c, "setcap %s %d whom %d: %d", cap, value, whom, v);
	return v;
}

/*
 * cap [dma-max [max-cdb-length]]: every capability string answers as
 * documented; with arguments, dma-max and max-cdb-length equal what the
 * host was configured with ("-" skips one).
 */
static int t_cap(struct ktest_ctx *c, int argc, char **argv)
{
	static const char * const undefined[] = {
		"msg-out", "disconnect", "synchronous", "wide-xfer", "parity",
		"qfull-retries", "qfull-retry-interval", "tran-layer-retries",
		"no-such-capability", "DMA-MAX",
	};
	static const char * const fixed[] = {
		"dma-max", "max-cdb-length", "geometry", "dma-max-arch",
		"reset-notification",
	};
	int dma, cdb, gran, v, i, tagged, lunreset;
	unsigned long long hw;
	unsigned int want;

	dma = kc_get(c, "dma-max", 1);
	cdb = kc_get(c, "max-cdb-length", 1);
	gran = kc_get(c, "sector-size", 1);
	KCHECK(c, gran >= 512 && is_power_of_2(gran), "sector-size %d is a power of two >= 512", gran);
	KCHECK(c, dma > 0 && gran > 0 && dma % gran == 0,
	       "dma-max %d is a positive multiple of sector-size", dma);
	KCHECK(c, cdb >= 6 && cdb <= 32, "max-cdb-length %d in 6..32", cdb);
	if (argc > 0 && strcmp(argv[0], "-")) {
		/* bytes (whole KiB, as sysfs says it), at most 1 GiB */
		if (kstrtoull(argv[0], 0, &hw))
			return -EINVAL;
		hw = min_t(unsigned long long, hw, SZ_1G);
		KCHECK(c, rounddown(dma, 1024) == rounddown(hw, 1024),
		       "dma-max %d is %llu from the host (in KiB, at most 1 GiB)",
		       dma, hw);
	}
	if (argc > 1 && strcmp(argv[1], "-")) {
		if (kstrtouint(argv[1], 0, &want))
			return -EINVAL;
		KCHECK(c, cdb == want, "max-cdb-length %d == %u from the host", cdb, want);
	}
	KCHECK(c, kc_get(c, "dma_max", 1) == dma, "legacy \"dma_max\" is dma-max");
	KCHECK(c, kc_get(c, "dma-max", 0) == dma, "dma-max for all targets (whom 0) too");
	KCHECK(c, kc_get(c, "dma-max-arch", 1) == dma, "dma-max-arch == dma-max");
	KCHECK(c, kc_get(c, "auto-rqsense", 1) == 1, "auto-rqsense is on");
	KCHECK(c, kc_get(c, "untagged-qing", 1) == 1, "untagged-qing is on");
	KCHECK(c, kc_get(c, "linked-cmds", 1) == 0, "linked-cmds is off");
	tagged = kc_get(c, "tagged-qing", 1);
	KCHECK(c, tagged == 0 || tagged == 1, "tagged-qing is 0 or 1");
	v = kc_get(c, "scsi-version", 1);
	KCHECK(c, v >= 1 && v <= 3, "scsi-version %d in 1..3", v);
	v = kc_get(c, "interconnect-type", 1);
	KCHECK(c, v == -1 || (v >= INTERCONNECT_PARALLEL && v <= INTERCONNECT_SAS),
	       "interconnect-type %d is -1 or an INTERCONNECT_ value", v);
	v = kc_get(c, "initiator-id", 1);
	KCHECK(c, v >= -1, "initiator-id %d", v);
	for (i = 0; i < ARRAY_SIZE(undefined); i++)
		KCHECK(c, kc_get(c, undefined[i], 1) == -1 &&
		       kc_set(c, undefined[i], 1, 1) == -1,
		       "\"%s\" is undefined: getcap and setcap -1", undefined[i]);
	KCHECK(c, scsi_ifgetcap(ROUTE(c), NULL, 1) == -1 &&
	       scsi_ifsetcap(ROUTE(c), NULL, 1, 1) == -1, "NULL capability: -1");
	KCHECK(c, scsi_ifgetcap(NULL, "dma-max", 1) == -1 &&
	       scsi_ifsetcap(NULL, "dma-max", 1, 1) == -1, "NULL address: -1");
	/* whom == 0: per-target capabilities undefined, setting refused */
	KCHECK(c, kc_get(c, "sector-size", 0) == -1 &&
	       kc_get(c, "tagged-qing", 0) == -1,
	       "per-target capabilities with whom 0: -1");
	KCHECK(c, kc_set(c, "total-sectors", 1000, 0) == -1,
	       "setcap with whom 0 refused: -1");
	for (i = 0; i < ARRAY_SIZE(fixed); i++)
		KCHECK(c, kc_set(c, fixed[i], 4096, 1) == 0,
		       "\"%s\" cannot be set: 0", fixed[i]);
	KCHECK(c, kc_get(c, "dma-max", 1) == dma, "dma-max unchanged");
	KCHECK(c, kc_set(c, "auto-rqsense", 1, 1) == 1 &&
	       kc_set(c, "auto-rqsense", 0, 1) == 0,
	       "auto-rqsense: enabling 1, disabling 0 (always on)");
	KCHECK(c, kc_set(c, "tagged-qing", tagged, 1) == 1 &&
	       kc_set(c, "tagged-qing", !tagged, 1) == 0,
	       "tagged-qing: its own state 1, the other 0");

	/* total-sectors and geometry: remembered per LUN */
	KCHECK(c, kc_set(c, "total-sectors", 0, 1) == -1 &&
	       kc_set(c, "total-sectors", -5, 1) == -1, "total-sectors <= 0: -1");
	KCHECK(c, kc_set(c, "total-sectors", 1000000, 1) == 1 &&
	       kc_get(c, "total-sectors", 1) == 1000000,
	       "total-sectors set to 1000000 and read back");
	KCHECK(c, kc_get(c, "geometry", 1) == (64 << 16 | 32),
	       "geometry of 1000000 sectors: 64 heads, 32 sectors");
	KCHECK(c, kc_set(c, "total-sectors", 8000000, 1) == 1 &&
	       kc_get(c, "geometry", 1) == (255 << 16 | 63),
	       "geometry of 8000000 sectors: 255 heads, 63 sectors");

	/* sector-size: the DMA window granularity */
	KCHECK(c, kc_set(c, "sector-size", 1000, 1) == -1 &&
	       kc_set(c, "sector-size", 256, 1) == -1 &&
	       kc_get(c, "sector-size", 1) == gran,
	       "sector-size 1000 and 256 refused (-1), value unchanged");
	if (dma >= 4096 && gran <= 4096) {
		KCHECK(c, kc_set(c, "sector-size", 4096, 1) == 1 &&
		       kc_get(c, "sector-size", 1) == 4096,
		       "sector-size set to 4096 and read back");
		KCHECK(c, kc_get(c, "dma-max", 1) % 4096 == 0,
		       "dma-max is then a multiple of 4096");
		KCHECK(c, kc_set(c, "sector-size", 512, 1) == 1 &&
		       kc_get(c, "sector-size", 1) == gran,
		       "sector-size back to 512 (the device's block size %d)", gran);
	}

	/* lun-reset: created 0 where the host can reset a LUN */
	lunreset = kc_get(c, "lun-reset", 1);
	KCHECK(c, lunreset == 0 || lunreset == -1, "lun-reset starts at 0 (or -1)");
	if (lunreset == 0)
		KCHECK(c, kc_set(c, "lun-reset", 1, 1) == 1 &&
		       kc_get(c, "lun-reset", 1) == 1 &&
		       kc_set(c, "lun-reset", 0, 1) == 1 &&
		       kc_get(c, "lun-reset", 1) == 0,
		       "lun-reset enabled, then disabled again");
	return 0;
}

/* ---- scsi_abort / scsi_reset ---- */

static void kc_comp(struct scsi_pkt *pkt)
{
	complete((struct completion *)pkt->pkt_private);
}

/* An asynchronous TEST UNIT READY without a time limit. */
static struct scsi_pkt *kc_start(struct ktest_ctx *c, struct completion *done)
{
	struct scsi_pkt *pkt;
	int tran;

	pkt = scsi_init_pkt(ROUTE(c), NULL, NULL, CDB_GROUP0,
			    sizeof(struct scsi_arq_status), 0, 0, SLEEP_FUNC,
			    NULL);
	if (!pkt) {
		KCHECK(c, 0, "scsi_init_pkt");
		return NULL;
	}
	memset(pkt->pkt_cdbp, 0, CDB_GROUP0);
	pkt->pkt_cdbp[0] = SCMD_TEST_UNIT_READY;
	init_completion(done);
	pkt->pkt_private = (opaque_t)done;
	pkt->pkt_comp = kc_comp;
	pkt->pkt_time = 0;
	pkt->pkt_flags = 0;
	tran = scsi_transport(pkt);
	KCHECK(c, tran == TRAN_ACCEPT, "TEST UNIT READY accepted (%d)", tran);
	if (tran != TRAN_ACCEPT) {
		scsi_destroy_pkt(pkt);
		return NULL;
	}
	return pkt;
}

/* The packet (dropped by scsa_vhba) must not complete by itself. */
static bool kc_stuck(struct ktest_ctx *c, struct completion *done)
{
	bool stuck = !wait_for_completion_timeout(done, HZ);

	KCHECK(c, stuck, "the dropped command is still in transport after 1 s");
	return stuck;
}

/* Wait for completion after an abort or reset; destroy the packet. */
static bool kc_finish(struct ktest_ctx *c, struct scsi_pkt *pkt,
		      struct completion *done, int reason, uint_t stat,
		      uint_t notstat)
{
	bool ok = wait_for_completion_timeout(done, 60 * HZ);

	KCHECK(c, ok, "the packet completed");
	if (!ok)
		return false;	/* still in transport: cannot be freed */
	klog(c, "completed: reason %d (%s) state %#x statistics %#x",
	     pkt->pkt_reason, scsi_rname(pkt->pkt_reason), pkt->pkt_state,
	     pkt->pkt_statistics);
	KCHECK(c, pkt->pkt_reason == reason, "pkt_reason %s",
	       scsi_rname(reason));
	KCHECK(c, (pkt->pkt_statistics & stat) == stat,
	       "pkt_statistics has %#x", stat);
	KCHECK(c, !(pkt->pkt_statistics & (STAT_TIMEOUT | notstat)),
	       "no STAT_TIMEOUT, no %#x", notstat);
	scsi_destroy_pkt(pkt);
	return true;
}

/* The LUN still works: a polled TEST UNIT READY completes. */
static void kc_alive(struct ktest_ctx *c)
{
	static const uchar_t tur[CDB_GROUP0] = { SCMD_TEST_UNIT_READY };
	struct scsi_pkt *pkt;
	int tran;

	pkt = ktest_cmd(c, tur, CDB_GROUP0, NULL,
			sizeof(struct scsi_arq_status), 0, 30, &tran);
	KCHECK(c, pkt && tran == TRAN_ACCEPT && pkt->pkt_reason == CMD_CMPLT,
	       "the LUN still answers TEST UNIT READY");
	if (pkt)
		scsi_destroy_pkt(pkt);
}

/*
 * abort: with scsa_vhba's drop_next set to 1, a packet that never
 * completes by itself is aborted: CMD_ABORTED + STAT_ABORTED.
 */
static int t_abort(struct ktest_ctx *c, int argc, char **argv)
{
	struct completion done;
	struct scsi_pkt *pkt;
	int rv;

	pkt = kc_start(c, &done);
	if (!pkt || !kc_stuck(c, &done))
		goto out;
	rv = scsi_abort(ROUTE(c), pkt);
	KCHECK(c, rv == 1, "scsi_abort of the packet returns 1 (%d)", rv);
	if (!kc_finish(c, pkt, &done, CMD_ABORTED, STAT_ABORTED,
		       STAT_DEV_RESET | STAT_BUS_RESET))
		return 0;
	kc_alive(c);
	/* a completed packet is not in transport: nothing to abort */
	pkt = kc_start(c, &done);
	if (pkt) {
		KCHECK(c, wait_for_completion_timeout(&done, 30 * HZ),
		       "an ordinary packet completes");
		KCHECK(c, pkt->pkt_reason == CMD_CMPLT, "with CMD_CMPLT");
		rv = scsi_abort(ROUTE(c), pkt);
		KCHECK(c, rv == 0, "scsi_abort of a completed packet returns 0 (%d)", rv);
		scsi_destroy_pkt(pkt);
	}
	rv = scsi_abort(ROUTE(c), NULL);
	KCHECK(c, rv == 1, "scsi_abort(ap, NULL) with nothing in transport returns 1");
	KCHECK(c, scsi_abort(NULL, NULL) == 0, "scsi_abort without address returns 0");
	return 0;
out:
	if (pkt && completion_done(&done))
		scsi_destroy_pkt(pkt);
	return 0;
}

/*
 * abort_all: with drop_next set to 2, two packets in transport are both
 * aborted by scsi_abort(ap, NULL).
 */
static int t_abort_all(struct ktest_ctx *c, int argc, char **argv)
{
	struct completion d1, d2;
	struct scsi_pkt *p1, *p2;
	int rv;

	p1 = kc_start(c, &d1);
	p2 = p1 ? kc_start(c, &d2) : NULL;
	if (!p1 || !p2 || !kc_stuck(c, &d1) || !kc_stuck(c, &d2)) {
		if (p1 && completion_done(&d1))
			scsi_destroy_pkt(p1);
		if (p2 && completion_done(&d2))
			scsi_destroy_pkt(p2);
		return 0;
	}
	rv = scsi_abort(ROUTE(c), NULL);
	KCHECK(c, rv == 1, "scsi_abort(ap, NULL) returns 1 (%d)", rv);
	kc_finish(c, p1, &d1, CMD_ABORTED, STAT_ABORTED,
		  STAT_DEV_RESET | STAT_BUS_RESET);
	kc_finish(c, p2, &d2, CMD_ABORTED, STAT_ABORTED,
		  STAT_DEV_RESET | STAT_BUS_RESET);
	kc_alive(c);
	return 0;
}

/*
 * reset lun|target|all: with drop_next set to 1, a packet in transport is
 * ended by the reset with CMD_RESET and STAT_DEV_RESET (lun, target) or
 * STAT_BUS_RESET (all).  RESET_LUN first fails while "lun-reset" is 0.
 */
static int t_reset(struct ktest_ctx *c, int argc, char **argv)
{
	struct completion done;
	struct scsi_pkt *pkt;
	int level, rv;
	uint_t stat;

	if (argc < 1)
		return -EINVAL;
	if (!strcmp(argv[0], "lun"))
		level = RESET_LUN;
	else if (!strcmp(argv[0], "target"))
		level = RESET_TARGET;
	else if (!strcmp(argv[0], "all"))
		level = RESET_ALL;
	else
		return -EINVAL;
	stat = level == RESET_ALL ? STAT_BUS_RESET : STAT_DEV_RESET;

	pkt = kc_start(c, &done);
	if (!pkt)
		return 0;
	if (!kc_stuck(c, &done)) {
		scsi_destroy_pkt(pkt);
		return 0;
	}
	if (level == RESET_LUN) {
		KCHECK(c, scsi_ifsetcap(ROUTE(c), "lun-reset", 0, 1) == 1,
		       "lun-reset disabled");
		rv = scsi_reset(ROUTE(c), RESET_LUN);
		KCHECK(c, rv == 0, "RESET_LUN without lun-reset returns 0 (%d)", rv);
		KCHECK(c, !wait_for_completion_timeout(&done, HZ / 2),
		       "and the packet is left alone");
		KCHECK(c, scsi_ifsetcap(ROUTE(c), "lun-reset", 1, 1) == 1,
		       "lun-reset enabled");
	}
	rv = scsi_reset(ROUTE(c), level);
	KCHECK(c, rv == 1, "scsi_reset level %d returns 1 (%d)", level, rv);
	if (level == RESET_LUN)
		scsi_ifsetcap(ROUTE(c), "lun-reset", 0, 1);
	if (rv != 1) {
		/* not reset: end the packet some other way */
		scsi_abort(ROUTE(c), pkt);
		if (wait_for_completion_timeout(&done, 60 * HZ))
			scsi_destroy_pkt(pkt);
		return 0;
	}
	if (kc_finish(c, pkt, &done, CMD_RESET, stat,
		      stat ^ (STAT_DEV_RESET | STAT_BUS_RESET)))
		kc_alive(c);
	return 0;
}

struct kc_ctx_reset {
	struct ktest_ctx *c;
	int rv;
	struct completion done;
};

static void kc_reset_handler(void *arg)
{
	struct kc_ctx_reset *r = arg;

	r->rv = scsi_reset(ROUTE(r->c), RESET_TARGET);
	complete(&r->done);
}

/*
 * reset_ctx: where Linux cannot reset, scsi_reset() fails (0) and does not
 * pretend: from a timeout() handler (a kernel thread, no user process),
 * under a spin kmutex_t, and for an invalid level.  An adaptive kmutex_t
 * holder may block, so with one held in root's process it resets (1).
 */
static int t_reset_ctx(struct ktest_ctx *c, int argc, char **argv)
{
	struct kc_ctx_reset r = { .c = c, .rv = -7 };
	kmutex_t m;
	int rv;

	init_completion(&r.done);
	timeout(kc_reset_handler, &r, drv_usectohz(1000));
	KCHECK(c, wait_for_completion_timeout(&r.done, 30 * HZ),
	       "the timeout() handler ran");
	KCHECK(c, r.rv == 0, "scsi_reset from a timeout() handler returns 0 (%d)", r.rv);
	mutex_init(&m, NULL, MUTEX_DRIVER, NULL);
	mutex_enter(&m);
	rv = scsi_reset(ROUTE(c), RESET_TARGET);
	mutex_exit(&m);
	mutex_destroy(&m);
	KCHECK(c, rv == 1, "scsi_reset with an adaptive kmutex_t held returns 1 (%d)", rv);
	mutex_init(&m, NULL, MUTEX_DRIVER, DDI_INTR_PRI(12));
	mutex_enter(&m);
	rv = scsi_reset(ROUTE(c), RESET_TARGET);
	mutex_exit(&m);
	mutex_destroy(&m);
	KCHECK(c, rv == 0, "scsi_reset with a spin kmutex_t held returns 0 (%d)", rv);
	KCHECK(c, scsi_reset(ROUTE(c), 7) == 0, "scsi_reset level 7 returns 0");
	KCHECK(c, scsi_reset(NULL, RESET_ALL) == 0, "scsi_reset without address returns 0");
	return 0;
}

/* ---- DDI: kmutex_t, kcondvar_t, KM_NOSLEEP ---- */

struct kc_sync {
	kmutex_t mu;
	kcondvar_t cv;
	int flag, tried;
};

static void kc_signaller(void *arg)
{
	struct kc_sync *s = arg;

	s->tried = mutex_tryenter(&s->mu);
	if (!s->tried)
		mutex_enter(&s->mu);
	s->flag = 1;
	cv_signal(&s->cv);
	mutex_exit(&s->mu);
}

/*
 * ddi_sync: mutex_tryenter, mutex_owned, cv_timedwait (timeout -1,
 * signalled > 0, deadline passed -1 at once), KM_NOSLEEP with a kmutex_t
 * held.
 */
static int t_ddi_sync(struct ktest_ctx *c, int argc, char **argv)
{
	struct kc_sync *s = kmem_zalloc(sizeof(*s), KM_SLEEP);
	clock_t t0, t1, rv;
	void *p;

	mutex_init(&s->mu, NULL, MUTEX_DRIVER, NULL);
	cv_init(&s->cv, NULL, CV_DRIVER, NULL);

	KCHECK(c, !mutex_owned(&s->mu), "mutex_owned of a free mutex: 0");
	KCHECK(c, mutex_tryenter(&s->mu) == 1, "mutex_tryenter of a free mutex: 1");
	KCHECK(c, mutex_owned(&s->mu), "mutex_owned after mutex_tryenter: non-zero");
	KCHECK(c, mutex_tryenter(&s->mu) == 0, "mutex_tryenter of a held mutex: 0");
	p = kmem_alloc(64, KM_NOSLEEP);
	KCHECK(c, p != NULL, "KM_NOSLEEP allocation with a kmutex_t held");
	kmem_free(p, 64);
	mutex_exit(&s->mu);
	KCHECK(c, !mutex_owned(&s->mu), "mutex_owned after mutex_exit: 0");

	/* no signal: -1 at the deadline, not before */
	mutex_enter(&s->mu);
	t0 = ddi_get_lbolt();
	rv = cv_timedwait(&s->cv, &s->mu, t0 + drv_usectohz(200000));
	t1 = ddi_get_lbolt();
	KCHECK(c, rv == -1, "cv_timedwait without a signal returns -1 (%ld)", rv);
	KCHECK(c, t1 - t0 >= drv_usectohz(200000) - 1,
	       "after the deadline (%ld of %ld ticks)", t1 - t0,
	       drv_usectohz(200000));
	KCHECK(c, mutex_owned(&s->mu), "with the mutex held again");

	/* deadline already passed: -1 at once */
	rv = cv_timedwait(&s->cv, &s->mu, ddi_get_lbolt() - 1);
	KCHECK(c, rv == -1 && mutex_owned(&s->mu),
	       "cv_timedwait with a past deadline: -1, mutex held");

	/* signalled from a timeout() handler: > 0 before the deadline */
	s->flag = 0;
	timeout(kc_signaller, s, drv_usectohz(50000));
	t0 = ddi_get_lbolt();
	rv = 1;
	while (!s->flag && rv > 0)
		rv = cv_timedwait(&s->cv, &s->mu, t0 + drv_usectohz(10000000));
	t1 = ddi_get_lbolt();
	KCHECK(c, s->flag && rv > 0, "cv_timedwait woken by cv_signal returns > 0 (%ld)", rv);
	KCHECK(c, t1 - t0 < drv_usectohz(10000000), "before the deadline");
	mutex_exit(&s->mu);
	klog(c, "the handler's mutex_tryenter returned %d", s->tried);
	KCHECK(c, s->tried == 0 || s->tried == 1, "mutex_tryenter from the handler");

	cv_destroy(&s->cv);
	mutex_destroy(&s->mu);
	kmem_free(s, sizeof(*s));
	return 0;
}

/* ---- ddi_copyin / ddi_copyout ---- */

/* ddi_copy: FKIOCTL kernel copies, user copies, and faults (-1). */
static int t_ddi_copy(struct ktest_ctx *c, int argc, char **argv)
{
	char a[64], b[64];
	unsigned long ua;
	int i;

	for (i = 0; i < sizeof(a); i++)
		a[i] = i * 7 + 1;
	memset(b, 0, sizeof(b));
	KCHECK(c, ddi_copyin(a, b, sizeof(a), FKIOCTL) == 0 &&
	       !memcmp(a, b, sizeof(a)), "ddi_copyin with FKIOCTL copies kernel memory");
	memset(b, 0, sizeof(b));
	KCHECK(c, ddi_copyout(a, b, sizeof(a), FKIOCTL) == 0 &&
	       !memcmp(a, b, sizeof(a)), "ddi_copyout with FKIOCTL copies kernel memory");
	KCHECK(c, ddi_copyin(a, b, sizeof(a), 0) == -1,
	       "ddi_copyin of a kernel address without FKIOCTL: -1");
	KCHECK(c, ddi_copyout(a, b, sizeof(a), 0) == -1,
	       "ddi_copyout to a kernel address without FKIOCTL: -1");
	KCHECK(c, ddi_copyin(NULL, b, sizeof(b), FKIOCTL) == -1,
	       "ddi_copyin from NULL: -1");

	/* user memory of the process that started the test */
	ua = ktest_user_page(c);
	if (!ua)
		return 0;
	memset(b, 0, sizeof(b));
	KCHECK(c, ddi_copyout(a, (void *)ua, sizeof(a), 0) == 0,
	       "ddi_copyout to user memory: 0");
	KCHECK(c, ddi_copyin((void *)ua, b, sizeof(b), 0) == 0 &&
	       !memcmp(a, b, sizeof(a)), "ddi_copyin from user memory reads it back");
	vm_munmap(ua, PAGE_SIZE);
	KCHECK(c, ddi_copyin((void *)ua, b, sizeof(b), 0) == -1,
	       "ddi_copyin from unmapped user memory: -1");
	KCHECK(c, ddi_copyout(a, (void *)ua, sizeof(a), 0) == -1,
	       "ddi_copyout to unmapped user memory: -1");
	return 0;
}

/* ---- bp_mapin / bp_mapout ---- */

#define KC_NPG	3

static unsigned char kc_byte(size_t i)
{
	return (i * 31 + 5) & 0xff;
}

/* @bp's B_PAGEIO data through the bio_vecs: matches kc_byte(i + @bias)? */
static bool kc_pages_hold(struct buf *bp, int bias)
{
	size_t pos = 0;
	unsigned int i, j;

	for (i = 0; i < bp->b_npages; i++) {
		struct bio_vec *bv = &bp->b_pages[i];
		unsigned char *p = page_address(bv->bv_page) + bv->bv_offset;

		for (j = 0; j < bv->bv_len; j++, pos++)
			if (p[j] != kc_byte(pos + bias))
				return false;
	}
	return true;
}

static void kc_map_one(struct ktest_ctx *c, struct page **pg,
		       const unsigned int (*lay)[2], unsigned int n,
		       const char *what)
{
	struct bio_vec bv[KC_NPG];
	struct buf *bp = getrbuf(KM_SLEEP);
	unsigned char *va;
	size_t pos = 0, len = 0;
	unsigned int i, j;
	bool ok = true;

	for (i = 0; i < n; i++) {
		bv[i].bv_page = pg[i];
		bv[i].bv_offset = lay[i][0];
		bv[i].bv_len = lay[i][1];
		len += lay[i][1];
		for (j = 0; j < lay[i][1]; j++, pos++)
			((unsigned char *)page_address(pg[i]))[lay[i][0] + j] = kc_byte(pos);
	}
	bp->b_flags = B_PAGEIO | B_READ;
	bp->b_pages = bv;
	bp->b_npages = n;
	bp->b_bcount = len;
	bp_mapin(bp);
	va = (unsigned char *)bp->b_un.b_addr;
	KCHECK(c, va && (bp->b_flags & B_REMAPPED),
	       "%s: bp_mapin gives an address, B_REMAPPED", what);
	if (va) {
		for (pos = 0; pos < len; pos++)
			if (va[pos] != kc_byte(pos))
				ok = false;
		KCHECK(c, ok, "%s: the %zu bytes read through the mapping", what, len);
		for (pos = 0; pos < len; pos++)
			va[pos] = kc_byte(pos + 1);
	}
	bp_mapout(bp);
	KCHECK(c, !bp->b_un.b_addr && !(bp->b_flags & B_REMAPPED),
	       "%s: bp_mapout clears the address and B_REMAPPED", what);
	KCHECK(c, kc_pages_hold(bp, 1),
	       "%s: what was written through the mapping is in the pages", what);
	freerbuf(bp);
}

/* bp_mapin: B_PAGEIO bufs mapped (tiled pages, and a scattered layout). */
static int t_bp_mapin(struct ktest_ctx *c, int argc, char **argv)
{
	static const unsigned int tiled[KC_NPG][2] = {
		{ 512, PAGE_SIZE - 512 }, { 0, PAGE_SIZE }, { 0, 1024 },
	};
	static const unsigned int scattered[KC_NPG][2] = {
		{ 0, 512 }, { 1024, 512 }, { 100, 300 },
	};
	struct page *pg[KC_NPG] = { };
	struct buf *bp;
	char data[16] = "not remapped";
	unsigned int i;

	for (i = 0; i < KC_NPG; i++) {
		pg[i] = alloc_page(GFP_KERNEL);
		if (!pg[i]) {
			KCHECK(c, 0, "alloc_page");
			goto out;
		}
	}
	kc_map_one(c, pg, tiled, KC_NPG, "tiled pages (vmap)");
	kc_map_one(c, pg, scattered, KC_NPG, "scattered pieces (copy)");

	/* a buf with a kernel address is left alone */
	bp = getrbuf(KM_SLEEP);
	bp->b_un.b_addr = data;
	bp->b_bcount = sizeof(data);
	bp_mapin(bp);
	KCHECK(c, bp->b_un.b_addr == data && !(bp->b_flags & B_REMAPPED),
	       "bp_mapin of a mapped buf changes nothing");
	bp_mapout(bp);
	KCHECK(c, bp->b_un.b_addr == data, "bp_mapout of it changes nothing");
	freerbuf(bp);
out:
	for (i = 0; i < KC_NPG; i++)
		if (pg[i])
			__free_page(pg[i]);
	return 0;
}

const struct ktest_case ktest_ctl_cases[] = {
	{ "cap", t_cap },
	{ "abort", t_abort },
	{ "abort_all", t_abort_all },
	{ "reset", t_reset },
	{ "reset_ctx", t_reset_ctx },
	{ "ddi_sync", t_ddi_sync },
	{ "ddi_copy", t_ddi_copy },
	{ "bp_mapin", t_bp_mapin },
	{ }
};
