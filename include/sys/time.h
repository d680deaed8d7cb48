/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/time.h>: kernel time types and units as illumos names them.
 * hrtime_t is in <sys/types.h>; gethrtime(9F) and the clocks are declared
 * with the other thread and clock services.
 */
#ifndef _SCSA_SYS_TIME_H
#define _SCSA_SYS_TIME_H

#include <sys/types.h>
#include <sys/param.h>

typedef struct timespec64 timestruc_t;
typedef struct timespec64 timespec_t;

#define	SEC		1
#define	MILLISEC	1000
#define	MICROSEC	1000000
#define	NANOSEC		1000000000LL

#endif /* _SCSA_SYS_TIME_H */
