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

#endif /* _SCSA_SYS_FILE_H */
