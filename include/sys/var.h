/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/var.h>: struct var, illumos's table of system configuration
 * values, as the read-only object v (v.v_maxsyspri is what target drivers
 * read: the highest system-class priority, for taskq_create()), and ncpus.
 *
 * v is a per-translation-unit constant here, not a kernel variable: Linux
 * has no such table, and a global symbol named "v" would be a poor
 * neighbour for every other module.  Its values are illumos's defaults
 * where they mean something on Linux (v_maxsyspri 99 = maxclsyspri,
 * v_autoup 30 s) and Linux's limits otherwise (v_proc = PID_MAX_LIMIT).
 */
#ifndef _SCSA_SYS_VAR_H
#define _SCSA_SYS_VAR_H

#include <sys/types.h>

struct var {
	int	v_buf;
	int	v_call;
	int	v_proc;
	int	v_maxupttl;
	int	v_nglobpris;
	int	v_maxsyspri;
	int	v_clist;
	int	v_maxup;
	int	v_hbuf;
	int	v_hmask;
	int	v_pbuf;
	int	v_sptmap;
	int	v_maxpmem;
	int	v_autoup;
	int	v_bufhwm;
};

static const struct var v __maybe_unused = {
	.v_proc		= PID_MAX_LIMIT,
	.v_maxupttl	= PID_MAX_LIMIT,
	.v_maxup	= PID_MAX_LIMIT,
	.v_nglobpris	= 170,
	.v_maxsyspri	= 99,
	.v_autoup	= 30,
};

/* ncpus: the number of CPUs in the system (illumos's int ncpus) */
#define	ncpus		((int)num_online_cpus())

#endif /* _SCSA_SYS_VAR_H */
