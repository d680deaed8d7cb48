/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/fdio.h>: the names, values and structure layouts of illumos's LP64
 * <sys/fdio.h> (an ABI shared with the programs that call a driver's ioctls),
 * for the x86-64 little-endian, 64-bit-only (no _MULTI_DATAMODEL) case.
 */
#ifndef _SCSA_SYS_FDIO_H
#define _SCSA_SYS_FDIO_H

#include <sys/types.h>
struct fd_char {
	uchar_t fdc_medium;
	int fdc_transfer_rate;
	int fdc_ncyl;
	int fdc_nhead;
	int fdc_sec_size;
	int fdc_secptrack;
	int fdc_steps;
};

struct fd_state {
	int	fds_bsec;
	int 	fds_strack;
	int	fds_step;
	int	fds_rate;
	int	fds_error;
};

#define	FDGC_HISTORY	0x01
#define	FDGC_CURRENT	0x02
#define	FDGC_CURWPROT	0x10
#define	FDGC_DETECTED	0x20

struct fd_drive {
	int fdd_ejectable;
	int fdd_maxsearch;

	int fdd_writeprecomp;
	int fdd_writereduce;
	int fdd_stepwidth;
	int fdd_steprate;
	int fdd_headsettle;
	int fdd_headload;
	int fdd_headunload;
	int fdd_motoron;
	int fdd_motoroff;
	int fdd_precomplevel;
	int fdd_pins;
	int fdd_flags;
};

#define	FDD_READY	0x1
#define	FDD_MOTON	0x2
#define	FDD_POLLABLE	0x4

struct fd_search {
	int	fds_numentries;
	struct	fd_char *fds_search;
};

struct fd_cmd {
	ushort_t	fdc_cmd;
	int		fdc_flags;
	daddr_t		fdc_blkno;
	int		fdc_secnt;
	caddr_t		fdc_bufaddr;
	uint_t		fdc_buflen;
};

#define	FDCMD_WRITE		1
#define	FDCMD_READ		2
#define	FDCMD_SEEK		3
#define	FDCMD_REZERO		4
#define	FDCMD_FORMAT_UNIT 	5
#define	FDCMD_FORMAT_TRACK	6

#define	FD_SILENT	0x01
#define	FD_DIAGNOSE	0x02
#define	FD_ISOLATE	0x04
#define	FD_READ		0x08
#define	FD_WRITE	0x10

struct fd_raw {
	char	fdr_cmd[10];
	short   fdr_cnum;
	char    fdr_result[10];
	ushort_t fdr_nbytes;
	caddr_t	fdr_addr;
};

#define	FDRAW_SPECIFY	0x03
#define	FDRAW_READID	0x0a
#define	FDRAW_SENSE_DRV	0x04
#define	FDRAW_REZERO	0x07
#define	FDRAW_SEEK	0x0f
#define	FDRAW_SENSE_INT	0x08
#define	FDRAW_FORMAT	0x0d
#define	FDRAW_READTRACK	0x02
#define	FDRAW_WRCMD	0x05
#define	FDRAW_RDCMD	0x06
#define	FDRAW_WRITEDEL	0x09
#define	FDRAW_READDEL	0x0c

#define	FDIOC		(0x04 << 8)
#define	FDIOGCHAR	(FDIOC|51)
#define	FDIOSCHAR	(FDIOC|52)
#define	FDEJECT		(FDIOC|53)
#define	FDGETCHANGE	(FDIOC|54)
#define	FDGETDRIVECHAR	(FDIOC|55)
#define	FDSETDRIVECHAR	(FDIOC|56)
#define	FDGETSEARCH	(FDIOC|57)
#define	FDSETSEARCH	(FDIOC|58)
#define	FDIOCMD		(FDIOC|59)
#define	FDRAW		(FDIOC|70)
#define	FDDEFGEOCHAR	(FDIOC|86)

#endif /* _SCSA_SYS_FDIO_H */
