/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/proc.h>: proc_t and p0, the process kernel threads belong to
 * (thread_create(9F)'s pp argument); declared in <sys/thread.h>.
 */
#ifndef _SCSA_SYS_PROC_H
#define _SCSA_SYS_PROC_H

#include <sys/types.h>
#include <sys/thread.h>

#endif /* _SCSA_SYS_PROC_H */
