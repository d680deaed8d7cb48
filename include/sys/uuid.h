/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/uuid.h>: the names, values and structure layouts of illumos's LP64
 * <sys/uuid.h> (an ABI shared with the programs that call a driver's ioctls),
 * for the x86-64 little-endian, 64-bit-only (no _MULTI_DATAMODEL) case.
 */
#ifndef _SCSA_SYS_UUID_H
#define _SCSA_SYS_UUID_H

#include <sys/types.h>
#include <sys/byteorder.h>

typedef struct {
	uint8_t		nodeID[6];
} uuid_node_t;

struct uuid {
	uint32_t	time_low;
	uint16_t	time_mid;
	uint16_t	time_hi_and_version;
	uint8_t		clock_seq_hi_and_reserved;
	uint8_t		clock_seq_low;
	uint8_t		node_addr[6];
};

#define	UUID_LEN	16

#define	UUID_PRINTABLE_STRING_LENGTH 37

typedef uchar_t		uuid_t[UUID_LEN];

#define	UUID_LE_CONVERT(dest, src)					 {									 	(dest) = (src);							 	(dest).time_low = LE_32((dest).time_low);			 	(dest).time_mid = LE_16((dest).time_mid);			 	(dest).time_hi_and_version = LE_16((dest).time_hi_and_version);	 }

#endif /* _SCSA_SYS_UUID_H */
