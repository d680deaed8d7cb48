// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: Linux completion facts -> neutral transfer status
 * (core/scsa_lnx_req.c).  Linux-side translation unit.
 */
#include <kunit/test.h>
#include <scsi/scsi.h>
#include <scsi/scsi_status.h>
#define SCSA_INTERNAL
#include <scsa/scsa_bridge.h>
#include "../core/scsa_lnx.h"

#define R(host, status)	(((host) << 16) | (status))

static void xs_ok_and_check(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, scsa_xs_from_result(0, BLK_STS_OK, 0, false),
			SCSA_XS_OK);
	/* CHECK CONDITION with sense reaches the target */
	KUNIT_EXPECT_EQ(test, scsa_xs_from_result(SAM_STAT_CHECK_CONDITION,
						  BLK_STS_IOERR, 18, false),
			SCSA_XS_OK);
	/* pvscsi reports a UNIT ATTENTION as DID_ERROR + sense */
	KUNIT_EXPECT_EQ(test, scsa_xs_from_result(R(DID_ERROR, 0),
						  BLK_STS_IOERR, 18, false),
			SCSA_XS_OK);
}

static void xs_host_errors(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, scsa_xs_from_result(R(DID_TIME_OUT, 0),
						  BLK_STS_IOERR, 0, false),
			SCSA_XS_TIMEOUT);
	KUNIT_EXPECT_EQ(test, scsa_xs_from_result(R(DID_ABORT, 0),
						  BLK_STS_IOERR, 0, false),
			SCSA_XS_ABORTED);
	KUNIT_EXPECT_EQ(test, scsa_xs_from_result(R(DID_RESET, 0),
						  BLK_STS_IOERR, 0, false),
			SCSA_XS_RESET);
	KUNIT_EXPECT_EQ(test, scsa_xs_from_result(R(DID_NO_CONNECT, 0),
						  BLK_STS_IOERR, 0, false),
			SCSA_XS_DEV_GONE);
	KUNIT_EXPECT_EQ(test, scsa_xs_from_result(R(DID_BAD_TARGET, 0),
						  BLK_STS_IOERR, 0, false),
			SCSA_XS_DEV_GONE);
	KUNIT_EXPECT_EQ(test, scsa_xs_from_result(R(DID_ERROR, 0),
						  BLK_STS_IOERR, 0, false),
			SCSA_XS_TRAN_ERR);
	KUNIT_EXPECT_EQ(test, scsa_xs_from_result(R(DID_BUS_BUSY, 0),
						  BLK_STS_IOERR, 0, false),
			SCSA_XS_TRAN_ERR);
	/* on a device being removed, errors are "gone" */
	KUNIT_EXPECT_EQ(test, scsa_xs_from_result(R(DID_ERROR, 0),
						  BLK_STS_OFFLINE, 0, true),
			SCSA_XS_DEV_GONE);
	/* rejected before the LLD: result 0 but an error status */
	KUNIT_EXPECT_EQ(test, scsa_xs_from_result(0, BLK_STS_IOERR, 0, false),
			SCSA_XS_TRAN_ERR);
	/* the scsi-ml byte (bits 8-15) does not matter */
	KUNIT_EXPECT_EQ(test, scsa_xs_from_result(0x0300 | SAM_STAT_CHECK_CONDITION,
						  BLK_STS_MEDIUM, 18, false),
			SCSA_XS_OK);
}

static struct kunit_case scsa_lnx_cases[] = {
	KUNIT_CASE(xs_ok_and_check),
	KUNIT_CASE(xs_host_errors),
	{}
};

static struct kunit_suite scsa_lnx_suite = {
	.name = "scsa_host_result",
	.test_cases = scsa_lnx_cases,
};
kunit_test_suite(scsa_lnx_suite);
