/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/systm.h>: the kernel's general services illumos declares here:
 * nodev(9F), nulldev(9F), min/max, bcopy/bzero/bcmp, printf, and the
 * string functions (Linux's, with the same meaning).
 *
 * nodev() and nulldev() are declared without a prototype, as on illumos,
 * so that they fit every cb_ops/dev_ops slot; the driver build relaxes
 * -Wstrict-prototypes for that (scripts/Makefile.driver).
 *
 * min(), max(), umin() and umax() are illumos's functions.  Linux has macros
 * of those
 * names: a Solaris translation unit gets illumos's, the shim's own files
 * (SCSA_INTERNAL) keep Linux's.
 */
#ifndef _SCSA_SYS_SYSTM_H
#define _SCSA_SYS_SYSTM_H

#include <sys/types.h>
#include <sys/scsa_names.h>
#include <sys/param.h>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstrict-prototypes"
int nodev();
int nulldev();
#pragma GCC diagnostic pop

#ifndef SCSA_INTERNAL
#undef min
#undef max
static inline int min(int a, int b) { return a < b ? a : b; }
static inline int max(int a, int b) { return a > b ? a : b; }
#undef umin
#undef umax
static inline uint_t umin(uint_t a, uint_t b) { return a < b ? a : b; }
static inline uint_t umax(uint_t a, uint_t b) { return a > b ? a : b; }
#endif

/* bcopy(9F), bzero(9F), bcmp(9F): overlapping copies are fine here */
static inline void bcopy(const void *from, void *to, size_t len)
{
	memmove(to, from, len);
}
static inline void bzero(void *addr, size_t len)
{
	memset(addr, 0, len);
}
static inline void ovbcopy(const void *from, void *to, size_t len)
{
	memmove(to, from, len);
}
/* bcmp() is Linux's (lib/string.c): 0 if equal, non-zero otherwise */

/* printf: the kernel log (KERN_INFO), as illumos's kernel printf */
int printf(const char *fmt, ...) __printf(1, 2);

/*
 * do_polled_io: non-zero on illumos while a crash dump is written with
 * interrupts off (drivers then poll instead of sleeping); always 0 here.
 */
extern int do_polled_io;

/* assfail(): a failed ASSERT()/VERIFY() (<sys/debug.h>) */

/* panic(9F) is Linux's panic() */

/* ddi_in_panic(9F): whether the system is panicking (dump context) */
#define	ddi_in_panic()		(oops_in_progress != 0)

#endif /* _SCSA_SYS_SYSTM_H */
