/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/mtio.h>: the names, values and structure layouts of illumos's LP64
 * <sys/mtio.h> (an ABI shared with the programs that call a driver's ioctls),
 * for the x86-64 little-endian, 64-bit-only (no _MULTI_DATAMODEL) case.
 */
#ifndef _SCSA_SYS_MTIO_H
#define _SCSA_SYS_MTIO_H

#include <sys/types.h>

struct mtop	{
	short		mt_op;
	daddr_t		mt_count;
};

struct mtlop	{
	short		mt_op;
	short		pad[3];
	int64_t		mt_count;
};

#define	MTWEOF		0
#define	MTFSF		1
#define	MTBSF		2
#define	MTFSR		3
#define	MTBSR		4
#define	MTREW		5
#define	MTOFFL		6
#define	MTNOP		7
#define	MTRETEN		8
#define	MTERASE		9
#define	MTEOM		10
#define	MTNBSF		11
#define	MTSRSZ		12
#define	MTGRSZ		13
#define	MTLOAD		14

#define	MTBSSF		15
#define	MTFSSF		16
#define	MTTELL		17
#define	MTSEEK		18
#define	MTLOCK		19
#define	MTUNLOCK	20

struct mtget	{
	short		mt_type;

	short		mt_dsreg;
	short		mt_erreg;

	daddr_t		mt_resid;
	daddr_t		mt_fileno;
	daddr_t		mt_blkno;
	ushort_t	mt_flags;
	short		mt_bf;
};

#define	MT_NDENSITIES	4
#define	MT_NSPEEDS	4

struct mtdrivetype {
	char    name[64];
	char    vid[25];
	char    type;
	int	bsize;
	int	options;
	int	max_rretries;
	int	max_wretries;
	uchar_t densities[MT_NDENSITIES];
	uchar_t	default_density;
	uchar_t speeds[MT_NSPEEDS];
	ushort_t non_motion_timeout;
	ushort_t io_timeout;
	ushort_t rewind_timeout;
	ushort_t space_timeout;
	ushort_t load_timeout;
	ushort_t unload_timeout;
	ushort_t erase_timeout;
};

struct mterror_entry {
	size_t mtee_cdb_len;
	uchar_t *mtee_cdb_buf;
	size_t mtee_arq_status_len;
	struct scsi_arq_status *mtee_arq_status;

};

#define	MTERROR_ENTRY_SIZE_64 (sizeof (struct mterror_entry))

struct mterror_entry_stack {
	struct mterror_entry mtees_entry;
	struct mterror_entry_stack *mtees_nextp;
};

#define	MTERROR_LINK_ENTRY_SIZE (sizeof (struct mterror_entry_stack))

struct mtdrivetype_request {
	int	size;
	struct  mtdrivetype *mtdtp;
};

#define	MTF_SCSI		0x01
#define	MTF_REEL		0x02
#define	MTF_ASF			0x04

#define	MTF_TAPE_HEAD_DIRTY	0x08
#define	MTF_TAPE_CLN_SUPPORTED	0x10
#define	MTF_WORM_MEDIA		0x20
#define	MTF_LOGICAL_BLOCK	0x40

#define	MT_ISTS		0x01
#define	MT_ISHT		0x02
#define	MT_ISTM		0x03
#define	MT_ISMT		0x04
#define	MT_ISUT		0x05
#define	MT_ISCPC	0x06
#define	MT_ISAR		0x07
#define	MT_ISSC		0x08
#define	MT_ISSYSGEN11	0x10
#define	MT_ISSYSGEN	0x11
#define	MT_ISDEFAULT	0x12
#define	MT_ISCCS3	0x13
#define	MT_ISMT02	0x14
#define	MT_ISVIPER1	0x15
#define	MT_ISWANGTEK1	0x16
#define	MT_ISCCS7	0x17
#define	MT_ISCCS8	0x18
#define	MT_ISCCS9	0x19
#define	MT_ISCCS11	0x1a
#define	MT_ISCCS12	0x1b
#define	MT_ISCCS13	0x1c
#define	MT_ISCCS14	0x1d
#define	MT_ISCCS15	0x1e
#define	MT_ISCCS16	0x1f
#define	MT_ISCDC	0x20
#define	MT_ISFUJI	0x21
#define	MT_ISKENNEDY	0x22
#define	MT_ISHP		0x23
#define	MT_ISSTC	0x24
#define	MT_ISANRITSU	0x25
#define	MT_ISCCS23	0x26
#define	MT_ISCCS24	0x27
#define	MT_ISEXABYTE	0x28
#define	MT_ISEXB8500	0x29
#define	MT_ISWANGTHS	0x2a
#define	MT_ISWANGDAT	0x2b
#define	MT_ISPYTHON	0x2c
#define	MT_ISCCS28	0x2d
#define	MT_ISCCS29	0x2e
#define	MT_ISCCS30	0x2f
#define	MT_ISCCS31	0x30
#define	MT_ISCCS32	0x31

#define	MT_ISQIC	0x32
#define	MT_ISREEL	0x33
#define	MT_ISDAT	0x34
#define	MT_IS8MM	0x35
#define	MT_ISOTHER	0x36

#define	MT_ISTAND25G	0x37
#define	MT_ISDLT	0x38
#define	MT_ISSTK9840	0x39
#define	MT_ISBMDLT1	0x3a
#define	MT_LTO		0x3b
#define	MT_ISAIT	0x3c

struct mt_tape_info {
	short	t_type;
	char	*t_name;
	char	*t_dsbits;
	char	*t_erbits;
};

#define	MTIOC			('m'<<8)
#define	MTIOCTOP		(MTIOC|1)
#define	MTIOCGET		(MTIOC|2)
#define	MTIOCGETDRIVETYPE	(MTIOC|3)
#define	MTIOCPERSISTENT		(MTIOC|4)
#define	MTIOCPERSISTENTSTATUS	(MTIOC|5)
#define	MTIOCLRERR		(MTIOC|6)
#define	MTIOCGUARANTEEDORDER	(MTIOC|7)
#define	MTIOCRESERVE		(MTIOC|8)
#define	MTIOCRELEASE		(MTIOC|9)
#define	MTIOCFORCERESERVE	(MTIOC|10)
#define	MTIOCGETERROR		(MTIOC|11)
#define	MTIOCSTATE		(MTIOC|13)

#define	MTIOCREADIGNOREILI  	(MTIOC|14)
#define	MTIOCREADIGNOREEOFS 	(MTIOC|15)
#define	MTIOCSHORTFMK		(MTIOC|16)
#define	MTIOCGETPOS		(MTIOC|17)
#define	MTIOCRESTPOS		(MTIOC|18)
#define	MTIOCLTOP		(MTIOC|19)

enum mtio_state { MTIO_NONE, MTIO_EJECTED, MTIO_INSERTED };

#define	DEFTAPE	"/dev/rmt/0"

#define	MTUNIT(dev)	(((getminor(dev) & 0xff80) >> 5) +  			    (getminor(dev) & 0x3))
#define	MT_NOREWIND	(1 <<2)
#define	MT_DENSITY_MASK	(3 <<3)
#define	MT_DENSITY1	(0 <<3)
#define	MT_DENSITY2	(1 <<3)
#define	MT_DENSITY3	(2 <<3)
#define	MT_DENSITY4	(3 <<3)
#define	MTMINOR(unit)	((((unit) & 0x7fc) << 5) + ((unit) & 0x3))
#define	MT_BSD		(1 <<6)
#define	MT_DENSITY(dev) ((getminor(dev) & MT_DENSITY_MASK) >> 3)

#endif /* _SCSA_SYS_MTIO_H */
