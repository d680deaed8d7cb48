/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/poll.h>: the poll(2) event bits of chpoll(9E) (Linux's values are
 * illumos's for these) and struct pollhead, which scsa-compat never
 * fills: cb_chpoll is not called (see <sys/conf.h>).
 */
#ifndef _SCSA_SYS_POLL_H
#define _SCSA_SYS_POLL_H

#include <sys/types.h>

struct pollhead;

#endif /* _SCSA_SYS_POLL_H */
