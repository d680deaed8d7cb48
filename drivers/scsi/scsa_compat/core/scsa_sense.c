// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_sense.c - <sys/scsi/impl/services.h>'s utility routines for target
 * drivers: sense data decoding, names for codes (sense_keys[], scsi_*name)
 * and scsi_errmsg(9F); cmn_err(9F) and scsi_log(9F) are in scsa_cmn_err.c,
 * the CDB builders in scsa_commands.c.  Solaris-side translation unit; what it needs from
 * Linux's SCSI sense helpers comes through <scsa/scsa_sense_bridge.h>
 * (core/scsa_lnx_sense.c).
 *
 * Nothing here takes a lock or keeps state between calls: messages are
 * formatted on the stack and names are returned from constant tables, so
 * every routine may be called from any context, concurrently.  (illumos
 * formats scsi_log() messages in one global buffer under a mutex and
 * returns scsi_cname()'s "<undecoded cmd 0xNN>" in a static buffer.)
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
#include <sys/scsi/generic/commands.h>
#include <sys/scsi/impl/services.h>


/* ---- sense data ---- */

static bool scsa_sense_is_descr(const uint8_t *s)
{
	return SCSI_IS_DESCR_SENSE(s);
}

/**
 * scsi_validate_sense() - check sense data and tell its format.
 * @sense_buffer:  the sense data, as returned by the device.
 * @sense_buf_len: bytes of @sense_buffer that are valid.
 * @flags:         if not NULL, set to 0 or a mask of SNS_BUF_OVERFLOW (the
 *                 device returned more than @sense_buf_len bytes: the data
 *                 is truncated) and SNS_BUF_DEFERRED (response code 0x71 or
 *                 0x73: a deferred error, for an earlier command).
 *
 * Sense data is usable when byte 0 holds response code 0x70-0x73 (the
 * valid bit, bit 7, is ignored) and, for fixed format, both
 * @sense_buf_len and the device's own length (byte 7 + 8) reach the ASCQ
 * (14 bytes), or, for descriptor format, @sense_buf_len covers the 8-byte
 * header.  Source: scsi_validate_sense(9F).
 *
 * Context: any; does not sleep.
 * Return: SENSE_FIXED_FORMAT or SENSE_DESCR_FORMAT; SENSE_UNUSABLE for an
 * unknown response code, too short data, a NULL @sense_buffer or a
 * @sense_buf_len below 1.
 */
int scsi_validate_sense(uint8_t *sense_buffer, int sense_buf_len, int *flags)
{
	const uint8_t *s = sense_buffer;
	uint8_t code;

	if (flags)
		*flags = 0;
	if (!s || sense_buf_len < 1)
		return SENSE_UNUSABLE;
	code = s[0] & 0xF;
	if (((s[0] >> 4) & 0x7) != CLASS_EXTENDED_SENSE ||
	    code > CODE_FMT_DESCR_DEFERRED)
		return SENSE_UNUSABLE;
	if (flags && (code == CODE_FMT_FIXED_DEFERRED ||
		      code == CODE_FMT_DESCR_DEFERRED))
		*flags |= SNS_BUF_DEFERRED;

	if (code == CODE_FMT_DESCR_CURRENT || code == CODE_FMT_DESCR_DEFERRED) {
		if (sense_buf_len < 8)
			return SENSE_UNUSABLE;
		if (flags && sense_buf_len < s[7] + 8)
			*flags |= SNS_BUF_OVERFLOW;
		return SENSE_DESCR_FORMAT;
	}
	if (sense_buf_len < MIN_FIXED_SENSE_LEN ||
	    s[7] + ADDL_SENSE_ADJUST < MIN_FIXED_SENSE_LEN)
		return SENSE_UNUSABLE;
	if (flags && sense_buf_len < s[7] + ADDL_SENSE_ADJUST)
		*flags |= SNS_BUF_OVERFLOW;
	return SENSE_FIXED_FORMAT;
}
EXPORT_SYMBOL_GPL(scsi_validate_sense);

/**
 * scsi_sense_key() - the sense key of fixed or descriptor sense data.
 * @sense_buffer: the sense data: at least 3 bytes (fixed format) or 2
 *                bytes (descriptor format) must be readable.
 *
 * The format is taken from the low 4 bits of byte 0 (2 or 3: descriptor,
 * anything else: fixed); the data is not validated, use
 * scsi_validate_sense() for that.  Source: scsi_sense_key(9F).
 *
 * Context: any; does not sleep.
 * Return: the sense key, 0x0-0xF (byte 2 or byte 1, bits 3-0); 0 if
 * @sense_buffer is NULL.
 */
uint8_t scsi_sense_key(uint8_t *sense_buffer)
{
	if (!sense_buffer)
		return 0;
	return (scsa_sense_is_descr(sense_buffer) ? sense_buffer[1] :
						   sense_buffer[2]) & 0xF;
}
EXPORT_SYMBOL_GPL(scsi_sense_key);

/**
 * scsi_sense_asc() - the additional sense code of sense data.
 * @sense_buffer: the sense data: at least 13 bytes (fixed format) or 3
 *                bytes (descriptor format) must be readable.
 *
 * Format as for scsi_sense_key().  As on Solaris, the byte is read even
 * when the device's additional length (byte 7) does not cover it.
 * Source: scsi_sense_key(9F).
 *
 * Context: any; does not sleep.
 * Return: the ASC (fixed: byte 12, descriptor: byte 2); 0 if
 * @sense_buffer is NULL.
 */
uint8_t scsi_sense_asc(uint8_t *sense_buffer)
{
	if (!sense_buffer)
		return 0;
	return scsa_sense_is_descr(sense_buffer) ? sense_buffer[2] :
						  sense_buffer[12];
}
EXPORT_SYMBOL_GPL(scsi_sense_asc);

/**
 * scsi_sense_ascq() - the additional sense code qualifier of sense data.
 * @sense_buffer: the sense data: at least 14 bytes (fixed format) or 4
 *                bytes (descriptor format) must be readable.
 *
 * Format as for scsi_sense_key().  Source: scsi_sense_key(9F).
 *
 * Context: any; does not sleep.
 * Return: the ASCQ (fixed: byte 13, descriptor: byte 3); 0 if
 * @sense_buffer is NULL.
 */
uint8_t scsi_sense_ascq(uint8_t *sense_buffer)
{
	if (!sense_buffer)
		return 0;
	return scsa_sense_is_descr(sense_buffer) ? sense_buffer[3] :
						  sense_buffer[13];
}
EXPORT_SYMBOL_GPL(scsi_sense_ascq);

/**
 * scsi_sense_info_uint64() - the INFORMATION field of sense data.
 * @sense_buffer:  the sense data.
 * @sense_buf_len: bytes of @sense_buffer that are valid.
 * @information:   where the value is stored: for fixed format the 32-bit
 *                 field of bytes 3-6, for descriptor format the 64-bit
 *                 field of the information descriptor (type 0x00).  Units
 *                 depend on the command (usually a logical block address).
 *
 * The data is first checked with scsi_validate_sense().  Fixed format:
 * @information is set whenever the data is usable, and the valid bit
 * (byte 0, bit 7) is returned.  Descriptor format: the descriptor is
 * found with Linux's scsi_sense_desc_find() and must lie wholly within
 * the data and be at least 12 bytes long; its own valid bit is not
 * looked at, as on Solaris.  Deviations: a descriptor after one of
 * length 0 is still found (Solaris stops there), and descriptor sense
 * whose byte 0 has the reserved bit 7 set (0xF2/0xF3) yields no
 * information.  Source: scsi_sense_info_uint64(9F).
 *
 * Context: any; does not sleep.
 * Return: B_TRUE if @information holds a valid value; B_FALSE if the data
 * is unusable, the fixed-format valid bit is clear, there is no complete
 * information descriptor, or @sense_buffer or @information is NULL.
 */
boolean_t scsi_sense_info_uint64(uint8_t *sense_buffer, int sense_buf_len,
				 uint64_t *information)
{
	const uint8_t *d;
	uint64_t v = 0;
	int i;

	if (!information)
		return B_FALSE;
	switch (scsi_validate_sense(sense_buffer, sense_buf_len, NULL)) {
	case SENSE_FIXED_FORMAT:
		for (i = 3; i <= 6; i++)
			v = (v << 8) | sense_buffer[i];
		*information = v;
		return (sense_buffer[0] & 0x80) ? B_TRUE : B_FALSE;
	case SENSE_DESCR_FORMAT:
		d = scsa_lnx_sense_desc(sense_buffer, sense_buf_len,
					DESCR_INFORMATION, 12);
		if (!d)
			return B_FALSE;
		for (i = 4; i < 12; i++)
			v = (v << 8) | d[i];
		*information = v;
		return B_TRUE;
	default:
		return B_FALSE;
	}
}
EXPORT_SYMBOL_GPL(scsi_sense_info_uint64);

/* ---- names ---- */

/*
 * sense_keys[]: the names of the sense keys, then of the SCSA pseudo keys
 * SUN_KEY_* (exact Solaris strings), indexed by key.  illumos exports this
 * table to drivers (<sys/scsi/impl/services.h>); st and sd print from it.
 * Read-only in practice: drivers never write it.
 */
char *sense_keys[NUM_SENSE_KEYS + NUM_IMPL_SENSE_KEYS] = {
	"No_Additional_Sense", "Soft_Error", "Not_Ready", "Media_Error",
	"Hardware_Error", "Illegal_Request", "Unit_Attention",
	"Write_Protected", "Blank_Check", "Vendor_Unique", "Copy_Aborted",
	"Aborted_Command", "Equal_Error", "Volume_Overflow",
	"Miscompare_Error", "Reserved",
	"fatal", "timeout", "EOF", "EOT", "length_error", "BOT",
	"wrong_tape_media",
};
EXPORT_SYMBOL_GPL(scsa_sense_keys);

/*
 * scsi_cmds[]: illumos's exported list of command names
 * (SCSI_CMDS_KEY_STRINGS), ended by key -1, for scsi_errmsg(9F)'s cmdlist
 * and drivers that print commands by name (st).
 */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-braces"	/* a flat key, name list */
struct scsi_key_strings scsi_cmds[] = {
	SCSI_CMDS_KEY_STRINGS,
	-1, NULL
};
#pragma GCC diagnostic pop
EXPORT_SYMBOL_GPL(scsi_cmds);

/* pkt_reason values CMD_CMPLT..CMD_DEV_GONE; "" has no name */
static const char * const scsa_reason_names[] = {
	"cmplt", "incomplete", "dma_derr", "tran_err", "reset", "aborted",
	"timeout", "data_ovr", "cmd_ovr", "sts_ovr", "badmsg", "nomsgout",
	"xid_fail", "ide_fail", "abort_fail", "reject_fail", "nop_fail",
	"per_fail", "bdr_fail", "id_fail", "unexpected_bus_free",
	"tag reject", "terminated", "", "gone",
};

/* one-byte SCSI messages 0x00-0x16 */
static const char * const scsa_msg_names[] = {
	"COMMAND COMPLETE", "EXTENDED", "SAVE DATA POINTER",
	"RESTORE POINTERS", "DISCONNECT", "INITIATOR DETECTED ERROR",
	"ABORT", "REJECT", "NO-OP", "MESSAGE PARITY",
	"LINKED COMMAND COMPLETE", "LINKED COMMAND COMPLETE (W/FLAG)",
	"BUS DEVICE RESET", "ABORT TAG", "CLEAR QUEUE", "INITIATE RECOVERY",
	"RELEASE RECOVERY", "TERMINATE PROCESS", "CONTINUE TASK",
	"TARGET TRANSFER DISABLE", "RESERVED (0x14)", "RESERVED (0x15)",
	"CLEAR ACA",
};

/* two-byte SCSI messages 0x20-0x25 */
static const char * const scsa_msg2_names[] = {
	"SIMPLE QUEUE TAG", "HEAD OF QUEUE TAG", "ORDERED QUEUE TAG",
	"IGNORE WIDE RESIDUE", "ACA", "LOGICAL UNIT RESET",
};

/* peripheral device types 0x00-0x11; "" has no name */
static const char * const scsa_dtype_names[] = {
	"Direct Access", "Sequential Access", "Printer", "Processor",
	"Write-Once/Read-Many", "Read-Only Direct Access", "Scanner",
	"Optical", "Changer", "Communications", "Unknown-0A", "Unknown-0B",
	"Array Controller", "Enclosure-Services", "Simplified-Direct-Access",
	"Optical-Card", "Bridge", "Object-Storage",
};

/*
 * "<undecoded cmd 0xNN>" for every opcode: Solaris prints the opcode with
 * %x, so 0x5 has one digit and 0xab two.  A constant table, so that
 * scsi_cname() needs no buffer.
 */
static const char scsa_undecoded[256][21] = {
	"<undecoded cmd 0x0>", "<undecoded cmd 0x1>", "<undecoded cmd 0x2>",
	"<undecoded cmd 0x3>", "<undecoded cmd 0x4>", "<undecoded cmd 0x5>",
	"<undecoded cmd 0x6>", "<undecoded cmd 0x7>", "<undecoded cmd 0x8>",
	"<undecoded cmd 0x9>", "<undecoded cmd 0xa>", "<undecoded cmd 0xb>",
	"<undecoded cmd 0xc>", "<undecoded cmd 0xd>", "<undecoded cmd 0xe>",
	"<undecoded cmd 0xf>", "<undecoded cmd 0x10>", "<undecoded cmd 0x11>",
	"<undecoded cmd 0x12>", "<undecoded cmd 0x13>", "<undecoded cmd 0x14>",
	"<undecoded cmd 0x15>", "<undecoded cmd 0x16>", "<undecoded cmd 0x17>",
	"<undecoded cmd 0x18>", "<undecoded cmd 0x19>", "<undecoded cmd 0x1a>",
	"<undecoded cmd 0x1b>", "<undecoded cmd 0x1c>", "<undecoded cmd 0x1d>",
	"<undecoded cmd 0x1e>", "<undecoded cmd 0x1f>", "<undecoded cmd 0x20>",
	"<undecoded cmd 0x21>", "<undecoded cmd 0x22>", "<undecoded cmd 0x23>",
	"<undecoded cmd 0x24>", "<undecoded cmd 0x25>", "<undecoded cmd 0x26>",
	"<undecoded cmd 0x27>", "<undecoded cmd 0x28>", "<undecoded cmd 0x29>",
	"<undecoded cmd 0x2a>", "<undecoded cmd 0x2b>", "<undecoded cmd 0x2c>",
	"<undecoded cmd 0x2d>", "<undecoded cmd 0x2e>", "<undecoded cmd 0x2f>",
	"<undecoded cmd 0x30>", "<undecoded cmd 0x31>", "<undecoded cmd 0x32>",
	"<undecoded cmd 0x33>", "<undecoded cmd 0x34>", "<undecoded cmd 0x35>",
	"<undecoded cmd 0x36>", "<undecoded cmd 0x37>", "<undecoded cmd 0x38>",
	"<undecoded cmd 0x39>", "<undecoded cmd 0x3a>", "<undecoded cmd 0x3b>",
	"<undecoded cmd 0x3c>", "<undecoded cmd 0x3d>", "<undecoded cmd 0x3e>",
	"<undecoded cmd 0x3f>", "<undecoded cmd 0x40>", "<undecoded cmd 0x41>",
	"<undecoded cmd 0x42>", "<undecoded cmd 0x43>", "<undecoded cmd 0x44>",
	"<undecoded cmd 0x45>", "<undecoded cmd 0x46>", "<undecoded cmd 0x47>",
	"<undecoded cmd 0x48>", "<undecoded cmd 0x49>", "<undecoded cmd 0x4a>",
	"<undecoded cmd 0x4b>", "<undecoded cmd 0x4c>", "<undecoded cmd 0x4d>",
	"<undecoded cmd 0x4e>", "<undecoded cmd 0x4f>", "<undecoded cmd 0x50>",
	"<undecoded cmd 0x51>", "<undecoded cmd 0x52>", "<undecoded cmd 0x53>",
	"<undecoded cmd 0x54>", "<undecoded cmd 0x55>", "<undecoded cmd 0x56>",
	"<undecoded cmd 0x57>", "<undecoded cmd 0x58>", "<undecoded cmd 0x59>",
	"<undecoded cmd 0x5a>", "<undecoded cmd 0x5b>", "<undecoded cmd 0x5c>",
	"<undecoded cmd 0x5d>", "<undecoded cmd 0x5e>", "<undecoded cmd 0x5f>",
	"<undecoded cmd 0x60>", "<undecoded cmd 0x61>", "<undecoded cmd 0x62>",
	"<undecoded cmd 0x63>", "<undecoded cmd 0x64>", "<undecoded cmd 0x65>",
	"<undecoded cmd 0x66>", "<undecoded cmd 0x67>", "<undecoded cmd 0x68>",
	"<undecoded cmd 0x69>", "<undecoded cmd 0x6a>", "<undecoded cmd 0x6b>",
	"<undecoded cmd 0x6c>", "<undecoded cmd 0x6d>", "<undecoded cmd 0x6e>",
	"<undecoded cmd 0x6f>", "<undecoded cmd 0x70>", "<undecoded cmd 0x71>",
	"<undecoded cmd 0x72>", "<undecoded cmd 0x73>", "<undecoded cmd 0x74>",
	"<undecoded cmd 0x75>", "<undecoded cmd 0x76>", "<undecoded cmd 0x77>",
	"<undecoded cmd 0x78>", "<undecoded cmd 0x79>", "<undecoded cmd 0x7a>",
	"<undecoded cmd 0x7b>", "<undecoded cmd 0x7c>", "<undecoded cmd 0x7d>",
	"<undecoded cmd 0x7e>", "<undecoded cmd 0x7f>", "<undecoded cmd 0x80>",
	"<undecoded cmd 0x81>", "<undecoded cmd 0x82>", "<undecoded cmd 0x83>",
	"<undecoded cmd 0x84>", "<undecoded cmd 0x85>", "<undecoded cmd 0x86>",
	"<undecoded cmd 0x87>", "<undecoded cmd 0x88>", "<undecoded cmd 0x89>",
	"<undecoded cmd 0x8a>", "<undecoded cmd 0x8b>", "<undecoded cmd 0x8c>",
	"<undecoded cmd 0x8d>", "<undecoded cmd 0x8e>", "<undecoded cmd 0x8f>",
	"<undecoded cmd 0x90>", "<undecoded cmd 0x91>", "<undecoded cmd 0x92>",
	"<undecoded cmd 0x93>", "<undecoded cmd 0x94>", "<undecoded cmd 0x95>",
	"<undecoded cmd 0x96>", "<undecoded cmd 0x97>", "<undecoded cmd 0x98>",
	"<undecoded cmd 0x99>", "<undecoded cmd 0x9a>", "<undecoded cmd 0x9b>",
	"<undecoded cmd 0x9c>", "<undecoded cmd 0x9d>", "<undecoded cmd 0x9e>",
	"<undecoded cmd 0x9f>", "<undecoded cmd 0xa0>", "<undecoded cmd 0xa1>",
	"<undecoded cmd 0xa2>", "<undecoded cmd 0xa3>", "<undecoded cmd 0xa4>",
	"<undecoded cmd 0xa5>", "<undecoded cmd 0xa6>", "<undecoded cmd 0xa7>",
	"<undecoded cmd 0xa8>", "<undecoded cmd 0xa9>", "<undecoded cmd 0xaa>",
	"<undecoded cmd 0xab>", "<undecoded cmd 0xac>", "<undecoded cmd 0xad>",
	"<undecoded cmd 0xae>", "<undecoded cmd 0xaf>", "<undecoded cmd 0xb0>",
	"<undecoded cmd 0xb1>", "<undecoded cmd 0xb2>", "<undecoded cmd 0xb3>",
	"<undecoded cmd 0xb4>", "<undecoded cmd 0xb5>", "<undecoded cmd 0xb6>",
	"<undecoded cmd 0xb7>", "<undecoded cmd 0xb8>", "<undecoded cmd 0xb9>",
	"<undecoded cmd 0xba>", "<undecoded cmd 0xbb>", "<undecoded cmd 0xbc>",
	"<undecoded cmd 0xbd>", "<undecoded cmd 0xbe>", "<undecoded cmd 0xbf>",
	"<undecoded cmd 0xc0>", "<undecoded cmd 0xc1>", "<undecoded cmd 0xc2>",
	"<undecoded cmd 0xc3>", "<undecoded cmd 0xc4>", "<undecoded cmd 0xc5>",
	"<undecoded cmd 0xc6>", "<undecoded cmd 0xc7>", "<undecoded cmd 0xc8>",
	"<undecoded cmd 0xc9>", "<undecoded cmd 0xca>", "<undecoded cmd 0xcb>",
	"<undecoded cmd 0xcc>", "<undecoded cmd 0xcd>", "<undecoded cmd 0xce>",
	"<undecoded cmd 0xcf>", "<undecoded cmd 0xd0>", "<undecoded cmd 0xd1>",
	"<undecoded cmd 0xd2>", "<undecoded cmd 0xd3>", "<undecoded cmd 0xd4>",
	"<undecoded cmd 0xd5>", "<undecoded cmd 0xd6>", "<undecoded cmd 0xd7>",
	"<undecoded cmd 0xd8>", "<undecoded cmd 0xd9>", "<undecoded cmd 0xda>",
	"<undecoded cmd 0xdb>", "<undecoded cmd 0xdc>", "<undecoded cmd 0xdd>",
	"<undecoded cmd 0xde>", "<undecoded cmd 0xdf>", "<undecoded cmd 0xe0>",
	"<undecoded cmd 0xe1>", "<undecoded cmd 0xe2>", "<undecoded cmd 0xe3>",
	"<undecoded cmd 0xe4>", "<undecoded cmd 0xe5>", "<undecoded cmd 0xe6>",
	"<undecoded cmd 0xe7>", "<undecoded cmd 0xe8>", "<undecoded cmd 0xe9>",
	"<undecoded cmd 0xea>", "<undecoded cmd 0xeb>", "<undecoded cmd 0xec>",
	"<undecoded cmd 0xed>", "<undecoded cmd 0xee>", "<undecoded cmd 0xef>",
	"<undecoded cmd 0xf0>", "<undecoded cmd 0xf1>", "<undecoded cmd 0xf2>",
	"<undecoded cmd 0xf3>", "<undecoded cmd 0xf4>", "<undecoded cmd 0xf5>",
	"<undecoded cmd 0xf6>", "<undecoded cmd 0xf7>", "<undecoded cmd 0xf8>",
	"<undecoded cmd 0xf9>", "<undecoded cmd 0xfa>", "<undecoded cmd 0xfb>",
	"<undecoded cmd 0xfc>", "<undecoded cmd 0xfd>", "<undecoded cmd 0xfe>",
	"<undecoded cmd 0xff>",
};

/* Buffer a caller passes to scsi_cmd_name()/scsi_esname(): bytes written */
#define SCSA_TMPSTR_LEN	32

/* The tables are constant; Solaris' prototypes return char *. */
static char *scsa_str(const char *s)
{
	return (char *)s;
}

/**
 * scsi_sname() - the name of a sense key.
 * @sense_key: a sense key, 0x00-0x0F, or a SCSA pseudo key SUN_KEY_FATAL
 *             (0x10) .. SUN_KEY_WRONGMEDIA (0x16).
 *
 * The names are Solaris', e.g. "Media_Error", "Unit_Attention", and
 * "fatal", "timeout", "EOF", "EOT", "length_error", "BOT",
 * "wrong_tape_media" for the pseudo keys (Linux's wording, "Medium
 * Error", is not used, so that messages read as on Solaris).
 * Source: scsi_cname(9F).
 *
 * Context: any; does not sleep.
 * Return: the name (constant, never freed); "<unknown sense key>" for
 * any other value.
 */
char *scsi_sname(uchar_t sense_key)
{
	if (sense_key >= ARRAY_SIZE(sense_keys))
		return scsa_str("<unknown sense key>");
	return scsa_str(sense_keys[sense_key]);
}
EXPORT_SYMBOL_GPL(scsi_sname);

/**
 * scsi_rname() - the name of a packet completion reason.
 * @reason: a pkt_reason value, CMD_CMPLT (0) .. CMD_DEV_GONE (24).
 *
 * E.g. "cmplt" (CMD_CMPLT), "tran_err", "timeout", "gone" (CMD_DEV_GONE).
 * Source: scsi_cname(9F).
 *
 * Context: any; does not sleep.
 * Return: the name (constant); "<unknown reason>" for CMD_TLR_OFF (23),
 * which has no name on Solaris either, and for any value above 24.
 */
char *scsi_rname(uchar_t reason)
{
	if (reason >= ARRAY_SIZE(scsa_reason_names) ||
	    !scsa_reason_names[reason][0])
		return scsa_str("<unknown reason>");
	return scsa_str(scsa_reason_names[reason]);
}
EXPORT_SYMBOL_GPL(scsi_rname);

/**
 * scsi_mname() - the name of a SCSI (parallel interface) message.
 * @msg: the message code byte.
 *
 * Codes 0x00-0x16 are named (0x14 and 0x15 "RESERVED (0x14)"/"(0x15)"),
 * an IDENTIFY message (bit 7 set, bits 4-3 clear) is "IDENTIFY", and the
 * two-byte messages 0x20-0x25 are named ("SIMPLE QUEUE TAG" ..
 * "LOGICAL UNIT RESET").  Source: scsi_cname(9F).
 *
 * Context: any; does not sleep.
 * Return: the name (constant); "<unknown msg>" for any other code.
 */
char *scsi_mname(uchar_t msg)
{
	if (msg < ARRAY_SIZE(scsa_msg_names))
		return scsa_str(scsa_msg_names[msg]);
	if ((msg & 0x80) && !(msg & 0x18))
		return scsa_str("IDENTIFY");
	if ((msg & 0xF0) == 0x20 && (msg & 0xF) < ARRAY_SIZE(scsa_msg2_names))
		return scsa_str(scsa_msg2_names[msg & 0xF]);
	return scsa_str("<unknown msg>");
}
EXPORT_SYMBOL_GPL(scsi_mname);

/**
 * scsi_dname() - the name of a peripheral device type.
 * @dtype: INQUIRY byte 0; the qualifier (bits 7-5) is masked off except
 *         that only exactly 0x1F is "Not Present".
 *
 * E.g. "Direct Access" (0x00), "Sequential Access" (0x01), "Changer"
 * (0x08), "Enclosure-Services" (0x0D).  Source: scsi_cname(9F).
 *
 * Context: any; does not sleep.
 * Return: the name (constant); "Not Present" for 0x1F;
 * "<unknown device type>" for any other value.
 */
char *scsi_dname(int dtype)
{
	unsigned int t = dtype & DTYPE_MASK;

	if (t < ARRAY_SIZE(scsa_dtype_names))
		return scsa_str(scsa_dtype_names[t]);
	if (dtype == DTYPE_NOTPRESENT)
		return scsa_str("Not Present");
	return scsa_str("<unknown device type>");
}
EXPORT_SYMBOL_GPL(scsi_dname);

/**
 * scsi_cname() - the name of a command, from a driver's list.
 * @cmd:    the opcode.
 * @cmdvec: NULL-terminated array of strings whose first byte is an
 *          opcode and the rest its name, e.g. "\000test unit ready",
 *          "\012write"; NULL is an empty list.
 *
 * Deviations: opcodes are compared as unsigned bytes (illumos compares
 * with a plain char, so opcodes 0x80-0xFF are never found there), and the
 * "<undecoded cmd 0xNN>" text comes from a constant table rather than a
 * static buffer, so concurrent calls cannot overwrite each other's
 * result.  Source: scsi_cname(9F).
 *
 * Context: any; does not sleep.
 * Return: the name (inside @cmdvec); "<undecoded cmd 0xNN>" (NN in hex
 * without leading zero, constant) if @cmd is not in the list.
 */
char *scsi_cname(uchar_t cmd, char **cmdvec)
{
	for (; cmdvec && *cmdvec; cmdvec++)
		if ((uchar_t)(*cmdvec)[0] == cmd)
			return *cmdvec + 1;
	return scsa_str(scsa_undecoded[cmd]);
}
EXPORT_SYMBOL_GPL(scsi_cname);

/**
 * scsi_cmd_name() - the name of a command, from a key/string list.
 * @cmd:     the opcode.
 * @cmdlist: array of struct scsi_key_strings ended by key -1; NULL is an
 *           empty list.
 * @tmpstr:  buffer of at least 32 bytes for an unknown opcode's text.
 *
 * Source: no man page (illumos scsi_subr.c); used by st and with
 * scsi_errmsg().
 *
 * Context: any; does not sleep.
 * Return: the message of @cmd's entry; else @tmpstr, filled with
 * "<undecoded cmd 0xNN>" (a constant string if @tmpstr is NULL).
 */
char *scsi_cmd_name(uchar_t cmd, struct scsi_key_strings *cmdlist,
		    char *tmpstr)
{
	for (; cmdlist && cmdlist->key != -1; cmdlist++)
		if (cmdlist->key == cmd)
			return cmdlist->message;
	if (!tmpstr)
		return scsa_str(scsa_undecoded[cmd]);
	strscpy(tmpstr, scsa_undecoded[cmd], SCSA_TMPSTR_LEN);
	return tmpstr;
}
EXPORT_SYMBOL_GPL(scsi_cmd_name);

/**
 * scsi_esname() - the text of an additional sense code.
 * @key:    the ASC (additional sense code, byte 12 of fixed sense).
 * @tmpstr: buffer of at least 32 bytes for an unknown code's text; must
 *          not be NULL.
 *
 * The text comes from Linux's table (scsi_extd_sense_format()) for the
 * pair (@key, ASCQ 0).  Deviations: illumos has its own table and takes
 * the first entry with that ASC whatever its ASCQ, so the wording differs
 * ("Unrecovered read error" rather than "unrecovered read error") and an
 * ASC without an ASCQ 0 entry is reported as unknown; on a kernel without
 * CONFIG_SCSI_CONSTANTS every code is unknown.  Source: no man page
 * (illumos scsi_subr.c); used with scsi_errmsg().
 *
 * Context: any; does not sleep.
 * Return: the text (constant); else @tmpstr, filled with
 * "<vendor unique code 0xNN>".
 */
char *scsi_esname(uint_t key, char *tmpstr)
{
	const char *s = key <= 0xFF ? scsa_lnx_asc_name(key, 0) : NULL;

	if (s)
		return scsa_str(s);
	snprintf(tmpstr, SCSA_TMPSTR_LEN, "<vendor unique code 0x%x>", key);
	return tmpstr;
}
EXPORT_SYMBOL_GPL(scsi_esname);

/* ---- scsi_errmsg(9F) ---- */

/* first column of scsi_errmsg() lines, as on Solaris (80-column lines) */
#define SCSA_ERRMSG_COL	42

static const char * const scsa_err_classes[] = {
	"All", "Unknown", "Informational", "Recovered", "Retryable", "Fatal",
};

static int scsa_pad(size_t used)
{
	return used < SCSA_ERRMSG_COL ? (int)(SCSA_ERRMSG_COL - used) : 0;
}

/* INQUIRY text with non-printable bytes as spaces, NUL-terminated */
static void scsa_inq_text(char *dst, const char *src, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		dst[i] = src[i] < ' ' || src[i] >= 0x7f ? ' ' : src[i];
	dst[n] = '\0';
}

/* FRU code: fixed byte 14, or the FRU descriptor's byte 3 */
static uint8_t scsa_sense_fru(uint8_t *s, int len)
{
	const uint8_t *d;

	switch (scsi_validate_sense(s, len, NULL)) {
	case SENSE_FIXED_FORMAT:
		return len > 14 ? s[14] : 0;
	case SENSE_DESCR_FORMAT:
		d = scsa_lnx_sense_desc(s, len, DESCR_FRU, 4);
		return d ? d[3] : 0;
	default:
		return 0;
	}
}

/* a driver's ASC/ASCQ texts: ended by asc 0xffff; ascq 0xffff is any */
static const char *scsa_asq_search(uint_t asc, uint_t ascq,
				   const struct scsi_asq_key_strings *list)
{
	for (; list && list->asc != 0xffff; list++)
		if (list->asc == asc && (list->ascq == ascq || list->ascq == 0xffff))
			return list->message;
	return NULL;
}

/* room scsi_generic_errmsg() gives a decode_fru routine, as illumos */
#define	SCSA_ERRMSG_BUF_LEN	256

/**
 * scsi_generic_errmsg() - log a decoded command error for a device.
 * @devp:       the target; its sd_dev is the device logged against and its
 *              sd_inq (if set) gives vendor and serial number.
 * @label:      the driver's label, as for scsi_log().
 * @severity:   SCSI_ERR_ALL .. SCSI_ERR_FATAL: printed as "All", "Unknown",
 *              "Informational", "Recovered", "Retryable" or "Fatal"
 *              (other values as "Unknown").
 * @blkno:      requested block number, or -1.
 * @err_blkno:  block number of the error, or -1.
 * @cmd_name:   the opcode of the failed command.
 * @cmdlist:    names for the opcodes (ends with key -1), or NULL.
 * @sensep:     the sense data (fixed or descriptor format, SENSE_LENGTH
 *              (20) bytes read), or NULL.
 * @asc_list:   the driver's texts for additional sense codes, searched
 *              before the standard ones (ends with asc 0xffff; an ascq of
 *              0xffff matches any), or NULL.
 * @decode_fru: the driver's decoder of a field replaceable unit code, or
 *              NULL: called (with a zeroed buffer of 256 bytes and its
 *              length) when the sense has a non-zero FRU code.
 *
 * Logs through scsi_log(): one CE_WARN line "Error for Command: <name>
 * Error Level: <severity>", then CE_CONT lines "Requested Block: <blkno>
 * Error Block: <err_blkno>" (when either is not -1), "Vendor: <vid>
 * Serial Number: <serial>" (when sd_inq is set; the serial number is
 * INQUIRY bytes 36-47, as Solaris reads it), and with @sensep "Sense Key:
 * <scsi_sname()>" and "ASC: 0x<asc> (<text>), ASCQ: 0x<ascq>, FRU:
 * 0x<fru>" (the text from @asc_list, else the standard one for the exact
 * ASC/ASCQ pair, else "<vendor unique code 0xNN>"); when @decode_fru
 * wrote a text, the last line is two instead: "ASC: 0x<asc> (<text>)
 * ASCQ: 0x<ascq>" and "FRU: 0x<fru> (<decoded>)".  Deviations: the lines
 * are separate log records (illumos holds its log mutex across them, so
 * another message may come in between); the block line is printed
 * whenever a block number is given (the illumos condition is
 * mis-parenthesised); the standard ASC texts are Linux's (see
 * scsi_esname()).  Source: illumos scsi_subr.c (no man page).
 *
 * Context: any, including interrupt context and pkt_comp; does not sleep
 * (@decode_fru runs in the caller's context).
 */
void scsi_generic_errmsg(struct scsi_device *devp, char *label, int severity,
			 daddr_t blkno, daddr_t err_blkno, uchar_t cmd_name,
			 struct scsi_key_strings *cmdlist, uint8_t *sensep,
			 struct scsi_asq_key_strings *asc_list,
			 char *(*decode_fru)(struct scsi_device *, char *, int,
					     uchar_t))
{
	dev_info_t *dip = devp ? devp->sd_dev : NULL;
	char tmp[SCSA_TMPSTR_LEN], vid[9], serial[13];
	const char *cname, *sev;
	int n;

	cname = scsi_cmd_name(cmd_name, cmdlist, tmp);
	sev = severity >= 0 && severity < ARRAY_SIZE(scsa_err_classes) ?
	      scsa_err_classes[severity] : "Unknown";
	n = strlen("Error for Command: ") + strlen(cname);
	scsi_log(dip, label, CE_WARN, "Error for Command: %s%*s Error Level: %s",
		 cname, scsa_pad(n), "", sev);

	if (blkno != -1 || err_blkno != -1) {
		n = snprintf(tmp, sizeof(tmp), "%lld", (long long)blkno);
		scsi_log(dip, label, CE_CONT,
			 "Requested Block: %s%*s Error Block: %lld\n", tmp,
			 scsa_pad(strlen("Requested Block: ") + n), "",
			 (long long)err_blkno);
	}

	if (devp && devp->sd_inq) {
		scsa_inq_text(vid, devp->sd_inq->inq_vid, 8);
		scsa_inq_text(serial, devp->sd_inq->inq_serial, 12);
		scsi_log(dip, label, CE_CONT, "Vendor: %s%*s Serial Number: %s\n",
			 vid, scsa_pad(strlen("Vendor: ") + 8), "", serial);
	}

	if (sensep) {
		uint8_t asc = scsi_sense_asc(sensep);
		uint8_t ascq = scsi_sense_ascq(sensep);
		uint8_t fru = scsa_sense_fru(sensep, SENSE_LENGTH);
		const char *text = scsa_asq_search(asc, ascq, asc_list);

		if (!text)
			text = scsa_lnx_asc_name(asc, ascq);
		if (!text) {
			snprintf(tmp, sizeof(tmp), "<vendor unique code 0x%x>",
				 asc);
			text = tmp;
		}
		scsi_log(dip, label, CE_CONT, "Sense Key: %s\n",
			 scsi_sname(scsi_sense_key(sensep)));
		if (fru && decode_fru) {
			char fbuf[SCSA_ERRMSG_BUF_LEN] = "";

			decode_fru(devp, fbuf, sizeof(fbuf), fru);
			fbuf[sizeof(fbuf) - 1] = 0;
			if (fbuf[0]) {
				n = snprintf(NULL, 0, "ASC: 0x%x (%s)", asc, text);
				scsi_log(dip, label, CE_CONT,
					 "ASC: 0x%x (%s)%*s ASCQ: 0x%x\n", asc,
					 text, scsa_pad(n), "", ascq);
				scsi_log(dip, label, CE_CONT,
					 "FRU: 0x%x (%s)\n", fru, fbuf);
				return;
			}
		}
		scsi_log(dip, label, CE_CONT,
			 "ASC: 0x%x (%s), ASCQ: 0x%x, FRU: 0x%x\n", asc, text,
			 ascq, fru);
	}
}
EXPORT_SYMBOL_GPL(scsi_generic_errmsg);

/**
 * scsi_vu_errmsg() - scsi_generic_errmsg() of a failed packet.
 * @devp:       the target (see scsi_generic_errmsg()).
 * @pkt:        the failed packet: its CDB's opcode is named.
 * @label:      the driver's label, as for scsi_log().
 * @severity:   SCSI_ERR_ALL .. SCSI_ERR_FATAL.
 * @blkno:      requested block number, or -1.
 * @err_blkno:  block number of the error, or -1.
 * @cmdlist:    names for the opcodes (ends with key -1), or NULL.
 * @sensep:     the sense data, or NULL.
 * @asc_list:   the driver's additional sense code texts, or NULL.
 * @decode_fru: the driver's FRU code decoder, or NULL.
 *
 * A packet without a CDB is logged as "<no command>".  Source: illumos
 * scsi_subr.c (no man page).
 *
 * Context: any, including interrupt context and pkt_comp; does not sleep.
 */
void scsi_vu_errmsg(struct scsi_device *devp, struct scsi_pkt *pkt,
		    char *label, int severity, daddr_t blkno,
		    daddr_t err_blkno, struct scsi_key_strings *cmdlist,
		    struct scsi_extended_sense *sensep,
		    struct scsi_asq_key_strings *asc_list,
		    char *(*decode_fru)(struct scsi_device *, char *, int,
					uchar_t))
{
	static struct scsi_key_strings none[] = {
		{ 0, "<no command>" }, { -1, NULL }
	};

	if (!pkt || !pkt->pkt_cdbp) {
		scsi_generic_errmsg(devp, label, severity, blkno, err_blkno, 0,
				    none, (uint8_t *)sensep, asc_list,
				    decode_fru);
		return;
	}
	scsi_generic_errmsg(devp, label, severity, blkno, err_blkno,
			    pkt->pkt_cdbp[0], cmdlist, (uint8_t *)sensep,
			    asc_list, decode_fru);
}
EXPORT_SYMBOL_GPL(scsi_vu_errmsg);

/**
 * scsi_errmsg() - log a decoded command error for a device.
 * @devp:      the target; its sd_dev is the device logged against and its
 *             sd_inq (if set) gives vendor and serial number.
 * @pkt:       the failed packet: its CDB's opcode is named.
 * @label:     the driver's label, as for scsi_log().
 * @severity:  SCSI_ERR_ALL .. SCSI_ERR_FATAL (see scsi_generic_errmsg()).
 * @blkno:     requested block number, or -1.
 * @err_blkno: block number of the error, or -1.
 * @cmdlist:   names for the opcodes (ends with key -1), or NULL.
 * @sensep:    the sense data (fixed or descriptor format, 20 bytes read),
 *             or NULL.
 *
 * scsi_vu_errmsg() without a driver's ASC texts or FRU decoder: the lines
 * scsi_generic_errmsg() documents.  Source: scsi_errmsg(9F).
 *
 * Context: any, including interrupt context and pkt_comp; does not sleep.
 */
void scsi_errmsg(struct scsi_device *devp, struct scsi_pkt *pkt,
		 char *label, int severity, daddr_t blkno, daddr_t err_blkno,
		 struct scsi_key_strings *cmdlist,
		 struct scsi_extended_sense *sensep)
{
	scsi_vu_errmsg(devp, pkt, label, severity, blkno, err_blkno, cmdlist,
		       sensep, NULL, NULL);
}
EXPORT_SYMBOL_GPL(scsi_errmsg);
