/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/int_fmtio.h>: the names, values and structure layouts of illumos's LP64
 * <sys/int_fmtio.h> (an ABI shared with the programs that call a driver's ioctls),
 * for the x86-64 little-endian, 64-bit-only (no _MULTI_DATAMODEL) case.
 * The 64-bit formats are "ll": int64_t is Linux's long long.
 */
#ifndef _SCSA_SYS_INT_FMTIO_H
#define _SCSA_SYS_INT_FMTIO_H

#include <sys/types.h>


#ifndef _MODF8
#define	_MODF8	""
#endif
#ifndef _MODF16
#define	_MODF16	""
#endif

#ifndef _PRId
#define	_PRId	"d"
#endif
#ifndef _PRIi
#define	_PRIi	"i"
#endif
#ifndef _PRIo
#define	_PRIo	"o"
#endif
#ifndef _PRIu
#define	_PRIu	"u"
#endif
#ifndef _PRIx
#define	_PRIx	"x"
#endif
#ifndef _PRIX
#define	_PRIX	"X"
#endif

#ifndef PRId8
#define	PRId8			_MODF8 _PRId
#endif
#ifndef PRIdLEAST8
#define	PRIdLEAST8		PRId8
#endif
#ifndef PRIdFAST8
#define	PRIdFAST8		PRId8
#endif
#ifndef PRId16
#define	PRId16			_MODF16 _PRId
#endif
#ifndef PRIdLEAST16
#define	PRIdLEAST16		PRId16
#endif
#ifndef PRId32
#define	PRId32			"d"
#endif
#ifndef PRIdFAST16
#define	PRIdFAST16		PRId32
#endif
#ifndef PRIdLEAST32
#define	PRIdLEAST32		PRId32
#endif
#ifndef PRIdFAST32
#define	PRIdFAST32		PRId32
#endif
#ifndef PRId64
#define	PRId64			"lld"
#endif
#ifndef PRIdLEAST64
#define	PRIdLEAST64		PRId64
#endif
#ifndef PRIdFAST64
#define	PRIdFAST64		PRId64
#endif

#ifndef PRIi8
#define	PRIi8			_MODF8 _PRIi
#endif
#ifndef PRIiLEAST8
#define	PRIiLEAST8		PRIi8
#endif
#ifndef PRIiFAST8
#define	PRIiFAST8		PRIi8
#endif
#ifndef PRIi16
#define	PRIi16			_MODF16 _PRIi
#endif
#ifndef PRIiLEAST16
#define	PRIiLEAST16		PRIi16
#endif
#ifndef PRIi32
#define	PRIi32			"i"
#endif
#ifndef PRIiFAST16
#define	PRIiFAST16		PRIi32
#endif
#ifndef PRIiLEAST32
#define	PRIiLEAST32		PRIi32
#endif
#ifndef PRIiFAST32
#define	PRIiFAST32		PRIi32
#endif
#ifndef PRIi64
#define	PRIi64			"lli"
#endif
#ifndef PRIiLEAST64
#define	PRIiLEAST64		PRIi64
#endif
#ifndef PRIiFAST64
#define	PRIiFAST64		PRIi64
#endif

#ifndef PRIo8
#define	PRIo8			_MODF8 _PRIo
#endif
#ifndef PRIoLEAST8
#define	PRIoLEAST8		PRIo8
#endif
#ifndef PRIoFAST8
#define	PRIoFAST8		PRIo8
#endif
#ifndef PRIo16
#define	PRIo16			_MODF16 _PRIo
#endif
#ifndef PRIoLEAST16
#define	PRIoLEAST16		PRIo16
#endif
#ifndef PRIo32
#define	PRIo32			"o"
#endif
#ifndef PRIoFAST16
#define	PRIoFAST16		PRIo32
#endif
#ifndef PRIoLEAST32
#define	PRIoLEAST32		PRIo32
#endif
#ifndef PRIoFAST32
#define	PRIoFAST32		PRIo32
#endif
#ifndef PRIo64
#define	PRIo64			"llo"
#endif
#ifndef PRIoLEAST64
#define	PRIoLEAST64		PRIo64
#endif
#ifndef PRIoFAST64
#define	PRIoFAST64		PRIo64
#endif

#ifndef PRIu8
#define	PRIu8			_MODF8 _PRIu
#endif
#ifndef PRIuLEAST8
#define	PRIuLEAST8		PRIu8
#endif
#ifndef PRIuFAST8
#define	PRIuFAST8		PRIu8
#endif
#ifndef PRIu16
#define	PRIu16			_MODF16 _PRIu
#endif
#ifndef PRIuLEAST16
#define	PRIuLEAST16		PRIu16
#endif
#ifndef PRIu32
#define	PRIu32			"u"
#endif
#ifndef PRIuFAST16
#define	PRIuFAST16		PRIu32
#endif
#ifndef PRIuLEAST32
#define	PRIuLEAST32		PRIu32
#endif
#ifndef PRIuFAST32
#define	PRIuFAST32		PRIu32
#endif
#ifndef PRIu64
#define	PRIu64			"llu"
#endif
#ifndef PRIuLEAST64
#define	PRIuLEAST64		PRIu64
#endif
#ifndef PRIuFAST64
#define	PRIuFAST64		PRIu64
#endif

#ifndef PRIx8
#define	PRIx8			_MODF8 _PRIx
#endif
#ifndef PRIxLEAST8
#define	PRIxLEAST8		PRIx8
#endif
#ifndef PRIxFAST8
#define	PRIxFAST8		PRIx8
#endif
#ifndef PRIx16
#define	PRIx16			_MODF16 _PRIx
#endif
#ifndef PRIxLEAST16
#define	PRIxLEAST16		PRIx16
#endif
#ifndef PRIx32
#define	PRIx32			"x"
#endif
#ifndef PRIxFAST16
#define	PRIxFAST16		PRIx32
#endif
#ifndef PRIxLEAST32
#define	PRIxLEAST32		PRIx32
#endif
#ifndef PRIxFAST32
#define	PRIxFAST32		PRIx32
#endif
#ifndef PRIx64
#define	PRIx64			"llx"
#endif
#ifndef PRIxLEAST64
#define	PRIxLEAST64		PRIx64
#endif
#ifndef PRIxFAST64
#define	PRIxFAST64		PRIx64
#endif

#ifndef PRIX8
#define	PRIX8			_MODF8 _PRIX
#endif
#ifndef PRIXLEAST8
#define	PRIXLEAST8		PRIX8
#endif
#ifndef PRIXFAST8
#define	PRIXFAST8		PRIX8
#endif
#ifndef PRIX16
#define	PRIX16			_MODF16 _PRIX
#endif
#ifndef PRIXLEAST16
#define	PRIXLEAST16		PRIX16
#endif
#ifndef PRIX32
#define	PRIX32			"X"
#endif
#ifndef PRIXFAST16
#define	PRIXFAST16		PRIX32
#endif
#ifndef PRIXLEAST32
#define	PRIXLEAST32		PRIX32
#endif
#ifndef PRIXFAST32
#define	PRIXFAST32		PRIX32
#endif
#ifndef PRIX64
#define	PRIX64			"llX"
#endif
#ifndef PRIXLEAST64
#define	PRIXLEAST64		PRIX64
#endif
#ifndef PRIXFAST64
#define	PRIXFAST64		PRIX64
#endif

#ifndef PRIdPTR
#define	PRIdPTR			"ld"
#endif
#ifndef PRIiPTR
#define	PRIiPTR			"li"
#endif
#ifndef PRIoPTR
#define	PRIoPTR			"lo"
#endif
#ifndef PRIuPTR
#define	PRIuPTR			"lu"
#endif
#ifndef PRIxPTR
#define	PRIxPTR			"lx"
#endif
#ifndef PRIXPTR
#define	PRIXPTR			"lX"
#endif
#ifndef PRIdPTR
#define	PRIdPTR			"d"
#endif
#ifndef PRIiPTR
#define	PRIiPTR			"i"
#endif
#ifndef PRIoPTR
#define	PRIoPTR			"o"
#endif
#ifndef PRIuPTR
#define	PRIuPTR			"u"
#endif
#ifndef PRIxPTR
#define	PRIxPTR			"x"
#endif
#ifndef PRIXPTR
#define	PRIXPTR			"X"
#endif

#ifndef SCNd8
#define	SCNd8			"hhd"
#endif
#ifndef SCNdLEAST8
#define	SCNdLEAST8		SCNd8
#endif
#ifndef SCNdFAST8
#define	SCNdFAST8		SCNd8
#endif
#ifndef SCNd16
#define	SCNd16			"hd"
#endif
#ifndef SCNdLEAST16
#define	SCNdLEAST16		SCNd16
#endif
#ifndef SCNd32
#define	SCNd32			"d"
#endif
#ifndef SCNdFAST16
#define	SCNdFAST16		SCNd32
#endif
#ifndef SCNdLEAST32
#define	SCNdLEAST32		SCNd32
#endif
#ifndef SCNdFAST32
#define	SCNdFAST32		SCNd32
#endif
#ifndef SCNd64
#define	SCNd64			PRId64
#endif
#ifndef SCNdLEAST64
#define	SCNdLEAST64		PRId64
#endif
#ifndef SCNdFAST64
#define	SCNdFAST64		PRId64
#endif
#ifndef SCNdPTR
#define	SCNdPTR			PRIdPTR
#endif

#ifndef SCNi8
#define	SCNi8			"hhi"
#endif
#ifndef SCNiLEAST8
#define	SCNiLEAST8		SCNi8
#endif
#ifndef SCNiFAST8
#define	SCNiFAST8		SCNi8
#endif
#ifndef SCNi16
#define	SCNi16			"hi"
#endif
#ifndef SCNiLEAST16
#define	SCNiLEAST16		SCNi16
#endif
#ifndef SCNi32
#define	SCNi32			"i"
#endif
#ifndef SCNiFAST16
#define	SCNiFAST16		SCNi32
#endif
#ifndef SCNiLEAST32
#define	SCNiLEAST32		SCNi32
#endif
#ifndef SCNiFAST32
#define	SCNiFAST32		SCNi32
#endif
#ifndef SCNi64
#define	SCNi64			PRIi64
#endif
#ifndef SCNiLEAST64
#define	SCNiLEAST64		PRIi64
#endif
#ifndef SCNiFAST64
#define	SCNiFAST64		PRIi64
#endif
#ifndef SCNiPTR
#define	SCNiPTR			PRIiPTR
#endif

#ifndef SCNo8
#define	SCNo8			"hho"
#endif
#ifndef SCNoLEAST8
#define	SCNoLEAST8		SCNo8
#endif
#ifndef SCNoFAST8
#define	SCNoFAST8		SCNo8
#endif
#ifndef SCNo16
#define	SCNo16			"ho"
#endif
#ifndef SCNoLEAST16
#define	SCNoLEAST16		SCNo16
#endif
#ifndef SCNo32
#define	SCNo32			"o"
#endif
#ifndef SCNoFAST16
#define	SCNoFAST16		SCNo32
#endif
#ifndef SCNoLEAST32
#define	SCNoLEAST32		SCNo32
#endif
#ifndef SCNoFAST32
#define	SCNoFAST32		SCNo32
#endif
#ifndef SCNo64
#define	SCNo64			PRIo64
#endif
#ifndef SCNoLEAST64
#define	SCNoLEAST64		PRIo64
#endif
#ifndef SCNoFAST64
#define	SCNoFAST64		PRIo64
#endif
#ifndef SCNoPTR
#define	SCNoPTR			PRIoPTR
#endif

#ifndef SCNu8
#define	SCNu8			"hhu"
#endif
#ifndef SCNuLEAST8
#define	SCNuLEAST8		SCNu8
#endif
#ifndef SCNuFAST8
#define	SCNuFAST8		SCNu8
#endif
#ifndef SCNu16
#define	SCNu16			"hu"
#endif
#ifndef SCNuLEAST16
#define	SCNuLEAST16		SCNu16
#endif
#ifndef SCNu32
#define	SCNu32			"u"
#endif
#ifndef SCNuFAST16
#define	SCNuFAST16		SCNu32
#endif
#ifndef SCNuLEAST32
#define	SCNuLEAST32		SCNu32
#endif
#ifndef SCNuFAST32
#define	SCNuFAST32		SCNu32
#endif
#ifndef SCNu64
#define	SCNu64			PRIu64
#endif
#ifndef SCNuLEAST64
#define	SCNuLEAST64		PRIu64
#endif
#ifndef SCNuFAST64
#define	SCNuFAST64		PRIu64
#endif
#ifndef SCNuPTR
#define	SCNuPTR			PRIuPTR
#endif

#ifndef SCNx8
#define	SCNx8			"hhx"
#endif
#ifndef SCNxLEAST8
#define	SCNxLEAST8		SCNx8
#endif
#ifndef SCNxFAST8
#define	SCNxFAST8		SCNx8
#endif
#ifndef SCNx16
#define	SCNx16			"hx"
#endif
#ifndef SCNxLEAST16
#define	SCNxLEAST16		SCNx16
#endif
#ifndef SCNx32
#define	SCNx32			"x"
#endif
#ifndef SCNxFAST16
#define	SCNxFAST16		SCNx32
#endif
#ifndef SCNxLEAST32
#define	SCNxLEAST32		SCNx32
#endif
#ifndef SCNxFAST32
#define	SCNxFAST32		SCNx32
#endif
#ifndef SCNx64
#define	SCNx64			PRIx64
#endif
#ifndef SCNxLEAST64
#define	SCNxLEAST64		PRIx64
#endif
#ifndef SCNxFAST64
#define	SCNxFAST64		PRIx64
#endif
#ifndef SCNxPTR
#define	SCNxPTR			PRIxPTR
#endif

#ifndef SCNX8
#define	SCNX8			"hhX"
#endif
#ifndef SCNXLEAST8
#define	SCNXLEAST8		SCNX8
#endif
#ifndef SCNXFAST8
#define	SCNXFAST8		SCNX8
#endif
#ifndef SCNX16
#define	SCNX16			"hX"
#endif
#ifndef SCNXLEAST16
#define	SCNXLEAST16		SCNX16
#endif
#ifndef SCNX32
#define	SCNX32			"X"
#endif
#ifndef SCNXFAST16
#define	SCNXFAST16		SCNX32
#endif
#ifndef SCNXLEAST32
#define	SCNXLEAST32		SCNX32
#endif
#ifndef SCNXFAST32
#define	SCNXFAST32		SCNX32
#endif
#ifndef SCNX64
#define	SCNX64			PRIX64
#endif
#ifndef SCNXLEAST64
#define	SCNXLEAST64		PRIX64
#endif
#ifndef SCNXFAST64
#define	SCNXFAST64		PRIX64
#endif
#ifndef SCNXPTR
#define	SCNXPTR			PRIXPTR
#endif

#ifndef PRIdMAX
#define	PRIdMAX			"ld"
#endif
#ifndef PRIiMAX
#define	PRIiMAX			"li"
#endif
#ifndef PRIoMAX
#define	PRIoMAX			"lo"
#endif
#ifndef PRIxMAX
#define	PRIxMAX			"lx"
#endif
#ifndef PRIuMAX
#define	PRIuMAX			"lu"
#endif
#ifndef PRIXMAX
#define	PRIXMAX			"lX"
#endif

#ifndef SCNdMAX
#define	SCNdMAX			PRIdMAX
#endif
#ifndef SCNiMAX
#define	SCNiMAX			PRIiMAX
#endif
#ifndef SCNoMAX
#define	SCNoMAX			PRIoMAX
#endif
#ifndef SCNxMAX
#define	SCNxMAX			PRIxMAX
#endif
#ifndef SCNuMAX
#define	SCNuMAX			PRIuMAX
#endif
#ifndef SCNXMAX
#define	SCNXMAX			PRIXMAX
#endif

#endif /* _SCSA_SYS_INT_FMTIO_H */
