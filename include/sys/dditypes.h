/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/dditypes.h>: the names, values and structure layouts of illumos's LP64
 * <sys/dditypes.h> (an ABI shared with the programs that call a driver's ioctls),
 * for the x86-64 little-endian, 64-bit-only (no _MULTI_DATAMODEL) case.
 */
#ifndef _SCSA_SYS_DDITYPES_H
#define _SCSA_SYS_DDITYPES_H

#include <sys/types.h>
#include <sys/isa_defs.h>

/* dev_info_t is scsa-compat's own, opaque: <sys/sunddi.h> */
typedef struct dev_info dev_info_t;

typedef	struct __ddi_dma_handle *ddi_dma_handle_t;

typedef	struct __ddi_dma_win *ddi_dma_win_t;

typedef	struct __ddi_dma_seg *ddi_dma_seg_t;

typedef struct {
	union {
		uint64_t	_dmac_ll;
		uint32_t 	_dmac_la[2];
	} _dmu;
	size_t		dmac_size;
	uint_t		dmac_type;
} ddi_dma_cookie_t;

#define	dmac_laddress	_dmu._dmac_ll
#define	dmac_address	_dmu._dmac_la[0]
#define	dmac_notused	_dmu._dmac_la[1]

typedef struct __ddi_iblock_cookie *ddi_iblock_cookie_t;
typedef union {
	struct {
		ushort_t	_idev_vector;
		ushort_t	_idev_priority;
	} idu;
	uint_t	idev_softint;
} ddi_idevice_cookie_t;
#define	idev_vector	idu._idev_vector
#define	idev_priority	idu._idev_priority

typedef struct __ddi_regspec *ddi_regspec_t;

typedef struct __ddi_intrspec *ddi_intrspec_t;

typedef struct __ddi_softintr *ddi_softintr_t;


typedef struct __ddi_devmap_data *ddi_devmap_data_t;

typedef struct __ddi_devid *ddi_devid_t;

#define	DEVID_NONE		0
#define	DEVID_SCSI3_WWN		1
#define	DEVID_SCSI_SERIAL	2
#define	DEVID_FAB		3
#define	DEVID_ENCAP		4
#define	DEVID_ATA_SERIAL	5
#define	DEVID_SCSI3_VPD_T10	6
#define	DEVID_SCSI3_VPD_EUI	7
#define	DEVID_SCSI3_VPD_NAA	8
#define	DEVID_MAXTYPE		8

#define	DEVID_SCSI_ENCODE_VERSION1		0
#define	DEVID_SCSI_ENCODE_VERSION2		1
#define	DEVID_SCSI_ENCODE_VERSION_LATEST	DEVID_SCSI_ENCODE_VERSION2

#define	DEVID_SMP_ENCODE_VERSION1		0
#define	DEVID_SMP_ENCODE_VERSION_LATEST		DEVID_SMP_ENCODE_VERSION1

#define	DEVID_MINOR_NAME_ALL		((char *)0)
#define	DEVID_MINOR_NAME_ALL_CHR	((char *)1)
#define	DEVID_MINOR_NAME_ALL_BLK	((char *)2)

typedef enum {
	DDI_DEVMAP_VALIDATE = 0
} ddi_devmap_cmd_t;

typedef enum {
	DS_INVAL = -1,
	DS_PROTO = 0,
	DS_LINKED,
	DS_BOUND,
	DS_INITIALIZED,
	DS_PROBED,
	DS_ATTACHED,
	DS_READY
} ddi_node_state_t;

typedef enum {EPL_KERNEL, EPL_INTERRUPT, EPL_HIGHLEVEL} ddi_plevel_t;
typedef struct ddi_event_cookie *ddi_eventcookie_t;
typedef struct ddi_event_callbacks *ddi_callback_id_t;

typedef struct ddi_device_acc_attr {
	ushort_t devacc_attr_version;
	uchar_t devacc_attr_endian_flags;
	uchar_t devacc_attr_dataorder;
	uchar_t devacc_attr_access;
} ddi_device_acc_attr_t;

#define	DDI_DEVICE_ATTR_V0 	0x0001
#define	DDI_DEVICE_ATTR_V1 	0x0002

#define	 DDI_NEVERSWAP_ACC	0x00
#define	 DDI_STRUCTURE_LE_ACC	0x01
#define	 DDI_STRUCTURE_BE_ACC	0x02

#define	DDI_STRICTORDER_ACC	0x00
#define	DDI_UNORDERED_OK_ACC    0x01
#define	DDI_MERGING_OK_ACC	0x02
#define	DDI_LOADCACHING_OK_ACC  0x03
#define	DDI_STORECACHING_OK_ACC 0x04

#define	DDI_DATA_SZ01_ACC	1
#define	DDI_DATA_SZ02_ACC	2
#define	DDI_DATA_SZ04_ACC	4
#define	DDI_DATA_SZ08_ACC	8

#define	VERS_ACCHDL 			0x0001

typedef struct __ddi_acc_handle *ddi_acc_handle_t;

typedef struct ddi_acc_hdl {
	int	ah_vers;
	void	*ah_bus_private;
	void 	*ah_platform_private;
	dev_info_t *ah_dip;

	uint_t	ah_rnumber;
	caddr_t	ah_addr;

	off_t	ah_offset;
	off_t	ah_len;
	uint_t	ah_hat_flags;
	pfn_t	ah_pfn;
	uint_t	ah_pnum;
	ulong_t	ah_xfermodes;
	ddi_device_acc_attr_t ah_acc;
} ddi_acc_hdl_t;

typedef struct {
	size_t			size;
	uintptr_t		dev_addr;
	uintptr_t		host_addr;
	ddi_acc_handle_t	handle;
	size_t			repcount;
	uint_t			flags;
} peekpoke_ctlops_t;

typedef struct __ddi_periodic *ddi_periodic_t;

#define	DDI_DEFAULT_ACC		0x01
#define	DDI_FLAGERR_ACC		0x02
#define	DDI_CAUTIOUS_ACC	0x03

#endif /* _SCSA_SYS_DDITYPES_H */
