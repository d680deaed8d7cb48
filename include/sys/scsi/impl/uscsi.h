/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/scsi/impl/uscsi.h>: the user SCSI command interface, uscsi(4I).
 *
 * struct uscsi_cmd, the USCSI_* flags and the USCSICMD/USCSIMAXXFER ioctl
 * numbers, with the member names, values and 64-bit layout of illumos, so
 * that a program written for illumos' uscsi builds unchanged.  Written
 * from the uscsi(4I) manual page; not illumos source.
 *
 * Usable from user space as well as from drivers: a user program includes
 * it as "sys/scsi/impl/uscsi.h" with -iquote <scsa-compat>/include (never
 * -I, which would hide the C library's <sys/types.h>).  The fields use
 * plain C types where illumos uses its own typedefs (uchar_t, ulong_t):
 * the layout is the same, and the addresses are char * (illumos'
 * caddr_t), so that no C library extension is needed for caddr_t.
 *
 * Only the LP64 layout (64 bytes) is defined: scsa-compat has no 32-bit
 * (ILP32) conversion, and a 32-bit process' USCSICMD fails with ENOTTY.
 */
#ifndef _SCSA_SYS_SCSI_IMPL_USCSI_H
#define _SCSA_SYS_SCSI_IMPL_USCSI_H

#ifdef __KERNEL__
#include <sys/types.h>
#include <sys/types.h>		/* scsa-compat's: size_t, u64 */
typedef u64 uscsi_xfer_t;
#else
#include <stddef.h>		/* the C library's: size_t */
#include <stdint.h>
typedef uint64_t uscsi_xfer_t;	/* USCSIMAXXFER: bytes */
#endif

/**
 * struct uscsi_cmd - one user SCSI command (uscsi(4I)).
 * @uscsi_flags:    USCSI_* below: direction, sense, resets.
 * @uscsi_status:   out: the SCSI status byte of the command.
 * @uscsi_timeout:  seconds the command may take; 0 or less: the
 *                  driver's default.
 * @uscsi_cdb:      the CDB, @uscsi_cdblen bytes (user address).
 * @uscsi_bufaddr:  the data buffer, @uscsi_buflen bytes (user address).
 * @uscsi_buflen:   bytes to transfer; 0: no data phase.
 * @uscsi_resid:    out: bytes of @uscsi_buflen not transferred.
 * @uscsi_cdblen:   bytes of the CDB.
 * @uscsi_rqlen:    size of @uscsi_rqbuf, bytes (USCSI_RQENABLE).
 * @uscsi_rqstatus: out: status of the request sense (0 when sense was
 *                  fetched automatically and good).
 * @uscsi_rqresid:  out: bytes of @uscsi_rqbuf not filled with sense.
 * @uscsi_rqbuf:    where sense data goes (USCSI_RQENABLE).
 * @uscsi_path_instance: private to multipathing; must be 0 (the
 *                  USCSI_PATH_INSTANCE flag is refused).
 */
struct uscsi_cmd {
	int		uscsi_flags;
	short		uscsi_status;
	short		uscsi_timeout;
	char		*uscsi_cdb;
	char		*uscsi_bufaddr;
	size_t		uscsi_buflen;
	size_t		uscsi_resid;
	unsigned char	uscsi_cdblen;
	unsigned char	uscsi_rqlen;
	unsigned char	uscsi_rqstatus;
	unsigned char	uscsi_rqresid;
	char		*uscsi_rqbuf;
	unsigned long	uscsi_path_instance;
};

_Static_assert(sizeof(struct uscsi_cmd) == 64,
	       "struct uscsi_cmd must have illumos' LP64 layout");

/* uscsi_flags: generic */
#define	USCSI_SILENT		0x00000001	/* no error messages */
#define	USCSI_DIAGNOSE		0x00000002	/* no retries or recovery */
#define	USCSI_ISOLATE		0x00000004	/* not with other commands */
#define	USCSI_READ		0x00000008	/* data from the device */
#define	USCSI_WRITE		0x00000000	/* data to the device */
#define	USCSI_RESET		0x00004000	/* reset the target */
#define	USCSI_RESET_TARGET	USCSI_RESET
#define	USCSI_RESET_ALL		0x00008000	/* reset every target */
#define	USCSI_RQENABLE		0x00010000	/* return sense in uscsi_rqbuf */
#define	USCSI_RENEGOT		0x00020000	/* renegotiate wide/sync */
#define	USCSI_RESET_LUN		0x00040000	/* reset the logical unit */
#define	USCSI_PATH_INSTANCE	0x00080000	/* multipathing: refused */

/* uscsi_flags: parallel SCSI bus only */
#define	USCSI_ASYNC		0x00001000
#define	USCSI_SYNC		0x00002000

/* uscsi_flags: for a target driver's own commands, not for user level */
#define	USCSI_NOINTR		0x00000040
#define	USCSI_NOTAG		0x00000100
#define	USCSI_OTAG		0x00000200
#define	USCSI_HTAG		0x00000400
#define	USCSI_HEAD		0x00000800
#define	USCSI_NOPARITY		0x00000010
#define	USCSI_NODISCON		0x00000020
#define	USCSI_PMFAILFAST	0x00100000

/* bits that must be zero */
#define	USCSI_RESERVED		0xffe00000

/* ioctl requests: the argument is a struct uscsi_cmd * / uscsi_xfer_t * */
#define	USCSIIOC		(0x04 << 8)
#define	USCSICMD		(USCSIIOC | 201)	/* a user SCSI command */
#define	USCSIMAXXFER		(USCSIIOC | 202)	/* the largest buflen */

#endif /* _SCSA_SYS_SCSI_IMPL_USCSI_H */
