// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_commands.c - <sys/scsi/impl/commands.h>'s CDB builders:
 * scsi_setup_cdb(9F) and the obsolete makecom_g0/g0_s/g1/g5(9F).
 * Nothing here takes a lock or keeps state: any context.
 */
#include <sys/scsi/scsi_subr.h>
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/moduleparam.h>
#include <linux/printk.h>
#include <linux/bug.h>
#include <linux/string.h>
#include <linux/device.h>
#define SCSA_INTERNAL
#include <scsa/scsa_sense_bridge.h>
#include <sys/scsi/generic/inquiry.h>

/* ---- CDBs ---- */

/*
 * scsi_cdb_size[]: the CDB length of each command group, indexed by
 * CDB_GROUPID(opcode) (0 for the reserved and vendor groups 3, 6 and 7),
 * as illumos exports it to drivers (st declares it itself).
 */
uchar_t scsi_cdb_size[] = {
	CDB_GROUP0, CDB_GROUP1, CDB_GROUP2, CDB_GROUP3,
	CDB_GROUP4, CDB_GROUP5, CDB_GROUP6, CDB_GROUP7
};
EXPORT_SYMBOL_GPL(scsi_cdb_size);

static void scsa_put_be32(uchar_t *p, u32 v)
{
	p[0] = v >> 24;
	p[1] = v >> 16;
	p[2] = v >> 8;
	p[3] = v;
}

/**
 * scsi_setup_cdb() - fill in the opcode, address and count of a CDB.
 * @cdbp:          the CDB, of at least the size of @cmd's group (6, 10,
 *                 16 or 12 bytes); the bytes not named below are left as
 *                 they are (zero the CDB first).
 * @cmd:           the opcode; its group (bits 7-5) selects the layout.
 * @addr:          logical block address (units of the device's blocks);
 *                 0 for commands without one.
 * @cnt:           transfer length: blocks for block devices, bytes or
 *                 blocks for sequential devices.
 * @othr_cdb_data: group 4 only: 32 bits for bytes 6-9 (the low half of a
 *                 64-bit address when bytes 2-5 hold the high half);
 *                 ignored otherwise, pass 0.
 *
 * Layouts, big-endian: group 0 (6 bytes): the 21-bit @addr in byte 1
 * bits 4-0 and bytes 2-3, the count in byte 4; a count above 255 (a
 * 24-bit transfer length of a 6-byte tape command, with @addr 0) carries
 * into the address bytes, so bytes 2-4 hold it.  Group 1 and 2 (10
 * bytes): @addr in bytes 2-5, 16-bit count in bytes 7-8.  Group 4 (16
 * bytes): @addr in bytes 2-5, @othr_cdb_data in bytes 6-9, count in
 * bytes 10-13.  Group 5 (12 bytes): @addr in bytes 2-5, count in bytes
 * 6-9.  Byte 1 bits 7-5 (the SCSI-1 LUN) are never touched.
 * Source: scsi_setup_cdb(9F).
 *
 * Context: any; does not sleep.
 * Return: 1 on success; 0 if @cmd is of group 3, 6 or 7 (the opcode has
 * been stored all the same, as on Solaris) or @cdbp is NULL.
 */
int scsi_setup_cdb(union scsi_cdb *cdbp, uchar_t cmd, uint_t addr,
		   uint_t cnt, uint_t othr_cdb_data)
{
	uchar_t *c;
	u32 v;

	if (!cdbp)
		return 0;
	c = cdbp->cdb_opaque;
	c[0] = cmd;
	switch (CDB_GROUPID(cmd)) {
	case CDB_GROUPID_0:
		v = (addr << 8) + cnt;
		c[1] = (c[1] & 0xE0) | ((v >> 24) & 0x1F);
		c[2] = v >> 16;
		c[3] = v >> 8;
		c[4] = v;
		break;
	case CDB_GROUPID_1:
	case CDB_GROUPID_2:
		scsa_put_be32(&c[2], addr);
		c[7] = cnt >> 8;
		c[8] = cnt;
		break;
	case CDB_GROUPID_4:
		scsa_put_be32(&c[2], addr);
		scsa_put_be32(&c[6], othr_cdb_data);
		scsa_put_be32(&c[10], cnt);
		break;
	case CDB_GROUPID_5:
		scsa_put_be32(&c[2], addr);
		scsa_put_be32(&c[6], cnt);
		break;
	default:
		return 0;
	}
	return 1;
}
EXPORT_SYMBOL_GPL(scsi_setup_cdb);

/* makecom(9F): address, flags, opcode and the SCSI-1 LUN in byte 1 */
static uchar_t *scsa_makecom(struct scsi_pkt *pkt, struct scsi_device *devp,
			     int flag, int cmd)
{
	uchar_t *c;

	if (!pkt || !devp || !pkt->pkt_cdbp)
		return NULL;
	pkt->pkt_address = devp->sd_address;
	pkt->pkt_flags = flag;
	c = pkt->pkt_cdbp;
	c[0] = cmd;
	c[1] = (c[1] & 0x1F) | ((pkt->pkt_address.a_lun & 0x7) << 5);
	return c;
}

/**
 * makecom_g0() - obsolete: build a 6-byte CDB in a packet.
 * @pkt:  a packet from scsi_init_pkt() with a CDB of at least 6 bytes.
 * @devp: the target: its sd_address is copied to pkt_address and its LUN
 *        (a_lun, low 3 bits) goes to CDB byte 1 bits 7-5 (SCSI-1 style).
 * @flag: the new pkt_flags (FLAG_*).
 * @cmd:  a group 0 opcode (not for sequential devices: makecom_g0_s()).
 * @addr: logical block address, 21 bits (byte 1 bits 4-0, bytes 2-3).
 * @cnt:  transfer length in blocks, 8 bits (byte 4).
 *
 * The other CDB bytes are left as they are.  Use scsi_setup_cdb(): a LUN
 * in the CDB is not allowed since SCSI-3.  Source: makecom(9F).
 *
 * Context: any; does not sleep.  Nothing is done if @pkt, its CDB or
 * @devp is NULL.
 */
void makecom_g0(struct scsi_pkt *pkt, struct scsi_device *devp, int flag,
		int cmd, int addr, int cnt)
{
	uchar_t *c = scsa_makecom(pkt, devp, flag, cmd);

	if (!c)
		return;
	c[1] = (c[1] & 0xE0) | (((uint_t)addr >> 16) & 0x1F);
	c[2] = (uint_t)addr >> 8;
	c[3] = addr;
	c[4] = cnt;
}
EXPORT_SYMBOL_GPL(makecom_g0);

/**
 * makecom_g0_s() - obsolete: build a 6-byte sequential-access CDB.
 * @pkt:    a packet from scsi_init_pkt() with a CDB of at least 6 bytes.
 * @devp:   the target, as for makecom_g0().
 * @flag:   the new pkt_flags (FLAG_*).
 * @cmd:    a group 0 opcode of a sequential-access (tape) device.
 * @cnt:    transfer length, 24 bits (bytes 2-4): bytes, or blocks when
 *          @fixbit is set.
 * @fixbit: the low 5 bits of CDB byte 1 (bit 0: FIXED).
 *
 * Source: makecom(9F).
 *
 * Context: any; does not sleep.  Nothing is done if @pkt, its CDB or
 * @devp is NULL.
 */
void makecom_g0_s(struct scsi_pkt *pkt, struct scsi_device *devp, int flag,
		  int cmd, int cnt, int fixbit)
{
	uchar_t *c = scsa_makecom(pkt, devp, flag, cmd);

	if (!c)
		return;
	c[1] = (c[1] & 0xE0) | (fixbit & 0x1F);
	c[2] = (uint_t)cnt >> 16;
	c[3] = (uint_t)cnt >> 8;
	c[4] = cnt;
}
EXPORT_SYMBOL_GPL(makecom_g0_s);

/**
 * makecom_g1() - obsolete: build a 10-byte CDB in a packet.
 * @pkt:  a packet from scsi_init_pkt() with a CDB of at least 10 bytes.
 * @devp: the target, as for makecom_g0().
 * @flag: the new pkt_flags (FLAG_*).
 * @cmd:  a group 1 opcode.
 * @addr: logical block address, 32 bits (bytes 2-5).
 * @cnt:  transfer length in blocks, 16 bits (bytes 7-8).
 *
 * Source: makecom(9F).
 *
 * Context: any; does not sleep.  Nothing is done if @pkt, its CDB or
 * @devp is NULL.
 */
void makecom_g1(struct scsi_pkt *pkt, struct scsi_device *devp, int flag,
		int cmd, int addr, int cnt)
{
	uchar_t *c = scsa_makecom(pkt, devp, flag, cmd);

	if (!c)
		return;
	scsa_put_be32(&c[2], addr);
	c[7] = (uint_t)cnt >> 8;
	c[8] = cnt;
}
EXPORT_SYMBOL_GPL(makecom_g1);

/**
 * makecom_g5() - obsolete: build a 12-byte CDB in a packet.
 * @pkt:  a packet from scsi_init_pkt() with a CDB of at least 12 bytes.
 * @devp: the target, as for makecom_g0().
 * @flag: the new pkt_flags (FLAG_*).
 * @cmd:  a group 5 opcode.
 * @addr: logical block address, 32 bits (bytes 2-5).
 * @cnt:  transfer length in blocks, 32 bits (bytes 6-9).
 *
 * Source: makecom(9F).
 *
 * Context: any; does not sleep.  Nothing is done if @pkt, its CDB or
 * @devp is NULL.
 */
void makecom_g5(struct scsi_pkt *pkt, struct scsi_device *devp, int flag,
		int cmd, int addr, int cnt)
{
	uchar_t *c = scsa_makecom(pkt, devp, flag, cmd);

	if (!c)
		return;
	scsa_put_be32(&c[2], addr);
	scsa_put_be32(&c[6], cnt);
}
EXPORT_SYMBOL_GPL(makecom_g5);
