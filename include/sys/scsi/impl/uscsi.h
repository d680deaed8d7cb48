/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/scsi/impl/uscsi.h>: the user SCSI command interface, uscsi(4I),
 * and the kernel helpers target drivers implement it with.
 *
 * struct uscsi_cmd, the USCSI_* flags and the USCSICMD/USCSIMAXXFER ioctl
 * numbers, with the member names, values and 64-bit layout of illumos, so
 * that a program written for illumos' uscsi builds unchanged.  Written
 * from the uscsi(4I) manual page and illumos' layout; not illumos source.
 *
 * Usable from user space as well as from drivers: a user program includes
 * it as "sys/scsi/impl/uscsi.h" with -iquote <scsa-compat>/include (never
 * -I, which would hide the C library's <sys/types.h>).  The fields use
 * plain C types where illumos uses its own typedefs (uchar_t, ulong_t,
 * caddr_t = char *): the layout is the same, checked member by member
 * below, and no C library extension is needed for caddr_t.
 *
 * Only the LP64 layout (64 bytes) is defined: scsa-compat has no 32-bit
 * (ILP32) conversion and no struct uscsi_cmd32 (the shim's character
 * devices have no compat_ioctl, so a 32-bit process' USCSICMD fails with
 * ENOTTY before any driver sees it; see Documentation/deviations.rst).
 *
 * In the kernel (__KERNEL__) it also declares the scsi_uscsi_* helpers of
 * illumos' SCSA framework (core/scsa_uscsi.c), with which sgen, sd, st and
 * ses implement USCSICMD: scsi_uscsi_alloc_and_copyin() (or
 * scsi_uscsi_alloc() + scsi_uscsi_copyin()), scsi_uscsi_handle_cmd() with
 * the driver's strategy routine, scsi_uscsi_pktinit() when the strategy
 * routine has made the packet, scsi_uscsi_pktfini() in its completion,
 * then scsi_uscsi_copyout_and_free() (or scsi_uscsi_copyout() +
 * scsi_uscsi_free()).
 */
#ifndef _SCSA_SYS_SCSI_IMPL_USCSI_H
#define _SCSA_SYS_SCSI_IMPL_USCSI_H

#ifdef __KERNEL__
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
 * @uscsi_cdb:      the CDB, @uscsi_cdblen bytes (user address; a kernel
 *                  address for an FKIOCTL caller).
 * @uscsi_bufaddr:  the data buffer, @uscsi_buflen bytes (user address,
 *                  or kernel with FKIOCTL / UIO_SYSSPACE).
 * @uscsi_buflen:   bytes to transfer; 0: no data phase.
 * @uscsi_resid:    out: bytes of @uscsi_buflen not transferred.
 * @uscsi_cdblen:   bytes of the CDB.
 * @uscsi_rqlen:    size of @uscsi_rqbuf, bytes (USCSI_RQENABLE).
 * @uscsi_rqstatus: out: status of the request sense (0 when sense was
 *                  fetched automatically and good).
 * @uscsi_rqresid:  out: bytes of @uscsi_rqbuf not filled with sense.
 * @uscsi_rqbuf:    where sense data goes (USCSI_RQENABLE).
 * @uscsi_path_instance: private to multipathing (scsi_vhci, which
 *                  scsa-compat does not have: scsi_uscsi_copyin() refuses
 *                  the USCSI_PATH_INSTANCE flag with EFAULT, as illumos
 *                  does for a non-vhci host).
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

/* illumos' LP64 layout, member by member */
#define	_USCSI_AT(m, off)						\
	_Static_assert(__builtin_offsetof(struct uscsi_cmd, m) == (off),\
		       "struct uscsi_cmd: " #m " not at illumos' offset")
_USCSI_AT(uscsi_flags, 0);
_USCSI_AT(uscsi_status, 4);
_USCSI_AT(uscsi_timeout, 6);
_USCSI_AT(uscsi_cdb, 8);
_USCSI_AT(uscsi_bufaddr, 16);
_USCSI_AT(uscsi_buflen, 24);
_USCSI_AT(uscsi_resid, 32);
_USCSI_AT(uscsi_cdblen, 40);
_USCSI_AT(uscsi_rqlen, 41);
_USCSI_AT(uscsi_rqstatus, 42);
_USCSI_AT(uscsi_rqresid, 43);
_USCSI_AT(uscsi_rqbuf, 48);
_USCSI_AT(uscsi_path_instance, 56);
#undef	_USCSI_AT
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

/**
 * struct uscsi_rqs - request sense data of a uscsi command (illumos).
 * @rqs_flags:   RQS_OVR, RQS_VALID.
 * @rqs_buflen:  bytes @rqs_bufaddr can take.
 * @rqs_resid:   bytes of it not filled.
 * @rqs_bufaddr: the sense buffer.
 */
struct uscsi_rqs {
	int		rqs_flags;
	unsigned short	rqs_buflen;
	unsigned short	rqs_resid;
	char		*rqs_bufaddr;
};

/* rqs_flags */
#define	RQS_OVR			0x01	/* overwritten */
#define	RQS_VALID		0x02	/* valid */

/* ioctl requests: the argument is a struct uscsi_cmd * / uscsi_xfer_t * */
#define	USCSIIOC		(0x04 << 8)
#define	USCSICMD		(USCSIIOC | 201)	/* a user SCSI command */
#define	USCSIMAXXFER		(USCSIIOC | 202)	/* the largest buflen */

#ifdef __KERNEL__
#include <sys/uio.h>		/* enum uio_seg */

struct scsi_address;
struct scsi_pkt;
struct buf;

/* core/scsa_uscsi.c; see the kernel-doc there */
struct uscsi_cmd *scsi_uscsi_alloc(void);
int scsi_uscsi_copyin(intptr_t arg, int flag, struct scsi_address *ap,
	struct uscsi_cmd **uscmdp);
int scsi_uscsi_alloc_and_copyin(intptr_t arg, int flag,
	struct scsi_address *ap, struct uscsi_cmd **uscmdp);
int scsi_uscsi_pktinit(struct uscsi_cmd *uscmd, struct scsi_pkt *pkt);
int scsi_uscsi_handle_cmd(dev_t dev, enum uio_seg dataspace,
	struct uscsi_cmd *uscmd, int (*strat)(struct buf *),
	struct buf *bp, void *private_data);
int scsi_uscsi_pktfini(struct scsi_pkt *pkt, struct uscsi_cmd *uscmd);
int scsi_uscsi_copyout(intptr_t arg, struct uscsi_cmd *uscmd);
void scsi_uscsi_free(struct uscsi_cmd *uscmd);
int scsi_uscsi_copyout_and_free(intptr_t arg, struct uscsi_cmd *uscmd);

#endif /* __KERNEL__ */

#endif /* _SCSA_SYS_SCSI_IMPL_USCSI_H */
