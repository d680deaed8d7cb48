/* SPDX-License-Identifier: GPL-2.0 */
/* <sys/scsi/generic/sense.h>: fixed-format sense data (Solaris layout). */
#ifndef _SCSA_SYS_SCSI_GENERIC_SENSE_H
#define _SCSA_SYS_SCSI_GENERIC_SENSE_H

#include <sys/types.h>

/**
 * struct scsi_extended_sense - fixed-format sense, 20 bytes.
 * Bit fields are declared low bit first (little-endian x86 layout).
 */
struct scsi_extended_sense {
	uchar_t	es_code	: 4,
		es_class : 3,
		es_valid : 1;
	uchar_t	es_segnum;
	uchar_t	es_key	: 4,
		es_resvd : 1,
		es_ili	: 1,
		es_eom	: 1,
		es_filmk : 1;
	uchar_t	es_info_1, es_info_2, es_info_3, es_info_4;
	uchar_t	es_add_len;
	uchar_t	es_cmd_info[4];
	uchar_t	es_add_code;
	uchar_t	es_qual_code;
	uchar_t	es_fru_code;
	uchar_t	es_skey_specific[3];
	uchar_t	es_add_info[2];
};

#define	CLASS_EXTENDED_SENSE	0x7
#define	CODE_FMT_FIXED_CURRENT	0x0
#define	CODE_FMT_FIXED_DEFERRED	0x1
#define	CODE_FMT_DESCR_CURRENT	0x2
#define	CODE_FMT_DESCR_DEFERRED	0x3

#define	SENSE_LENGTH		20
#define	MAX_SENSE_LENGTH	252
#define	SUN_MIN_SENSE_LENGTH	4

#define	KEY_NO_SENSE		0x00
#define	KEY_RECOVERABLE_ERROR	0x01
#define	KEY_NOT_READY		0x02
#define	KEY_MEDIUM_ERROR	0x03
#define	KEY_HARDWARE_ERROR	0x04
#define	KEY_ILLEGAL_REQUEST	0x05
#define	KEY_UNIT_ATTENTION	0x06
#define	KEY_WRITE_PROTECT	0x07
#define	KEY_DATA_PROTECT	KEY_WRITE_PROTECT
#define	KEY_BLANK_CHECK		0x08
#define	KEY_VENDOR_UNIQUE	0x09
#define	KEY_COPY_ABORTED	0x0A
#define	KEY_ABORTED_COMMAND	0x0B
#define	KEY_EQUAL		0x0C
#define	KEY_VOLUME_OVERFLOW	0x0D
#define	KEY_MISCOMPARE		0x0E
#define	KEY_RESERVED		0x0F

#endif
