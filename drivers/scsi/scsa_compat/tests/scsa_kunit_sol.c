// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: transfer status -> pkt_reason/pkt_state/pkt_statistics and auto
 * request sense (core/scsa_transport.c), and the runout callback list
 * (core/scsa_callback.c).  Solaris-side translation unit.
 */
#include "../core/scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <kunit/test.h>
#include <linux/slab.h>

static struct scsa_pkt *fake_pkt(struct kunit *test, int scblen, bool xarq)
{
	struct scsa_pkt *sp = kunit_kzalloc(test, sizeof(*sp), GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, sp);
	sp->magic = SCSA_PKT_MAGIC;
	sp->pkt.pkt_scblen = scblen;
	sp->pkt.pkt_scbp = scblen ? kunit_kzalloc(test, scblen, GFP_KERNEL) :
				    NULL;
	sp->xarq = xarq;
	sp->xfer.len = 4096;
	return sp;
}

static void result_good(struct kunit *test)
{
	struct scsa_pkt *sp = fake_pkt(test, 1, false);

	sp->xfer.xs = SCSA_XS_OK;
	sp->xfer.status = STATUS_GOOD;
	sp->xfer.resid = 512;
	scsa_pkt_result(sp);
	KUNIT_EXPECT_EQ(test, sp->pkt.pkt_reason, CMD_CMPLT);
	KUNIT_EXPECT_EQ(test, sp->pkt.pkt_state,
			(uint_t)(STATE_GOT_BUS | STATE_GOT_TARGET |
				 STATE_SENT_CMD | STATE_GOT_STATUS |
				 STATE_XFERRED_DATA));
	KUNIT_EXPECT_EQ(test, sp->pkt.pkt_resid, 512);
	KUNIT_EXPECT_EQ(test, sp->pkt.pkt_scbp[0], STATUS_GOOD);
	/* nothing moved: no STATE_XFERRED_DATA */
	sp->xfer.resid = 4096;
	scsa_pkt_result(sp);
	KUNIT_EXPECT_FALSE(test, sp->pkt.pkt_state & STATE_XFERRED_DATA);
}

static void result_arq(struct kunit *test)
{
	struct scsa_pkt *sp = fake_pkt(test, sizeof(struct scsi_arq_status),
				       false);
	struct scsi_arq_status *arq = (void *)sp->pkt.pkt_scbp;
	int key, cls;

	sp->xfer.xs = SCSA_XS_OK;
	sp->xfer.status = STATUS_CHECK;
	sp->xfer.resid = 4096;
	sp->xfer.sense_len = 18;
	sp->xfer.sense[0] = 0x70;
	sp->xfer.sense[2] = KEY_MEDIUM_ERROR;
	sp->xfer.sense[12] = 0x11;
	scsa_pkt_result(sp);
	KUNIT_EXPECT_EQ(test, sp->pkt.pkt_reason, CMD_CMPLT);
	KUNIT_EXPECT_EQ(test, sp->pkt.pkt_scbp[0] & STATUS_MASK, STATUS_CHECK);
	KUNIT_EXPECT_TRUE(test, sp->pkt.pkt_state & STATE_ARQ_DONE);
	KUNIT_EXPECT_FALSE(test, sp->pkt.pkt_state & STATE_XARQ_DONE);
	/* bit-fields: copy out (KUnit's macros use typeof) */
	key = arq->sts_sensedata.es_key;
	cls = arq->sts_sensedata.es_class;
	KUNIT_EXPECT_EQ(test, key, KEY_MEDIUM_ERROR);
	KUNIT_EXPECT_EQ(test, arq->sts_sensedata.es_add_code, 0x11);
	KUNIT_EXPECT_EQ(test, cls, 7);
	KUNIT_EXPECT_EQ(test, arq->sts_rqpkt_resid, SENSE_LENGTH - 18);
	KUNIT_EXPECT_EQ(test, arq->sts_rqpkt_reason, CMD_CMPLT);
	KUNIT_EXPECT_EQ(test, offsetof(struct scsi_arq_status, sts_sensedata),
			(size_t)12);
	KUNIT_EXPECT_EQ(test, sizeof(struct scsi_arq_status), (size_t)32);
}

static void result_xarq(struct kunit *test)
{
	struct scsa_pkt *sp = fake_pkt(test,
				       sizeof(struct scsi_arq_status) + 235,
				       true);
	struct scsi_arq_status *arq = (void *)sp->pkt.pkt_scbp;

	sp->xfer.xs = SCSA_XS_OK;
	sp->xfer.status = STATUS_CHECK;
	sp->xfer.sense_len = 96;
	sp->xfer.sense[0] = 0x70;
	sp->xfer.sense[95] = 0xab;
	scsa_pkt_result(sp);
	KUNIT_EXPECT_TRUE(test, sp->pkt.pkt_state & STATE_XARQ_DONE);
	/* 255 requested, the 96 Linux keeps arrived */
	KUNIT_EXPECT_EQ(test, arq->sts_rqpkt_resid, 255 - 96);
	KUNIT_EXPECT_EQ(test, sp->pkt.pkt_scbp[12 + 95], 0xab);
	/* status byte only: no ARQ */
	sp = fake_pkt(test, 1, false);
	sp->xfer.xs = SCSA_XS_OK;
	sp->xfer.status = STATUS_CHECK;
	sp->xfer.sense_len = 18;
	scsa_pkt_result(sp);
	KUNIT_EXPECT_FALSE(test, sp->pkt.pkt_state & STATE_ARQ_DONE);
	KUNIT_EXPECT_EQ(test, sp->pkt.pkt_scbp[0], STATUS_CHECK);
}

static void result_failures(struct kunit *test)
{
	static const struct { u8 xs, reason; uint_t stat; } t[] = {
		{ SCSA_XS_TIMEOUT, CMD_TIMEOUT, STAT_TIMEOUT | STAT_ABORTED },
		{ SCSA_XS_ABORTED, CMD_ABORTED, STAT_ABORTED },
		{ SCSA_XS_RESET, CMD_RESET, STAT_DEV_RESET },
		{ SCSA_XS_DEV_GONE, CMD_DEV_GONE, 0 },
		{ SCSA_XS_TRAN_ERR, CMD_TRAN_ERR, 0 },
	};
	int i;

	for (i = 0; i < ARRAY_SIZE(t); i++) {
		struct scsa_pkt *sp = fake_pkt(test, 32, false);

		sp->xfer.xs = t[i].xs;
		sp->xfer.resid = 4096;
		sp->xfer.sense_len = 18;	/* ignored unless the target answered */
		scsa_pkt_result(sp);
		KUNIT_EXPECT_EQ(test, sp->pkt.pkt_reason, t[i].reason);
		KUNIT_EXPECT_EQ(test, sp->pkt.pkt_statistics, t[i].stat);
		KUNIT_EXPECT_FALSE(test, sp->pkt.pkt_state &
				   (STATE_ARQ_DONE | STATE_XFERRED_DATA));
		KUNIT_EXPECT_EQ(test, sp->pkt.pkt_resid, 4096);
	}
}

/* ---- runout callback list ---- */

static char cb_log[64];
static int cb_n;
static int cb_zero_left;

static int cb_rec(caddr_t arg)
{
	if (cb_n < sizeof(cb_log) - 1)
		cb_log[cb_n++] = *(char *)arg;
	if (*(char *)arg == 'Z' && cb_zero_left > 0) {
		cb_zero_left--;
		return 0;
	}
	return 1;
}

static void cb_reset(void)
{
	memset(cb_log, 0, sizeof(cb_log));
	cb_n = 0;
}

static void callbacks_fifo_coalesced(struct kunit *test)
{
	static char a = 'A', b = 'B', c = 'C';

	cb_reset();
	scsa_cb_register(cb_rec, &a, SCSA_CB_ARG, NULL,
			 scsa_res_gen());
	scsa_cb_register(cb_rec, &b, SCSA_CB_ARG, NULL,
			 scsa_res_gen());
	scsa_cb_register(cb_rec, &a, SCSA_CB_ARG, NULL,
			 scsa_res_gen());	/* counted, not queued */
	scsa_cb_register(cb_rec, &c, SCSA_CB_ARG, NULL,
			 scsa_res_gen());
	scsa_cb_kick();
	scsa_cb_flush();
	/* A (twice: its count), then B, then C: first-come order */
	KUNIT_EXPECT_STREQ(test, cb_log, "AABC");
	/* the list is empty now: another run calls nothing */
	cb_reset();
	scsa_cb_kick();
	scsa_cb_flush();
	KUNIT_EXPECT_STREQ(test, cb_log, "");
}

static void callbacks_zero_requeues(struct kunit *test)
{
	static char z = 'Z', b = 'B';

	cb_reset();
	cb_zero_left = 1;
	scsa_cb_register(cb_rec, &z, SCSA_CB_ARG, NULL,
			 scsa_res_gen());
	scsa_cb_register(cb_rec, &b, SCSA_CB_ARG, NULL,
			 scsa_res_gen());
	scsa_cb_kick();
	scsa_cb_flush();
	/* Z returned 0: back to the tail, B runs, Z is retried next run */
	KUNIT_EXPECT_STREQ(test, cb_log, "ZB");
	scsa_cb_kick();
	scsa_cb_flush();
	KUNIT_EXPECT_STREQ(test, cb_log, "ZBZ");
	scsa_cb_kick();
	scsa_cb_flush();
	KUNIT_EXPECT_STREQ(test, cb_log, "ZBZ");
}

static struct kunit_case scsa_sol_cases[] = {
	KUNIT_CASE(result_good),
	KUNIT_CASE(result_arq),
	KUNIT_CASE(result_xarq),
	KUNIT_CASE(result_failures),
	KUNIT_CASE(callbacks_fifo_coalesced),
	KUNIT_CASE(callbacks_zero_requeues),
	{}
};

/*
 * KUnit runs these while scsa_compat is still loading (before its
 * module_init): make sure the callback list exists.  scsa_cb_init() is
 * idempotent, and the module's own exit frees it.
 */
static int scsa_sol_suite_init(struct kunit_suite *suite)
{
	return scsa_cb_init();
}

static struct kunit_suite scsa_sol_suite = {
	.name = "scsa_pkt_result",
	.suite_init = scsa_sol_suite_init,
	.test_cases = scsa_sol_cases,
};
kunit_test_suite(scsa_sol_suite);
