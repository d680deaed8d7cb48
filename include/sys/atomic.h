/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/atomic.h>: the illumos atomic operations, atomic_ops(9F), with the
 * widths illumos gives them (8, 16, 32, 64 bits, char, short, int, long,
 * pointer).  Each is a static inline on the compiler's __atomic builtins
 * with full (sequentially consistent) ordering, so no symbol is exported
 * and no name meets Linux's atomic_t API (whose names carry no width).
 * The _nv forms return the new value; atomic_cas_* and atomic_swap_*
 * return the old one.  Context: any, including interrupt context.
 */
#ifndef _SCSA_SYS_ATOMIC_H
#define _SCSA_SYS_ATOMIC_H

#include <sys/types.h>

#define	__SCSA_ATOMIC_OPS(sfx, type, dtype)				\
static inline void atomic_add_##sfx(volatile type *t, dtype d)		\
{ __atomic_add_fetch(t, (type)d, __ATOMIC_SEQ_CST); }			\
static inline type atomic_add_##sfx##_nv(volatile type *t, dtype d)	\
{ return __atomic_add_fetch(t, (type)d, __ATOMIC_SEQ_CST); }		\
static inline void atomic_inc_##sfx(volatile type *t)			\
{ __atomic_add_fetch(t, 1, __ATOMIC_SEQ_CST); }				\
static inline type atomic_inc_##sfx##_nv(volatile type *t)		\
{ return __atomic_add_fetch(t, 1, __ATOMIC_SEQ_CST); }			\
static inline void atomic_dec_##sfx(volatile type *t)			\
{ __atomic_sub_fetch(t, 1, __ATOMIC_SEQ_CST); }				\
static inline type atomic_dec_##sfx##_nv(volatile type *t)		\
{ return __atomic_sub_fetch(t, 1, __ATOMIC_SEQ_CST); }			\
static inline type atomic_cas_##sfx(volatile type *t, type c, type n)	\
{ __atomic_compare_exchange_n(t, &c, n, false, __ATOMIC_SEQ_CST,	\
			      __ATOMIC_SEQ_CST); return c; }		\
static inline type atomic_swap_##sfx(volatile type *t, type n)		\
{ return __atomic_exchange_n(t, n, __ATOMIC_SEQ_CST); }

#define	__SCSA_ATOMIC_BITOPS(sfx, type)					\
static inline void atomic_or_##sfx(volatile type *t, type b)		\
{ __atomic_or_fetch(t, b, __ATOMIC_SEQ_CST); }				\
static inline type atomic_or_##sfx##_nv(volatile type *t, type b)	\
{ return __atomic_or_fetch(t, b, __ATOMIC_SEQ_CST); }			\
static inline void atomic_and_##sfx(volatile type *t, type b)		\
{ __atomic_and_fetch(t, b, __ATOMIC_SEQ_CST); }				\
static inline type atomic_and_##sfx##_nv(volatile type *t, type b)	\
{ return __atomic_and_fetch(t, b, __ATOMIC_SEQ_CST); }

__SCSA_ATOMIC_OPS(8, uint8_t, int8_t)
__SCSA_ATOMIC_OPS(16, uint16_t, int16_t)
__SCSA_ATOMIC_OPS(32, uint32_t, int32_t)
__SCSA_ATOMIC_OPS(64, uint64_t, int64_t)
__SCSA_ATOMIC_OPS(uchar, uchar_t, signed char)
__SCSA_ATOMIC_OPS(ushort, ushort_t, short)
__SCSA_ATOMIC_OPS(uint, uint_t, int)
__SCSA_ATOMIC_OPS(ulong, ulong_t, long)

__SCSA_ATOMIC_BITOPS(8, uint8_t)
__SCSA_ATOMIC_BITOPS(16, uint16_t)
__SCSA_ATOMIC_BITOPS(32, uint32_t)
__SCSA_ATOMIC_BITOPS(64, uint64_t)
__SCSA_ATOMIC_BITOPS(uchar, uchar_t)
__SCSA_ATOMIC_BITOPS(ushort, ushort_t)
__SCSA_ATOMIC_BITOPS(uint, uint_t)
__SCSA_ATOMIC_BITOPS(ulong, ulong_t)

/* illumos spells the signed-delta char/short/int/long adds this way */
static inline void atomic_add_char(volatile uchar_t *t, signed char d)
{ atomic_add_uchar(t, d); }
static inline uchar_t atomic_add_char_nv(volatile uchar_t *t, signed char d)
{ return atomic_add_uchar_nv(t, d); }
static inline void atomic_add_short(volatile ushort_t *t, short d)
{ atomic_add_ushort(t, d); }
static inline ushort_t atomic_add_short_nv(volatile ushort_t *t, short d)
{ return atomic_add_ushort_nv(t, d); }
static inline void atomic_add_int(volatile uint_t *t, int d)
{ atomic_add_uint(t, d); }
static inline uint_t atomic_add_int_nv(volatile uint_t *t, int d)
{ return atomic_add_uint_nv(t, d); }
static inline void atomic_add_long(volatile ulong_t *t, long d)
{ atomic_add_ulong(t, d); }
static inline ulong_t atomic_add_long_nv(volatile ulong_t *t, long d)
{ return atomic_add_ulong_nv(t, d); }

/* pointers: the delta is in bytes */
static inline void atomic_add_ptr(volatile void *t, ssize_t d)
{ __atomic_add_fetch((volatile uintptr_t *)t, (uintptr_t)d, __ATOMIC_SEQ_CST); }
static inline void *atomic_add_ptr_nv(volatile void *t, ssize_t d)
{ return (void *)__atomic_add_fetch((volatile uintptr_t *)t, (uintptr_t)d,
				    __ATOMIC_SEQ_CST); }
static inline void *atomic_cas_ptr(volatile void *t, void *c, void *n)
{
	__atomic_compare_exchange_n((void *volatile *)t, &c, n, false,
				    __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
	return c;
}
static inline void *atomic_swap_ptr(volatile void *t, void *n)
{ return __atomic_exchange_n((void *volatile *)t, n, __ATOMIC_SEQ_CST); }

/* set/clear bit @bit of *@t; -1 if it already had that value, else 0 */
static inline int atomic_set_long_excl(volatile ulong_t *t, uint_t bit)
{
	ulong_t b = 1UL << bit;

	return (__atomic_fetch_or(t, b, __ATOMIC_SEQ_CST) & b) ? -1 : 0;
}
static inline int atomic_clear_long_excl(volatile ulong_t *t, uint_t bit)
{
	ulong_t b = 1UL << bit;

	return (__atomic_fetch_and(t, ~b, __ATOMIC_SEQ_CST) & b) ? 0 : -1;
}

/* memory barriers */
static inline void membar_enter(void) { __atomic_thread_fence(__ATOMIC_SEQ_CST); }
static inline void membar_exit(void) { __atomic_thread_fence(__ATOMIC_SEQ_CST); }
static inline void membar_producer(void) { __atomic_thread_fence(__ATOMIC_RELEASE); }
static inline void membar_consumer(void) { __atomic_thread_fence(__ATOMIC_ACQUIRE); }
static inline void membar_sync(void) { __atomic_thread_fence(__ATOMIC_SEQ_CST); }

#endif /* _SCSA_SYS_ATOMIC_H */
