// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_systm.c - <sys/systm.h>'s printf and <sys/debug.h>'s assertion
 * failures.
 */
#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/module.h>
#include <linux/printk.h>
#include <sys/debug.h>

/* <sys/systm.h>: Linux writes crash dumps without the drivers' help */
int do_polled_io;
EXPORT_SYMBOL_GPL(scsa_do_polled_io);

/**
 * printf() - illumos's kernel printf: a line in the kernel log.
 * @fmt: a printf format (Linux's %p extensions are not for Solaris code);
 *       the text goes to the log at KERN_INFO, a trailing newline as the
 *       caller gave it (a line without one is continued by the next).
 *
 * Context: any, including interrupt context and pkt_comp; does not sleep.
 * Source: illumos's kernel printf (cmn_err(9F) with CE_CONT, in effect).
 * Return: the number of characters logged.
 */
int printf(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vprintk(fmt, ap);
	va_end(ap);
	return n;
}
EXPORT_SYMBOL_GPL(scsa_printf);

/**
 * scsa_assfail() - a failed ASSERT() or VERIFY() (<sys/debug.h>).
 * @expr: the expression's text.
 * @file: the source file.
 * @line: the line.
 *
 * Logs "assertion failed: EXPR, file: FILE, line: LINE" with a stack trace
 * (WARN) and returns, where illumos panics: see <sys/debug.h>.
 * Context: any; does not sleep.
 * Return: 0, so that the macros can be written as expressions.
 */
int scsa_assfail(const char *expr, const char *file, int line)
{
	WARN(1, "assertion failed: %s, file: %s, line: %d\n", expr, file, line);
	return 0;
}
EXPORT_SYMBOL_GPL(scsa_assfail);

/**
 * scsa_assfail3() - a failed ASSERT3*() or VERIFY3*().
 * @expr: the comparison's text.
 * @l:    the left value.
 * @op:   the operator.
 * @r:    the right value.
 * @file: the source file.
 * @line: the line.
 *
 * As scsa_assfail(), with both values (in hex) in the message.
 * Context: any; does not sleep.
 * Return: 0.
 */
int scsa_assfail3(const char *expr, unsigned long long l, const char *op,
		  unsigned long long r, const char *file, int line)
{
	WARN(1, "assertion failed: %s (0x%llx %s 0x%llx), file: %s, line: %d\n",
	     expr, l, op, r, file, line);
	return 0;
}
EXPORT_SYMBOL_GPL(scsa_assfail3);
