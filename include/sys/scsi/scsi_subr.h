/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/scsi/scsi_subr.h>: SCSA's utility routines for target drivers --
 * sense data decoding, names for codes, scsi_log(9F), scsi_errmsg(9F) and
 * the CDB builders scsi_setup_cdb(9F) and makecom(9F).
 *
 * The header name is scsa-compat's own: on Solaris these declarations are
 * spread over <sys/scsi/impl/sense.h>, <sys/scsi/impl/commands.h> and
 * <sys/scsi/impl/services.h>, all of which <sys/scsi/scsi.h> includes.
 * Here <sys/scsi/scsi.h> includes this file; a driver needs nothing else.
 * The code is in core/scsa_sense.c.
 */
#ifndef _SCSA_SYS_SCSI_SCSI_SUBR_H
#define _SCSA_SYS_SCSI_SCSI_SUBR_H

#include <sys/types.h>
#include <sys/scsa_names.h>
#include <asm/byteorder.h>
#include <sys/cmn_err.h>
#include <sys/sunddi.h>
#include <sys/scsi/generic/commands.h>
#include <sys/scsi/generic/sense.h>
#include <sys/scsi/scsi_pkt.h>
#include <sys/scsi/conf/device.h>

#ifdef __BIG_ENDIAN_BITFIELD
#error "the Solaris SCSI bit-field layouts are declared for little-endian bit fields only"
#endif

/* ---- sense data (Solaris <sys/scsi/generic/sense.h>, impl/sense.h) ---- */

/* SCSA "pseudo" sense keys, set by target drivers, named by scsi_sname() */
#define	SUN_KEY_FATAL		0x10	/* driver, SCSI handshake failure */
#define	SUN_KEY_TIMEOUT		0x11	/* driver, command timeout */
#define	SUN_KEY_EOF		0x12	/* driver, end of file */
#define	SUN_KEY_EOT		0x13	/* driver, end of tape */
#define	SUN_KEY_LENGTH		0x14	/* driver, length error */
#define	SUN_KEY_BOT		0x15	/* driver, beginning of tape */
#define	SUN_KEY_WRONGMEDIA	0x16	/* driver, wrong tape media */
#define	NUM_SENSE_KEYS		16
#define	NUM_IMPL_SENSE_KEYS	7

/* the names of the sense keys and SUN_KEY_* pseudo keys, by key */
extern char *sense_keys[NUM_SENSE_KEYS + NUM_IMPL_SENSE_KEYS];

#define	CODE_FMT_VENDOR_SPECIFIC	0xF
#define	ADDL_SENSE_ADJUST	0x8	/* byte 7 + this = fixed sense length */
#define	MIN_FIXED_SENSE_LEN	0xE	/* bytes needed up to the ASCQ */

/* true for descriptor-format sense (response code 0x72/0x73) */
#define	SCSI_IS_DESCR_SENSE(sns)					\
	((((const uint8_t *)(sns))[0] & 0xF) == CODE_FMT_DESCR_CURRENT ||	\
	 (((const uint8_t *)(sns))[0] & 0xF) == CODE_FMT_DESCR_DEFERRED)

/* descriptor types of descriptor-format sense (SPC-3 and later) */
#define	DESCR_INFORMATION		0x00
#define	DESCR_COMMAND_SPECIFIC		0x01
#define	DESCR_SENSE_KEY_SPECIFIC	0x02
#define	DESCR_FRU			0x03
#define	DESCR_STREAM_COMMANDS		0x04
#define	DESCR_BLOCK_COMMANDS		0x05

/* scsi_validate_sense() results */
#define	SENSE_UNUSABLE		0
#define	SENSE_FIXED_FORMAT	1
#define	SENSE_DESCR_FORMAT	2

/* scsi_validate_sense() *flags bits */
#define	SNS_BUF_OVERFLOW	1	/* the buffer holds less than the data */
#define	SNS_BUF_DEFERRED	2	/* deferred error: a previous command */

uint8_t scsi_sense_key(uint8_t *sense_buffer);
uint8_t scsi_sense_asc(uint8_t *sense_buffer);
uint8_t scsi_sense_ascq(uint8_t *sense_buffer);
boolean_t scsi_sense_info_uint64(uint8_t *sense_buffer, int sense_buf_len,
	uint64_t *information);
int scsi_validate_sense(uint8_t *sense_buffer, int sense_buf_len, int *flags);

/* ---- names for codes (Solaris <sys/scsi/impl/services.h>) ---- */

/**
 * struct scsi_key_strings - one entry of a command name list.
 * @key:     the opcode; -1 ends the list.
 * @message: its name.
 */
struct scsi_key_strings {
	int	key;
	char	*message;
};

char *scsi_sname(uchar_t sense_key);
char *scsi_rname(uchar_t reason);
char *scsi_mname(uchar_t msg);
char *scsi_dname(int dtype);
char *scsi_cname(uchar_t cmd, char **cmdvec);
char *scsi_cmd_name(uchar_t cmd, struct scsi_key_strings *cmdlist,
	char *tmpstr);
char *scsi_esname(uint_t key, char *tmpstr);

/* ---- logging ---- */

/* scsi_log() level of driver debugging messages (see scsi_log()) */
#define	SCSI_DEBUG		0xDEB00000

/* scsi_errmsg() severity */
#define	SCSI_ERR_ALL		0
#define	SCSI_ERR_UNKNOWN	1
#define	SCSI_ERR_INFO		2
#define	SCSI_ERR_RECOVERED	3
#define	SCSI_ERR_RETRYABLE	4
#define	SCSI_ERR_FATAL		5
#define	SCSI_ERR_NONE		6

void scsi_log(dev_info_t *dip, char *label, uint_t level,
	const char *fmt, ...) __printf(4, 5);
void scsi_errmsg(struct scsi_device *devp, struct scsi_pkt *pkt,
	char *label, int severity, daddr_t blkno, daddr_t err_blkno,
	struct scsi_key_strings *cmdlist, struct scsi_extended_sense *sensep);
struct scsi_asq_key_strings;
void scsi_generic_errmsg(struct scsi_device *devp, char *label, int severity,
	daddr_t blkno, daddr_t err_blkno, uchar_t cmd_name,
	struct scsi_key_strings *cmdlist, uint8_t *sensep,
	struct scsi_asq_key_strings *asc_list,
	char *(*decode_fru)(struct scsi_device *, char *, int, uchar_t));
void scsi_vu_errmsg(struct scsi_device *devp, struct scsi_pkt *pkt,
	char *label, int severity, daddr_t blkno, daddr_t err_blkno,
	struct scsi_key_strings *cmdlist, struct scsi_extended_sense *sensep,
	struct scsi_asq_key_strings *asc_list,
	char *(*decode_fru)(struct scsi_device *, char *, int, uchar_t));

/* ---- CDBs (Solaris <sys/scsi/impl/commands.h>) ---- */

/**
 * union scsi_cdb - a command descriptor block, SCSI_CDB_SIZE (16) bytes.
 * @cdb_un:     the named view: opcode, byte 1 (SCSI-1 LUN in bits 7-5,
 *              the rest in bits 4-0) and the per-group fields through the
 *              macros below.
 * @cdb_opaque: the CDB as bytes; cdb_opaque[0] is the opcode.
 * @cdb_long:   the CDB as four words.
 *
 * Every member and accessor macro illumos's <sys/scsi/impl/commands.h>
 * has, with its layout: scc_cmd, scc_lun, g0_* (6-byte CDB, with the
 * sequential-access t_code/high_count/mid_count/low_count), g1_* (10-byte),
 * g4_* (16-byte), g5_* and scc5_* (12-byte), the control byte's link, flag,
 * naca and vendor bits.  Higher digits are more significant bytes.
 */
union scsi_cdb {
	struct {
		uchar_t	cmd;
		uchar_t tag	:5;
		uchar_t lun	:3;
		union {
		uchar_t	scsi[SCSI_CDB_SIZE-2];
#define		scc_cmd		cdb_un.cmd
#define		scc_lun		cdb_un.lun
#define		g0_addr2	cdb_un.tag
#define		g0_addr1	cdb_un.sg.g0.addr1
#define		g0_addr0	cdb_un.sg.g0.addr0
#define		g0_count0	cdb_un.sg.g0.count0
#define		g0_vu_1		cdb_un.sg.g0.vu_57
#define		g0_vu_0		cdb_un.sg.g0.vu_56
#define		g0_naca		cdb_un.sg.g0.naca
#define		g0_flag		cdb_un.sg.g0.flag
#define		g0_link		cdb_un.sg.g0.link
#define		t_code		cdb_un.tag
#define		high_count	cdb_un.sg.g0.addr1
#define		mid_count	cdb_un.sg.g0.addr0
#define		low_count	cdb_un.sg.g0.count0
		struct scsi_g0 {
			uchar_t addr1;
			uchar_t addr0;
			uchar_t count0;
			uchar_t link	:1;
			uchar_t flag	:1;
			uchar_t naca	:1;
			uchar_t rsvd	:3;
			uchar_t vu_56	:1;
			uchar_t vu_57	:1;
		} g0;
#define		g1_reladdr	cdb_un.tag
#define		g1_rsvd0	cdb_un.sg.g1.rsvd1
#define		g1_addr3	cdb_un.sg.g1.addr3
#define		g1_addr2	cdb_un.sg.g1.addr2
#define		g1_addr1	cdb_un.sg.g1.addr1
#define		g1_addr0	cdb_un.sg.g1.addr0
#define		g1_count1	cdb_un.sg.g1.count1
#define		g1_count0	cdb_un.sg.g1.count0
#define		g1_vu_1		cdb_un.sg.g1.vu_97
#define		g1_vu_0		cdb_un.sg.g1.vu_96
#define		g1_naca		cdb_un.sg.g1.naca
#define		g1_flag		cdb_un.sg.g1.flag
#define		g1_link		cdb_un.sg.g1.link
		struct scsi_g1 {
			uchar_t addr3;
			uchar_t addr2;
			uchar_t addr1;
			uchar_t addr0;
			uchar_t rsvd1;
			uchar_t count1;
			uchar_t count0;
			uchar_t link	:1;
			uchar_t flag	:1;
			uchar_t naca	:1;
			uchar_t rsvd0	:3;
			uchar_t vu_96	:1;
			uchar_t vu_97	:1;
		} g1;
#define		g4_reladdr		cdb_un.tag
#define		g4_addr3		cdb_un.sg.g4.addr3
#define		g4_addr2		cdb_un.sg.g4.addr2
#define		g4_addr1		cdb_un.sg.g4.addr1
#define		g4_addr0		cdb_un.sg.g4.addr0
#define		g4_addtl_cdb_data3	cdb_un.sg.g4.addtl_cdb_data3
#define		g4_addtl_cdb_data2	cdb_un.sg.g4.addtl_cdb_data2
#define		g4_addtl_cdb_data1	cdb_un.sg.g4.addtl_cdb_data1
#define		g4_addtl_cdb_data0	cdb_un.sg.g4.addtl_cdb_data0
#define		g4_count3		cdb_un.sg.g4.count3
#define		g4_count2		cdb_un.sg.g4.count2
#define		g4_count1		cdb_un.sg.g4.count1
#define		g4_count0		cdb_un.sg.g4.count0
#define		g4_rsvd0		cdb_un.sg.g4.rsvd1
#define		g4_vu_1			cdb_un.sg.g4.vu_157
#define		g4_vu_0			cdb_un.sg.g4.vu_156
#define		g4_naca			cdb_un.sg.g4.naca
#define		g4_flag			cdb_un.sg.g4.flag
#define		g4_link			cdb_un.sg.g4.link
		struct scsi_g4 {
			uchar_t addr3;
			uchar_t addr2;
			uchar_t addr1;
			uchar_t addr0;
			uchar_t addtl_cdb_data3;
			uchar_t addtl_cdb_data2;
			uchar_t addtl_cdb_data1;
			uchar_t addtl_cdb_data0;
			uchar_t count3;
			uchar_t count2;
			uchar_t count1;
			uchar_t count0;
			uchar_t rsvd1;
			uchar_t link	:1;
			uchar_t flag	:1;
			uchar_t naca	:1;
			uchar_t rsvd0	:3;
			uchar_t vu_156	:1;
			uchar_t vu_157	:1;
		} g4;
#define		scc5_reladdr	cdb_un.tag
#define		scc5_addr3	cdb_un.sg.g5.addr3
#define		scc5_addr2	cdb_un.sg.g5.addr2
#define		scc5_addr1	cdb_un.sg.g5.addr1
#define		scc5_addr0	cdb_un.sg.g5.addr0
#define		scc5_count3	cdb_un.sg.g5.count3
#define		scc5_count2	cdb_un.sg.g5.count2
#define		scc5_count1	cdb_un.sg.g5.count1
#define		scc5_count0	cdb_un.sg.g5.count0
#define		scc5_rsvd0	cdb_un.sg.g5.rsvd1
#define		scc5_vu_1	cdb_un.sg.g5.v117
#define		scc5_vu_0	cdb_un.sg.g5.v116
#define		scc5_naca	cdb_un.sg.g5.naca
#define		scc5_flag	cdb_un.sg.g5.flag
#define		scc5_link	cdb_un.sg.g5.link
		struct scsi_g5 {
			uchar_t addr3;
			uchar_t addr2;
			uchar_t addr1;
			uchar_t addr0;
			uchar_t count3;
			uchar_t count2;
			uchar_t count1;
			uchar_t count0;
			uchar_t rsvd1;
			uchar_t link	:1;
			uchar_t flag	:1;
			uchar_t naca	:1;
			uchar_t rsvd0	:3;
			uchar_t vu_116	:1;
			uchar_t vu_117	:1;
		} g5;
		}sg;
	} cdb_un;
	uchar_t cdb_opaque[SCSI_CDB_SIZE];
	uint_t cdb_long[SCSI_CDB_SIZE / sizeof (uint_t)];
};

#define	GETCMD(cdb)		((cdb)->scc_cmd & 0x1F)
#define	GETGROUP(cdb)		(CDB_GROUPID((cdb)->scc_cmd))

int scsi_setup_cdb(union scsi_cdb *cdbp, uchar_t cmd, uint_t addr,
	uint_t cnt, uint_t othr_cdb_data);

/* obsolete (makecom(9F)): SCSI-1 style, the LUN goes into CDB byte 1 */
void makecom_g0(struct scsi_pkt *pkt, struct scsi_device *devp, int flag,
	int cmd, int addr, int cnt);
void makecom_g0_s(struct scsi_pkt *pkt, struct scsi_device *devp, int flag,
	int cmd, int cnt, int fixbit);
void makecom_g1(struct scsi_pkt *pkt, struct scsi_device *devp, int flag,
	int cmd, int addr, int cnt);
void makecom_g5(struct scsi_pkt *pkt, struct scsi_device *devp, int flag,
	int cmd, int addr, int cnt);

#endif /* _SCSA_SYS_SCSI_SCSI_SUBR_H */
