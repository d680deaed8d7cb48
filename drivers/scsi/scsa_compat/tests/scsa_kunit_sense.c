// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: sense data decoding, names for codes and CDB builders
 * (core/scsa_sense.c).  Solaris-side translation unit.
 */
#include <sys/scsi/scsi_subr.h>
#include <kunit/test.h>
#include <linux/string.h>
#include <sys/scsi/generic/inquiry.h>

/* fixed format, current: MEDIUM ERROR 0x11/0x04, INFORMATION 0x12345678 */
static const uint8_t fixed_sense[18] = {
	0xF0, 0x00, 0x03, 0x12, 0x34, 0x56, 0x78, 0x0A,
	0x00, 0x00, 0x00, 0x00, 0x11, 0x04, 0x2A, 0x00, 0x00, 0x00,
};

/*
 * descriptor format, deferred: NOT READY 0x04/0x02, an FRU descriptor,
 * then an information descriptor with 0x0102030405060708
 */
static const uint8_t descr_sense[24] = {
	0x73, 0x02, 0x04, 0x02, 0x00, 0x00, 0x00, 0x10,
	0x03, 0x02, 0x00, 0x5A,
	0x00, 0x0A, 0x80, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08,
};

static uint8_t *copy(struct kunit *test, const uint8_t *s, size_t n)
{
	uint8_t *p = kunit_kzalloc(test, 64, GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, p);
	memcpy(p, s, n);
	return p;
}

/* byte by byte (KUNIT_EXPECT_MEMEQ is not in 6.1) */
static void expect_bytes(struct kunit *test, const uint8_t *got,
			 const uint8_t *want, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		KUNIT_EXPECT_EQ_MSG(test, got[i], want[i], "CDB byte %zu", i);
}

static void sense_fixed_vs_descr(struct kunit *test)
{
	uint8_t *f = copy(test, fixed_sense, sizeof(fixed_sense));
	uint8_t *d = copy(test, descr_sense, sizeof(descr_sense));

	KUNIT_EXPECT_EQ(test, scsi_sense_key(f), KEY_MEDIUM_ERROR);
	KUNIT_EXPECT_EQ(test, scsi_sense_asc(f), 0x11);
	KUNIT_EXPECT_EQ(test, scsi_sense_ascq(f), 0x04);
	KUNIT_EXPECT_FALSE(test, SCSI_IS_DESCR_SENSE(f));
	KUNIT_EXPECT_EQ(test, scsi_sense_key(d), KEY_NOT_READY);
	KUNIT_EXPECT_EQ(test, scsi_sense_asc(d), 0x04);
	KUNIT_EXPECT_EQ(test, scsi_sense_ascq(d), 0x02);
	KUNIT_EXPECT_TRUE(test, SCSI_IS_DESCR_SENSE(d));
	/* the Solaris bit fields agree with the byte offsets */
	/* (bit fields are cast: typeof() does not take them) */
	KUNIT_EXPECT_EQ(test, (int)((struct scsi_extended_sense *)f)->es_key,
			KEY_MEDIUM_ERROR);
	KUNIT_EXPECT_EQ(test, (int)((struct scsi_extended_sense *)f)->es_valid,
			1);
	KUNIT_EXPECT_EQ(test, (int)((struct scsi_extended_sense *)d)->es_code,
			CODE_FMT_DESCR_DEFERRED);
	KUNIT_EXPECT_EQ(test, scsi_sense_key(NULL), 0);
}

static void sense_info(struct kunit *test)
{
	uint8_t *f = copy(test, fixed_sense, sizeof(fixed_sense));
	uint8_t *d = copy(test, descr_sense, sizeof(descr_sense));
	uint64_t info = 0;

	KUNIT_EXPECT_TRUE(test, scsi_sense_info_uint64(f, 18, &info));
	KUNIT_EXPECT_EQ(test, info, 0x12345678ULL);
	/* valid bit clear: value stored, B_FALSE */
	f[0] = 0x70;
	info = 0;
	KUNIT_EXPECT_FALSE(test, scsi_sense_info_uint64(f, 18, &info));
	KUNIT_EXPECT_EQ(test, info, 0x12345678ULL);
	/* unusable: too short */
	KUNIT_EXPECT_FALSE(test, scsi_sense_info_uint64(f, 13, &info));

	info = 0;
	KUNIT_EXPECT_TRUE(test, scsi_sense_info_uint64(d, 24, &info));
	KUNIT_EXPECT_EQ(test, info, 0x0102030405060708ULL);
	/* the information descriptor cut short: not found */
	KUNIT_EXPECT_FALSE(test, scsi_sense_info_uint64(d, 23, &info));
	/* the device's additional length excludes it: not found */
	d[7] = 4;
	KUNIT_EXPECT_FALSE(test, scsi_sense_info_uint64(d, 24, &info));
	d[7] = 0x10;
	d[12] = 0x01;	/* no information descriptor any more */
	KUNIT_EXPECT_FALSE(test, scsi_sense_info_uint64(d, 24, &info));
}

static void sense_validate(struct kunit *test)
{
	uint8_t *f = copy(test, fixed_sense, sizeof(fixed_sense));
	uint8_t *d = copy(test, descr_sense, sizeof(descr_sense));
	int flags = -1;

	KUNIT_EXPECT_EQ(test, scsi_validate_sense(f, 18, &flags),
			SENSE_FIXED_FORMAT);
	KUNIT_EXPECT_EQ(test, flags, 0);
	KUNIT_EXPECT_EQ(test, scsi_validate_sense(f, 14, &flags),
			SENSE_FIXED_FORMAT);
	KUNIT_EXPECT_EQ(test, flags, SNS_BUF_OVERFLOW);
	KUNIT_EXPECT_EQ(test, scsi_validate_sense(f, 13, &flags),
			SENSE_UNUSABLE);
	f[7] = 5;	/* the device's length stops before the ASCQ */
	KUNIT_EXPECT_EQ(test, scsi_validate_sense(f, 18, NULL),
			SENSE_UNUSABLE);
	f[7] = 0x0A;
	f[0] = 0x71;
	KUNIT_EXPECT_EQ(test, scsi_validate_sense(f, 18, &flags),
			SENSE_FIXED_FORMAT);
	KUNIT_EXPECT_EQ(test, flags, SNS_BUF_DEFERRED);
	f[0] = 0x74;	/* unknown response code */
	KUNIT_EXPECT_EQ(test, scsi_validate_sense(f, 18, NULL),
			SENSE_UNUSABLE);
	f[0] = 0x60;	/* not class 7 */
	KUNIT_EXPECT_EQ(test, scsi_validate_sense(f, 18, NULL),
			SENSE_UNUSABLE);

	KUNIT_EXPECT_EQ(test, scsi_validate_sense(d, 24, &flags),
			SENSE_DESCR_FORMAT);
	KUNIT_EXPECT_EQ(test, flags, SNS_BUF_DEFERRED);
	KUNIT_EXPECT_EQ(test, scsi_validate_sense(d, 8, &flags),
			SENSE_DESCR_FORMAT);
	KUNIT_EXPECT_EQ(test, flags, SNS_BUF_DEFERRED | SNS_BUF_OVERFLOW);
	KUNIT_EXPECT_EQ(test, scsi_validate_sense(d, 7, NULL), SENSE_UNUSABLE);
	KUNIT_EXPECT_EQ(test, scsi_validate_sense(NULL, 18, &flags),
			SENSE_UNUSABLE);
	KUNIT_EXPECT_EQ(test, flags, 0);
}

static void names(struct kunit *test)
{
	static char *vec[] = { "\000test unit ready", "\010read",
			       "\210read(16)", NULL };
	static struct scsi_key_strings list[] = {
		{ 0x12, "inquiry" }, { -1, NULL },
	};
	char tmp[32];

	KUNIT_EXPECT_STREQ(test, scsi_sname(KEY_NO_SENSE),
			   "No_Additional_Sense");
	KUNIT_EXPECT_STREQ(test, scsi_sname(KEY_MEDIUM_ERROR), "Media_Error");
	KUNIT_EXPECT_STREQ(test, scsi_sname(SUN_KEY_FATAL), "fatal");
	KUNIT_EXPECT_STREQ(test, scsi_sname(SUN_KEY_LENGTH), "length_error");
	KUNIT_EXPECT_STREQ(test, scsi_sname(SUN_KEY_WRONGMEDIA),
			   "wrong_tape_media");
	KUNIT_EXPECT_STREQ(test, scsi_sname(0x17), "<unknown sense key>");

	KUNIT_EXPECT_STREQ(test, scsi_rname(CMD_CMPLT), "cmplt");
	KUNIT_EXPECT_STREQ(test, scsi_rname(CMD_TAG_REJECT), "tag reject");
	KUNIT_EXPECT_STREQ(test, scsi_rname(CMD_TLR_OFF), "<unknown reason>");
	KUNIT_EXPECT_STREQ(test, scsi_rname(CMD_DEV_GONE), "gone");
	KUNIT_EXPECT_STREQ(test, scsi_rname(25), "<unknown reason>");

	KUNIT_EXPECT_STREQ(test, scsi_mname(0x00), "COMMAND COMPLETE");
	KUNIT_EXPECT_STREQ(test, scsi_mname(0x16), "CLEAR ACA");
	KUNIT_EXPECT_STREQ(test, scsi_mname(0xC0), "IDENTIFY");
	KUNIT_EXPECT_STREQ(test, scsi_mname(0x88), "<unknown msg>");
	KUNIT_EXPECT_STREQ(test, scsi_mname(0x22), "ORDERED QUEUE TAG");
	KUNIT_EXPECT_STREQ(test, scsi_mname(0x26), "<unknown msg>");

	KUNIT_EXPECT_STREQ(test, scsi_dname(DTYPE_SEQUENTIAL),
			   "Sequential Access");
	KUNIT_EXPECT_STREQ(test, scsi_dname(DTYPE_NOTPRESENT), "Not Present");
	KUNIT_EXPECT_STREQ(test, scsi_dname(0x13), "<unknown device type>");

	KUNIT_EXPECT_STREQ(test, scsi_cname(0x00, vec), "test unit ready");
	KUNIT_EXPECT_STREQ(test, scsi_cname(0x88, vec), "read(16)");
	KUNIT_EXPECT_STREQ(test, scsi_cname(0x05, vec),
			   "<undecoded cmd 0x5>");
	KUNIT_EXPECT_STREQ(test, scsi_cname(0xab, NULL),
			   "<undecoded cmd 0xab>");
	KUNIT_EXPECT_STREQ(test, scsi_cname(0x10, NULL),
			   "<undecoded cmd 0x10>");
	KUNIT_EXPECT_STREQ(test, scsi_cmd_name(0x12, list, tmp), "inquiry");
	KUNIT_EXPECT_STREQ(test, scsi_cmd_name(0xff, list, tmp),
			   "<undecoded cmd 0xff>");

	KUNIT_EXPECT_STREQ(test, scsi_esname(0x99, tmp),
			   "<vendor unique code 0x99>");
	if (IS_ENABLED(CONFIG_SCSI_CONSTANTS))
		KUNIT_EXPECT_STREQ(test, scsi_esname(0x3a, tmp),
				   "Medium not present");
}

static void setup_cdb(struct kunit *test)
{
	union scsi_cdb cdb;
	static const uint8_t g0[6] = { 0x08, 0xE1, 0x23, 0x45, 0x10, 0 };
	static const uint8_t g0_tape[6] = { 0x08, 0xE0, 0x01, 0x23, 0x45, 0 };
	static const uint8_t g1[10] = { 0x28, 0, 0x12, 0x34, 0x56, 0x78,
					0, 0x01, 0x00, 0 };
	static const uint8_t g4[16] = { 0x88, 0, 0, 0, 0, 0x01, 0x89, 0xAB,
					0xCD, 0xEF, 0, 0x01, 0x00, 0x00, 0,
					0 };
	static const uint8_t g5[12] = { 0xA8, 0, 0x12, 0x34, 0x56, 0x78,
					0x00, 0x02, 0x00, 0x00, 0, 0 };

	KUNIT_EXPECT_EQ(test, sizeof(union scsi_cdb), (size_t)SCSI_CDB_SIZE);

	/* group 0: the LUN bits in byte 1 are kept */
	memset(&cdb, 0, sizeof(cdb));
	cdb.scc_lun = 7;
	KUNIT_EXPECT_EQ(test, scsi_setup_cdb(&cdb, SCMD_READ, 0x12345, 0x10,
					     0), 1);
	expect_bytes(test, cdb.cdb_opaque, g0, sizeof(g0));
	KUNIT_EXPECT_EQ(test, cdb.scc_cmd, SCMD_READ);
	KUNIT_EXPECT_EQ(test, (int)cdb.g0_addr2, 0x01);
	KUNIT_EXPECT_EQ(test, cdb.g0_count0, 0x10);
	/* 6-byte tape command: a 24-bit count fills bytes 2-4 */
	memset(&cdb, 0, sizeof(cdb));
	cdb.scc_lun = 7;
	KUNIT_EXPECT_EQ(test, scsi_setup_cdb(&cdb, SCMD_READ, 0, 0x12345, 0),
			1);
	expect_bytes(test, cdb.cdb_opaque, g0_tape, sizeof(g0_tape));

	memset(&cdb, 0, sizeof(cdb));
	KUNIT_EXPECT_EQ(test, scsi_setup_cdb(&cdb, SCMD_READ_G1, 0x12345678,
					     0x100, 0), 1);
	expect_bytes(test, cdb.cdb_opaque, g1, sizeof(g1));
	KUNIT_EXPECT_EQ(test, cdb.g1_addr3, 0x12);
	KUNIT_EXPECT_EQ(test, cdb.g1_count1, 0x01);

	memset(&cdb, 0, sizeof(cdb));
	KUNIT_EXPECT_EQ(test, scsi_setup_cdb(&cdb, SCMD_READ_G4, 0x1,
					     0x10000, 0x89ABCDEF), 1);
	expect_bytes(test, cdb.cdb_opaque, g4, sizeof(g4));
	KUNIT_EXPECT_EQ(test, cdb.g4_addtl_cdb_data3, 0x89);
	KUNIT_EXPECT_EQ(test, cdb.g4_count1, 0x00);
	KUNIT_EXPECT_EQ(test, cdb.g4_count2, 0x01);

	memset(&cdb, 0, sizeof(cdb));
	KUNIT_EXPECT_EQ(test, scsi_setup_cdb(&cdb, SCMD_READ_G5, 0x12345678,
					     0x20000, 0), 1);
	expect_bytes(test, cdb.cdb_opaque, g5, sizeof(g5));
	KUNIT_EXPECT_EQ(test, cdb.scc5_count1, 0x00);
	KUNIT_EXPECT_EQ(test, cdb.scc5_count2, 0x02);

	/* groups 3, 6 and 7: 0, opcode stored */
	memset(&cdb, 0, sizeof(cdb));
	KUNIT_EXPECT_EQ(test, scsi_setup_cdb(&cdb, 0x7f, 1, 1, 0), 0);
	KUNIT_EXPECT_EQ(test, cdb.scc_cmd, 0x7f);
	KUNIT_EXPECT_EQ(test, scsi_setup_cdb(&cdb, 0xc0, 1, 1, 0), 0);
	KUNIT_EXPECT_EQ(test, scsi_setup_cdb(&cdb, 0xe0, 1, 1, 0), 0);
}

static void makecom(struct kunit *test)
{
	struct scsi_pkt *pkt = kunit_kzalloc(test, sizeof(*pkt), GFP_KERNEL);
	struct scsi_device *sd = kunit_kzalloc(test, sizeof(*sd), GFP_KERNEL);
	uint8_t *c = kunit_kzalloc(test, 16, GFP_KERNEL);
	static const uint8_t g0[6] = { 0x08, 0x41, 0x23, 0x45, 0x08, 0 };
	static const uint8_t g0s[6] = { 0x08, 0x41, 0x01, 0x00, 0x00, 0 };
	static const uint8_t g1[10] = { 0x2A, 0x40, 0x12, 0x34, 0x56, 0x78,
					0, 0x02, 0x00, 0 };
	static const uint8_t g5[12] = { 0xAA, 0x40, 0, 0, 0, 0x09,
					0, 0x01, 0, 0, 0, 0 };

	KUNIT_ASSERT_NOT_NULL(test, pkt);
	KUNIT_ASSERT_NOT_NULL(test, sd);
	KUNIT_ASSERT_NOT_NULL(test, c);
	pkt->pkt_cdbp = c;
	sd->sd_address.a_target = 3;
	sd->sd_address.a_lun = 2;

	makecom_g0(pkt, sd, FLAG_NOINTR, SCMD_READ, 0x12345, 8);
	expect_bytes(test, c, g0, sizeof(g0));
	KUNIT_EXPECT_EQ(test, pkt->pkt_flags, (uint_t)FLAG_NOINTR);
	KUNIT_EXPECT_EQ(test, pkt->pkt_address.a_target, 3);

	memset(c, 0, 16);
	makecom_g0_s(pkt, sd, 0, SCMD_READ, 0x10000, 1);
	expect_bytes(test, c, g0s, sizeof(g0s));
	KUNIT_EXPECT_EQ(test, pkt->pkt_flags, 0U);

	memset(c, 0, 16);
	makecom_g1(pkt, sd, 0, SCMD_WRITE_G1, 0x12345678, 0x200);
	expect_bytes(test, c, g1, sizeof(g1));

	memset(c, 0, 16);
	makecom_g5(pkt, sd, 0, SCMD_WRITE_G5, 9, 0x10000);
	expect_bytes(test, c, g5, sizeof(g5));
}

static void logging(struct kunit *test)
{
	/* no device: must not crash, whatever the level and prefix */
	scsi_log(NULL, "scsa_kunit", CE_CONT, "?CE_CONT boot-verbose %d\n", 1);
	scsi_log(NULL, "scsa_kunit", CE_NOTE, "CE_NOTE without newline");
	scsi_log(NULL, "scsa_kunit", CE_WARN, "!CE_WARN log only\n");
	scsi_log(NULL, NULL, SCSI_DEBUG, "SCSI_DEBUG (shown with scsa_debug)");
	cmn_err(CE_NOTE, "scsa_kunit: cmn_err CE_NOTE");
	cmn_err(CE_CONT, "scsa_kunit: cmn_err CE_CONT\n");
	cmn_err(CE_IGNORE, "scsa_kunit: never printed\n");
	/* longer than the 256-byte buffer: truncated, not overflowed */
	scsi_log(NULL, "scsa_kunit", CE_CONT, "%300s|\n", "long");
	KUNIT_SUCCEED(test);
}

static struct kunit_case scsa_sense_cases[] = {
	KUNIT_CASE(sense_fixed_vs_descr),
	KUNIT_CASE(sense_info),
	KUNIT_CASE(sense_validate),
	KUNIT_CASE(names),
	KUNIT_CASE(setup_cdb),
	KUNIT_CASE(makecom),
	KUNIT_CASE(logging),
	{}
};

static struct kunit_suite scsa_sense_suite = {
	.name = "scsa_sense",
	.test_cases = scsa_sense_cases,
};
kunit_test_suite(scsa_sense_suite);
