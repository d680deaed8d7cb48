/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/cred.h>: cred_t, the credentials handed to a character driver's
 * entry points, and drv_priv(9F).
 *
 * cred_t is Linux's struct cred: a driver treats it as opaque, as on
 * Solaris.  open(9E) and ioctl(9E), read(9E), write(9E) get the caller's
 * credentials (current_cred()); close(9E) gets those of the process that
 * opened the file (the last close may run in another context).
 */
#ifndef _SCSA_SYS_CRED_H
#define _SCSA_SYS_CRED_H

#include <sys/types.h>
#include <sys/scsa_names.h>

#include <linux/cred.h>

typedef struct cred	cred_t;

int drv_priv(cred_t *cr);

#endif /* _SCSA_SYS_CRED_H */
