/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/cmn_err.h>: cmn_err(9F) and vcmn_err(9F), the Solaris kernel's
 * console and system log messages, on printk.
 *
 * Levels (values as on Solaris):
 *
 * ==========  ==========================================================
 * CE_CONT     text appended to the current line as given (KERN_CONT);
 *             no newline is added
 * CE_NOTE     the text at KERN_NOTICE, newline added
 * CE_WARN     the text at KERN_WARNING, newline added
 * CE_PANIC    "PANIC: <text>" at KERN_EMERG, newline added, and a one-time
 *             WARN() with a backtrace.  Deviation: the kernel is NOT
 *             panicked (a compatibility layer must not take the machine
 *             down for a driver; panic_on_warn still applies)
 * CE_IGNORE   nothing is printed
 * ==========  ==========================================================
 *
 * A leading character of the format selects the destination on Solaris;
 * it is never printed:
 *
 * * '!' (system log only): printed at KERN_DEBUG, which the default
 *   console log level keeps off the console, after "warning: " or
 *   "notice: " to keep the severity.
 * * '?' (console only when booted verbose; Solaris honours it for CE_CONT
 *   only): a CE_CONT message becomes its own KERN_INFO line, which the
 *   console shows only at a verbose log level (no "quiet").
 * * '^' (console only): deviation: Linux has no console-only message; the
 *   message is printed at its level and is also in the kernel log.
 *
 * Deviation: the severity is the log level; Solaris' "WARNING: " and
 * "NOTICE: " texts are not printed, because Linux log scanners (this
 * project's VM harness among them) take "WARNING:" for a kernel WARN().
 *
 * Messages are formatted into a 256-byte buffer on the stack (longer ones
 * are truncated), so cmn_err() needs no lock and may be called from any
 * context, including interrupt context and pkt_comp.
 */
#ifndef _SCSA_SYS_CMN_ERR_H
#define _SCSA_SYS_CMN_ERR_H

#include <sys/types.h>
#include <sys/scsa_names.h>

#include <linux/compiler.h>
#include <linux/stdarg.h>

#define	CE_CONT		0	/* continuation */
#define	CE_NOTE		1	/* notice */
#define	CE_WARN		2	/* warning */
#define	CE_PANIC	3	/* panic: see above, does not panic */
#define	CE_IGNORE	4	/* print nothing */

void cmn_err(int level, const char *fmt, ...) __printf(2, 3);
void vcmn_err(int level, const char *fmt, va_list ap) __printf(2, 0);

#endif /* _SCSA_SYS_CMN_ERR_H */
