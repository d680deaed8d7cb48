// SPDX-License-Identifier: GPL-2.0
/*
 * desc: the unaligned-access helpers are in <linux/unaligned.h>
 *       (Linux 6.12; <asm/unaligned.h> before)
 * group: unaligned_h
 */
#include <linux/types.h>
#include <linux/unaligned.h>

u32 scsa_probe(const u8 *p);
u32 scsa_probe(const u8 *p)
{
	return get_unaligned_be32(p) ^ get_unaligned_be24(p) ^
	       (u32)get_unaligned_be64(p) ^ get_unaligned_be16(p);
}
