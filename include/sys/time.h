/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/time.h>: kernel time types and units as illumos names them, and
 * the clocks: gethrtime(9F), ddi_get_lbolt(9F), ddi_get_lbolt64(9F).
 * hrtime_t is in <sys/types.h>.
 */
#ifndef _SCSA_SYS_TIME_H
#define _SCSA_SYS_TIME_H

#include <sys/types.h>
#include <sys/scsa_names.h>
#include <sys/param.h>

typedef struct timespec64 timestruc_t;
typedef struct timespec64 timespec_t;

#define	SEC		1
#define	MILLISEC	1000
#define	MICROSEC	1000000
#define	NANOSEC		1000000000LL

#define	MSEC2NSEC(m)	((hrtime_t)(m) * (NANOSEC / MILLISEC))
#define	NSEC2MSEC(n)	((n) / (NANOSEC / MILLISEC))
#define	USEC2NSEC(m)	((hrtime_t)(m) * (NANOSEC / MICROSEC))
#define	NSEC2USEC(n)	((n) / (NANOSEC / MICROSEC))
#define	NSEC2SEC(n)	((n) / (NANOSEC / SEC))
#define	SEC2NSEC(m)	((hrtime_t)(m) * (NANOSEC / SEC))

hrtime_t gethrtime(void);
clock_t ddi_get_lbolt(void);
int64_t ddi_get_lbolt64(void);

#endif /* _SCSA_SYS_TIME_H */
