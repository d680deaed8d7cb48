/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/errno.h>: the error numbers, Linux's values.  Solaris drivers use
 * them by name, positive, as on Solaris.  ENOTSUP (Solaris' "operation
 * not supported", aphysio(9F) among others) is Linux's EOPNOTSUPP, the
 * value user space knows as ENOTSUP; the kernel-internal ENOTSUPP (524)
 * must never be returned to user space.
 */
#ifndef _SCSA_SYS_ERRNO_H
#define _SCSA_SYS_ERRNO_H

#include <sys/types.h>
#include <linux/errno.h>

#ifndef ENOTSUP
#define	ENOTSUP		EOPNOTSUPP
#endif

#endif /* _SCSA_SYS_ERRNO_H */
