/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/taskq_impl.h>: illumos's task queue internals.  Drivers that
 * include it (st) use only what <sys/taskq.h> declares.
 */
#ifndef _SCSA_SYS_TASKQ_IMPL_H
#define _SCSA_SYS_TASKQ_IMPL_H

#include <sys/types.h>
#include <sys/taskq.h>

#endif /* _SCSA_SYS_TASKQ_IMPL_H */
