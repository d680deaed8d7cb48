/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/file.h>: the file flags a character driver's open(9E), close(9E),
 * read(9E), write(9E) and ioctl(9E) entry points receive, values as on
 * Solaris.  scsa-compat derives them from the Linux open file:
 *
 * ==========  ==========================================================
 * FREAD       the file was opened for reading (FMODE_READ)
 * FWRITE      the file was opened for writing (FMODE_WRITE)
 * FNDELAY,    O_NONBLOCK (O_NDELAY is the same flag on Linux); both bits
 * FNONBLOCK   are set together
 * FAPPEND     O_APPEND
 * FSYNC       O_SYNC; FDSYNC: O_DSYNC
 * FEXCL       O_EXCL, to open(9E) only (exclusive open)
 * FKIOCTL     never set for a user's ioctl(2); a kernel caller passing a
 *             kernel address to a driver's ioctl sets it (ddi_copyin(9F))
 * ==========  ==========================================================
 *
 * Solaris' FASYNC (0x1000) is not defined: Linux's <linux/fcntl.h>
 * already uses the name for O_ASYNC.
 */
#ifndef _SCSA_SYS_FILE_H
#define _SCSA_SYS_FILE_H

#include <sys/types.h>
#include <sys/model.h>

#define	FREAD		0x01
#define	FWRITE		0x02
#define	FNDELAY		0x04
#define	FAPPEND		0x08
#define	FSYNC		0x10
#define	FDSYNC		0x40
#define	FNONBLOCK	0x80

/* open-only modes */
#define	FCREAT		0x0100
#define	FTRUNC		0x0200
#define	FEXCL		0x0400
#define	FNOCTTY		0x0800

/* ioctl from the kernel: addresses are kernel addresses (ddi_copyin(9F)) */
#define	FKIOCTL		0x80000000
/* open from another kernel module (layered driver); never set here */
#define	FKLYR		0x40000000

/* further names and values of illumos's header */
#define	FOPEN	0xffffffff
#define	FREVOKED	0x20
#define	FMASK	0xa0ff
#define	FOFFMAX	0x2000
#define	FXATTR	0x4000
#define	FRSYNC	0x8000
#define	FNODSYNC	0x10000
#define	FNOFOLLOW	0x20000
#define	FNOLINKS	0x40000
#define	FIGNORECASE	0x80000
#define	FXATTRDIROPEN	0x100000
#define	FSEARCH	0x200000
#define	FEXEC	0x400000
#define	FCLOEXEC	0x800000
#define	FDIRECTORY	0x1000000
#define	FDIRECT	0x2000000
#define	FMODELS	DATAMODEL_MASK
#define	FILP32	DATAMODEL_ILP32
#define	FLP64	DATAMODEL_LP64
#define	FNATIVE	DATAMODEL_NATIVE

#endif /* _SCSA_SYS_FILE_H */
