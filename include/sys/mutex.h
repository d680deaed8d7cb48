/* SPDX-License-Identifier: GPL-2.0 */
/* <sys/mutex.h>: mutex(9F); kmutex_t and its functions are in <sys/ksynch.h>. */
#ifndef _SCSA_SYS_MUTEX_H
#define _SCSA_SYS_MUTEX_H

#include <sys/types.h>
#include <sys/ksynch.h>

#endif /* _SCSA_SYS_MUTEX_H */
