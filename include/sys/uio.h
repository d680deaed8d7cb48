/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/uio.h>: struct uio (uio(9S)), the description of a read(9E) or
 * write(9E) transfer, with iovec_t and uiomove(9F).
 *
 * struct iovec is Linux's (<linux/uio.h>): the same members, iov_base
 * (a void __user *, Solaris' caddr_t) and iov_len (size_t).
 *
 * For a read(2) or write(2) on a character minor node scsa-compat builds a
 * uio with one iovec (the caller's buffer), uio_loffset = the file
 * position, uio_segflg = UIO_USERSPACE, uio_fmode = the file's FREAD/
 * FWRITE/FNONBLOCK... flags (<sys/file.h>) and uio_resid = the byte count;
 * the driver moves data with uiomove(9F) or physio(9F), which advance
 * uio_iov, uio_loffset and uio_resid.  The system call returns the bytes
 * moved (the count less uio_resid) and the file position becomes
 * uio_loffset.
 *
 * uio_offset and uio_loffset are the same 64-bit member here (Linux is
 * LP64 only for this project); uio_limit and uio_extflg are not used.
 */
#ifndef _SCSA_SYS_UIO_H
#define _SCSA_SYS_UIO_H

#include <sys/types.h>
#include <sys/scsa_names.h>

#include <linux/uio.h>

typedef struct iovec	iovec_t;

typedef enum uio_seg {
	UIO_USERSPACE,		/* user data space */
	UIO_SYSSPACE,		/* kernel data space */
	UIO_USERISPACE		/* user instruction space: as UIO_USERSPACE */
} uio_seg_t;

typedef struct uio {
	iovec_t		*uio_iov;	/* the iovecs, uio_iovcnt of them */
	int		uio_iovcnt;
	offset_t	_uio_offset;	/* file offset, bytes */
	uio_seg_t	uio_segflg;	/* where the iovec addresses point */
	uint16_t	uio_fmode;	/* file mode flags (FREAD ...) */
	uint16_t	uio_extflg;	/* unused */
	offset_t	_uio_limit;	/* unused */
	ssize_t		uio_resid;	/* bytes not yet moved */
} uio_t;

#define	uio_loffset	_uio_offset
#define	uio_offset	_uio_offset
#define	uio_llimit	_uio_limit
#define	uio_limit	_uio_limit

/* uiomove(9F) direction */
typedef enum uio_rw { UIO_READ, UIO_WRITE } uio_rw_t;

int uiomove(caddr_t address, size_t nbytes, enum uio_rw rwflag,
	uio_t *uio_p);

#endif /* _SCSA_SYS_UIO_H */
