/* SPDX-License-Identifier: GPL-2.0 */
/* <sys/scsi/generic/commands.h>: SCSI opcodes and CDB sizes (Solaris names). */
#ifndef _SCSA_SYS_SCSI_GENERIC_COMMANDS_H
#define _SCSA_SYS_SCSI_GENERIC_COMMANDS_H

#define	CDB_GROUP0	6
#define	CDB_GROUP1	10
#define	CDB_GROUP2	10
#define	CDB_GROUP3	0
#define	CDB_GROUP4	16
#define	CDB_GROUP5	12
#define	CDB_GROUP6	0
#define	CDB_GROUP7	0
#define	SCSI_CDB_SIZE	CDB_GROUP4
#define	CDB_SIZE	CDB_GROUP5

#define	CDB_GROUPID(cmd)	(((cmd) >> 5) & 0x7)
#define	CDB_GROUPID_0	0
#define	CDB_GROUPID_1	1
#define	CDB_GROUPID_2	2
#define	CDB_GROUPID_4	4
#define	CDB_GROUPID_5	5

#define	SCMD_TEST_UNIT_READY	0x00
#define	SCMD_REZERO_UNIT	0x01
#define	SCMD_REQUEST_SENSE	0x03
#define	SCMD_FORMAT		0x04
#define	SCMD_REASSIGN_BLOCK	0x07
#define	SCMD_READ		0x08
#define	SCMD_WRITE		0x0a
#define	SCMD_SEEK		0x0b
#define	SCMD_INQUIRY		0x12
#define	SCMD_MODE_SELECT	0x15
#define	SCMD_RESERVE		0x16
#define	SCMD_RELEASE		0x17
#define	SCMD_MODE_SENSE		0x1a
#define	SCMD_START_STOP		0x1b
#define	SCMD_DOORLOCK		0x1e
#define	SCMD_READ_CAPACITY	0x25
#define	SCMD_READ_G1		0x28
#define	SCMD_WRITE_G1		0x2a
#define	SCMD_VERIFY_G1		0x2f
#define	SCMD_SYNCHRONIZE_CACHE	0x35
#define	SCMD_LOG_SENSE_G1	0x4d
#define	SCMD_MODE_SELECT_G1	0x55
#define	SCMD_MODE_SENSE_G1	0x5a
#define	SCMD_READ_G4		0x88
#define	SCMD_WRITE_G4		0x8a
#define	SCMD_VERIFY_G4		0x8f
#define	SCMD_SYNCHRONIZE_CACHE_G4 0x91
#define	SCMD_SVC_ACTION_IN_G4	0x9e
#define	SCMD_READ_CAPACITY16	0x10	/* service action of 0x9e */
#define	SCMD_REPORT_LUNS	0xa0
#define	SCMD_READ_G5		0xa8
#define	SCMD_WRITE_G5		0xaa

/*
 * CDB field helpers.  They take a byte array or a union scsi_cdb *
 * (<sys/scsi/scsi_subr.h>): both are written through a uchar_t pointer.
 */
#define	FORMG0COUNT(cdb, cnt)	(((uchar_t *)(cdb))[4] = (uchar_t)(cnt))
#define	FORMG0ADDR(cdb, addr)	do { \
	((uchar_t *)(cdb))[1] = (((uchar_t *)(cdb))[1] & 0xe0) | (((addr) >> 16) & 0x1f); \
	((uchar_t *)(cdb))[2] = (uchar_t)((addr) >> 8); ((uchar_t *)(cdb))[3] = (uchar_t)(addr); } while (0)
#define	FORMG1COUNT(cdb, cnt)	do { \
	((uchar_t *)(cdb))[7] = (uchar_t)((cnt) >> 8); ((uchar_t *)(cdb))[8] = (uchar_t)(cnt); } while (0)
#define	FORMG1ADDR(cdb, addr)	do { \
	((uchar_t *)(cdb))[2] = (uchar_t)((addr) >> 24); ((uchar_t *)(cdb))[3] = (uchar_t)((addr) >> 16); \
	((uchar_t *)(cdb))[4] = (uchar_t)((addr) >> 8); ((uchar_t *)(cdb))[5] = (uchar_t)(addr); } while (0)
#define	FORMG4COUNT(cdb, cnt)	do { \
	((uchar_t *)(cdb))[10] = (uchar_t)((cnt) >> 24); ((uchar_t *)(cdb))[11] = (uchar_t)((cnt) >> 16); \
	((uchar_t *)(cdb))[12] = (uchar_t)((cnt) >> 8); ((uchar_t *)(cdb))[13] = (uchar_t)(cnt); } while (0)
#define	FORMG4LONGADDR(cdb, addr) do { int _i; \
	for (_i = 0; _i < 8; _i++) \
		((uchar_t *)(cdb))[2 + _i] = (uchar_t)((u64)(addr) >> (56 - 8 * _i)); \
	} while (0)

#endif
