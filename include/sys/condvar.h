/* SPDX-License-Identifier: GPL-2.0 */
/* <sys/condvar.h>: condvar(9F); kcondvar_t and its functions are in <sys/ksynch.h>. */
#ifndef _SCSA_SYS_CONDVAR_H
#define _SCSA_SYS_CONDVAR_H

#include <sys/types.h>
#include <sys/ksynch.h>

#endif /* _SCSA_SYS_CONDVAR_H */
