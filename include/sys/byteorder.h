/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/byteorder.h>: byte-order conversions as illumos names them, on
 * Linux's (x86-64 is little-endian: _LITTLE_ENDIAN, _BIT_FIELDS_LTOH).
 * BE_IN*()/LE_IN*() read from any address, BE_OUT*()/LE_OUT*() store to
 * any address (unaligned is fine).
 */
#ifndef _SCSA_SYS_BYTEORDER_H
#define _SCSA_SYS_BYTEORDER_H

#include <sys/types.h>
#include <sys/isa_defs.h>

#define	BSWAP_8(x)	((x) & 0xff)
#define	BSWAP_16(x)	((uint16_t)__builtin_bswap16((uint16_t)(x)))
#define	BSWAP_32(x)	((uint32_t)__builtin_bswap32((uint32_t)(x)))
#define	BSWAP_64(x)	((uint64_t)__builtin_bswap64((uint64_t)(x)))

#define	BE_8(x)		BSWAP_8(x)
#define	BE_16(x)	((uint16_t)cpu_to_be16((uint16_t)(x)))
#define	BE_32(x)	((uint32_t)cpu_to_be32((uint32_t)(x)))
#define	BE_64(x)	((uint64_t)cpu_to_be64((uint64_t)(x)))
#define	LE_8(x)		BSWAP_8(x)
#define	LE_16(x)	((uint16_t)(x))
#define	LE_32(x)	((uint32_t)(x))
#define	LE_64(x)	((uint64_t)(x))

/* htons/ntohs/htonl/ntohl are Linux's, with the same meaning */
#define	htonll(x)	BE_64(x)
#define	ntohll(x)	BE_64(x)

#define	BE_IN8(xa)	(*(const uint8_t *)(xa))
#define	BE_IN16(xa)	get_unaligned_be16((const void *)(xa))
#define	BE_IN32(xa)	get_unaligned_be32((const void *)(xa))
#define	BE_IN64(xa)	get_unaligned_be64((const void *)(xa))
#define	LE_IN8(xa)	(*(const uint8_t *)(xa))
#define	LE_IN16(xa)	get_unaligned_le16((const void *)(xa))
#define	LE_IN32(xa)	get_unaligned_le32((const void *)(xa))
#define	LE_IN64(xa)	get_unaligned_le64((const void *)(xa))
#define	BE_OUT8(xa, yv)	(*(uint8_t *)(xa) = (uint8_t)(yv))
#define	BE_OUT16(xa, yv) put_unaligned_be16((uint16_t)(yv), (void *)(xa))
#define	BE_OUT32(xa, yv) put_unaligned_be32((uint32_t)(yv), (void *)(xa))
#define	BE_OUT64(xa, yv) put_unaligned_be64((uint64_t)(yv), (void *)(xa))
#define	LE_OUT8(xa, yv)	(*(uint8_t *)(xa) = (uint8_t)(yv))
#define	LE_OUT16(xa, yv) put_unaligned_le16((uint16_t)(yv), (void *)(xa))
#define	LE_OUT32(xa, yv) put_unaligned_le32((uint32_t)(yv), (void *)(xa))
#define	LE_OUT64(xa, yv) put_unaligned_le64((uint64_t)(yv), (void *)(xa))

/* binary-coded decimal (CD-ROM addresses) */
#define	BCD_TO_BYTE(x)	((((x) >> 4) & 0xf) * 10 + ((x) & 0xf))
#define	BYTE_TO_BCD(x)	((((x) / 10) << 4) | ((x) % 10))

#endif /* _SCSA_SYS_BYTEORDER_H */
