/* SPDX-License-Identifier: GPL-2.0 */
/*
 * scsa_sense_bridge.h - what the Solaris-side sense and naming routines
 * (core/scsa_sense.c) take from Linux's SCSI sense helpers
 * (core/scsa_lnx_sense.c).  Plain C types only, like scsa_bridge.h; see
 * Documentation/design.rst, "Two worlds, two kinds of translation unit".
 */
#ifndef _SCSA_SENSE_BRIDGE_H
#define _SCSA_SENSE_BRIDGE_H

#ifndef SCSA_INTERNAL
#error "scsa_sense_bridge.h is internal to scsa_compat.ko"
#endif

#include <linux/types.h>

/**
 * scsa_lnx_sense_desc() - find a complete descriptor in descriptor sense.
 * @sense:   descriptor-format sense data (response code 0x72 or 0x73).
 * @len:     bytes of @sense that are valid.
 * @type:    descriptor type wanted (0x00 information, 0x03 FRU, ...).
 * @min_len: bytes the caller will read from the descriptor, header
 *           included (12 for information, 4 for FRU).
 *
 * Context: any; does not sleep.
 * Return: the first descriptor of @type, if it lies wholly inside both
 * @len and the sense data's own additional length and is at least
 * @min_len bytes long; else NULL.
 */
const u8 *scsa_lnx_sense_desc(const u8 *sense, int len, u8 type,
			      int min_len);

/**
 * scsa_lnx_asc_name() - Linux's text for an additional sense code.
 * @asc:  additional sense code.
 * @ascq: additional sense code qualifier.
 *
 * Context: any; does not sleep.
 * Return: the text (static); NULL if the pair is unknown or the kernel
 * was built without CONFIG_SCSI_CONSTANTS.
 */
const char *scsa_lnx_asc_name(u8 asc, u8 ascq);

#endif /* _SCSA_SENSE_BRIDGE_H */
