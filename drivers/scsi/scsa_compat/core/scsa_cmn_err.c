// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_cmn_err.c - <sys/cmn_err.h>'s cmn_err(9F) and vcmn_err(9F), and
 * scsi_log(9F), which formats and routes its messages the same way.
 *
 * Messages are formatted on the stack: every routine may be called from
 * any context, concurrently.  (illumos formats scsi_log() messages in one
 * global buffer under a mutex.)
 */
#include <sys/scsi/scsi_subr.h>
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/moduleparam.h>
#include <linux/printk.h>
#include <linux/bug.h>
#include <linux/string.h>
#include <linux/device.h>
#define SCSA_INTERNAL
#include <scsa/scsa_sense_bridge.h>
#include <sys/scsi/generic/inquiry.h>

static bool scsa_debug;
module_param(scsa_debug, bool, 0644);
MODULE_PARM_DESC(scsa_debug,
		 "print scsi_log(9F) messages of level SCSI_DEBUG (default: off)");

/* ---- cmn_err(9F), scsi_log(9F) ---- */

#define SCSA_LOG_BUFLEN	256

enum scsa_dest { SCSA_DEST_ALL, SCSA_DEST_LOG, SCSA_DEST_BOOT, SCSA_DEST_CONS };

/* Solaris' leading '!', '?', '^': where the message goes; never printed */
static const char *scsa_dest(const char *msg, enum scsa_dest *dest)
{
	switch (msg[0]) {
	case '!':
		*dest = SCSA_DEST_LOG;
		return msg + 1;
	case '?':
		*dest = SCSA_DEST_BOOT;
		return msg + 1;
	case '^':
		*dest = SCSA_DEST_CONS;
		return msg + 1;
	default:
		*dest = SCSA_DEST_ALL;
		return msg;
	}
}

/*
 * One kernel log record.  With @dev: "<dev prefix>: (<who><inst>): ";
 * without: "<who>: " (or nothing if @who is NULL).  A newline is added
 * unless @msg ends with one.
 */
static void scsa_print(const char *klevel, struct device *dev,
		       const char *who, int inst, const char *tag,
		       const char *msg)
{
	size_t n = strlen(msg);
	const char *nl = n && msg[n - 1] == '\n' ? "" : "\n";

	/* the level is a "%s" argument: printk() parses it from the text */
	if (dev)
		dev_printk(klevel, dev, "(%s%d): %s%s%s", who, inst, tag, msg,
			   nl);
	else if (who && inst >= 0)
		printk("%s%s%d: %s%s%s", klevel, who, inst, tag, msg, nl);
	else if (who)
		printk("%s%s: %s%s%s", klevel, who, tag, msg, nl);
	else
		printk("%s%s%s%s", klevel, tag, msg, nl);
}

static void scsa_ce_panic(void)
{
	WARN_ONCE(1, "scsa_compat: a driver logged at CE_PANIC; not panicking\n");
}

/**
 * vcmn_err() - cmn_err() with a va_list.
 * @level: CE_CONT, CE_NOTE, CE_WARN, CE_PANIC or CE_IGNORE; any other
 *         value is taken as CE_WARN.
 * @fmt:   printf format; a leading '!', '?' or '^' as for cmn_err().
 * @ap:    its arguments.
 *
 * See cmn_err().  Source: cmn_err(9F).
 *
 * Context: any, including interrupt context; does not sleep.
 */
void vcmn_err(int level, const char *fmt, va_list ap)
{
	char buf[SCSA_LOG_BUFLEN];
	const char *klevel = KERN_WARNING, *tag = "", *msg;
	enum scsa_dest dest;

	if (level == CE_IGNORE || !fmt)
		return;
	vsnprintf(buf, sizeof(buf), fmt, ap);
	msg = scsa_dest(buf, &dest);

	switch (level) {
	case CE_CONT:
		if (dest == SCSA_DEST_LOG)
			printk(KERN_DEBUG "%s", msg);
		else if (dest == SCSA_DEST_BOOT)
			pr_info("%s", msg);
		else
			pr_cont("%s", msg);
		return;
	case CE_NOTE:
		klevel = KERN_NOTICE;
		break;
	case CE_PANIC:
		klevel = KERN_EMERG;
		tag = "PANIC: ";
		break;
	default:
		break;
	}
	if (dest == SCSA_DEST_LOG && level != CE_PANIC) {
		/* the level no longer tells the severity: say it */
		tag = level == CE_NOTE ? "notice: " : "warning: ";
		klevel = KERN_DEBUG;
	}
	scsa_print(klevel, NULL, NULL, -1, tag, msg);
	if (level == CE_PANIC)
		scsa_ce_panic();
}
EXPORT_SYMBOL_GPL(scsa_vcmn_err);

/**
 * cmn_err() - print a message to the kernel log (and console).
 * @level: CE_CONT (text appended to the current line, KERN_CONT, as
 *         given), CE_NOTE (KERN_NOTICE), CE_WARN (KERN_WARNING), CE_PANIC
 *         ("PANIC: " and the message at KERN_EMERG, see below) or
 *         CE_IGNORE (nothing); any other value is taken as CE_WARN.
 * @fmt:   printf format.  A leading '!' (log only) prints at KERN_DEBUG,
 *         off the console at the default console log level, with
 *         "warning: " or "notice: " before the message to keep the
 *         severity; '?' with CE_CONT (console only when booted verbose)
 *         prints a KERN_INFO line; '^' (console only) is ignored.  The
 *         character is not printed.
 * @...:   its arguments.
 *
 * CE_NOTE, CE_WARN and CE_PANIC messages end with a newline (one is
 * added if @fmt has none).  At most 255 bytes are printed per call.
 * Deviations: the severity is the log level, not Solaris' "WARNING: " or
 * "NOTICE: " text (Linux log scanners, this project's VM harness among
 * them, take "WARNING:" for a kernel WARN()); CE_PANIC does not panic the
 * system: it logs at KERN_EMERG and WARNs (with a backtrace) the first
 * time.  Source: cmn_err(9F).
 *
 * Context: any, including interrupt context and pkt_comp; does not
 * sleep, takes no lock.
 */
void cmn_err(int level, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vcmn_err(level, fmt, ap);
	va_end(ap);
}
EXPORT_SYMBOL_GPL(scsa_cmn_err);

/**
 * scsi_log() - print a target driver's message about a device.
 * @dip:   the device the message is about, or NULL.
 * @label: the driver's label, usually its name (e.g. "sd"); NULL means
 *         ddi_driver_name(@dip).
 * @level: CE_CONT, CE_NOTE, CE_WARN, CE_PANIC or SCSI_DEBUG (0xDEB00000;
 *         any other value is treated as SCSI_DEBUG, as on Solaris).
 * @fmt:   printf format; a leading '!', '?' or '^' as for cmn_err().
 * @...:   its arguments.
 *
 * With @dip the record is printed against the Linux SCSI device
 * (dev_printk(), "sd 2:0:0:0: " or "scsi 2:0:0:0: ") followed by
 * "(<label><instance>): "; without, it starts with "<label>: ".  Then
 * comes the message.  Log levels: CE_CONT and CE_NOTE (emitted as
 * CE_CONT, as on Solaris) KERN_INFO, CE_WARN KERN_WARNING, CE_PANIC
 * KERN_EMERG with "PANIC: " plus a one-time WARN() (the system is NOT
 * panicked), SCSI_DEBUG KERN_DEBUG and only while the module parameter
 * scsa_compat.scsa_debug is set (default off; drivers also gate these on
 * their own debug variables).  A leading '!' lowers the level to
 * KERN_DEBUG (except for CE_PANIC), and a CE_WARN message then starts
 * with "warning: ".
 *
 * Deviations: each call is one log record with the prefix on the same
 * line (Solaris puts the device path on a line of its own and prefixes
 * nothing to CE_CONT with a @dip); no "WARNING: "/"DEBUG: " text (see
 * cmn_err()); '^' (console only) is ignored; the
 * message is formatted in a 256-byte buffer on the stack, so at most 255
 * bytes are printed; no global lock or buffer is used (the illumos ones
 * serialise every caller).  Source: scsi_log(9F).
 *
 * Context: any, including interrupt context and pkt_comp; does not
 * sleep.  @dip must stay attached for the duration of the call.
 */
void scsi_log(dev_info_t *dip, char *label, uint_t level,
	      const char *fmt, ...)
{
	char buf[SCSA_LOG_BUFLEN];
	const char *klevel, *tag = "", *msg, *who;
	enum scsa_dest dest;
	va_list ap;

	switch (level) {
	case CE_CONT:
	case CE_NOTE:
		klevel = KERN_INFO;
		break;
	case CE_WARN:
		klevel = KERN_WARNING;
		break;
	case CE_PANIC:
		klevel = KERN_EMERG;
		tag = "PANIC: ";
		break;
	default:
		if (!READ_ONCE(scsa_debug))
			return;
		klevel = KERN_DEBUG;
		break;
	}
	if (!fmt)
		return;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	msg = scsa_dest(buf, &dest);
	if (dest == SCSA_DEST_LOG && level != CE_PANIC) {
		if (level == CE_WARN)
			tag = "warning: ";
		klevel = KERN_DEBUG;
	}

	who = label ? label : (dip ? ddi_driver_name(dip) : NULL);
	if (dip)
		scsa_print(klevel, ddi_get_linux_device(dip), who ? who : "",
			   ddi_get_instance(dip), tag, msg);
	else
		scsa_print(klevel, NULL, who, -1, tag, msg);
	if (level == CE_PANIC)
		scsa_ce_panic();
}
EXPORT_SYMBOL_GPL(scsi_log);

