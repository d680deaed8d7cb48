/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/ddidmareq.h>: the names, values and structure layouts of illumos's LP64
 * <sys/ddidmareq.h> (an ABI shared with the programs that call a driver's ioctls),
 * for the x86-64 little-endian, 64-bit-only (no _MULTI_DATAMODEL) case.
 */
#ifndef _SCSA_SYS_DDIDMAREQ_H
#define _SCSA_SYS_DDIDMAREQ_H

#include <sys/types.h>
#include <sys/scsa_names.h>
#include <sys/dditypes.h>
struct v_address {
	caddr_t		v_addr;
	struct	as	*v_as;
	void 		*v_priv;
};

struct pp_address {

	struct page *pp_pp;
	uint_t pp_offset;
};

struct phy_address {
	ulong_t	p_addr;
	ulong_t	p_memtype;
};

struct dvma_address {
	size_t dv_off;
	size_t dv_nseg;
	struct dvmaseg {
		uint64_t dvs_start;
		size_t dvs_len;
	} *dv_seg;
};

typedef union {
	struct v_address virt_obj;
	struct pp_address pp_obj;
	struct phy_address phys_obj;
	struct dvma_address dvma_obj;
} ddi_dma_aobj_t;

typedef enum {
	DMA_OTYP_VADDR = 0,
	DMA_OTYP_PAGES,
	DMA_OTYP_PADDR,
	DMA_OTYP_BUFVADDR,
	DMA_OTYP_DVADDR
} ddi_dma_atyp_t;

typedef struct {
	uint_t		dmao_size;
	ddi_dma_atyp_t	dmao_type;
	ddi_dma_aobj_t	dmao_obj;
} ddi_dma_obj_t;

#define	DMA_UNIT_8  1
#define	DMA_UNIT_16 2
#define	DMA_UNIT_32 4

#define	DMALIM_VER0	((0x86000000) + 0)

typedef struct ddi_dma_lim {

	uint_t	dlim_addr_lo;

	uint_t	dlim_addr_hi;

	uint_t	dlim_cntr_max;

	uint_t	dlim_burstsizes;

	uint_t	dlim_minxfer;

	uint_t	dlim_dmaspeed;

	uint_t	dlim_version;

	uint_t	dlim_adreg_max;

	uint_t	dlim_ctreg_max;

	uint_t	dlim_granular;

	short	dlim_sgllen;

	uint_t	dlim_reqsize;

} ddi_dma_lim_t;

#define	DDI_DMA_FORCE_PHYSICAL		0x0100

#define	DDI_DMA_FLAGERR			0x200

#define	DDI_DMA_RELAXED_ORDERING	0x400

#define	_DDI_DMA_BOUNCE_ON_SEG		0x8000

#define	DMA_ATTR_V0		0
#define	DMA_ATTR_VERSION	DMA_ATTR_V0

typedef struct ddi_dma_attr {
	uint_t		dma_attr_version;
	uint64_t	dma_attr_addr_lo;
	uint64_t	dma_attr_addr_hi;
	uint64_t	dma_attr_count_max;
	uint64_t	dma_attr_align;
	uint_t		dma_attr_burstsizes;
	uint32_t	dma_attr_minxfer;
	uint64_t 	dma_attr_maxxfer;
	uint64_t 	dma_attr_seg;
	int		dma_attr_sgllen;
	uint32_t	dma_attr_granular;
	uint_t		dma_attr_flags;
} ddi_dma_attr_t;

#define	maxbit(val, mybit)	 	((val) & ~((mybit)-1)) | ((((val) & ~((mybit)-1)) == 0) ? (mybit) : 0)

#define	minbit(val, mybit)	 	(((val)&((mybit)|((mybit)-1))) |  	((((val) & ((mybit)-1)) == 0) ? (mybit) : 0))

typedef struct ddi_dma_req {

	ddi_dma_lim_t	*dmar_limits;

	uint_t		dmar_flags;

	int		(*dmar_fp)(caddr_t);

	caddr_t		dmar_arg;

	ddi_dma_obj_t	dmar_object;

} ddi_dma_req_t;

#define	DDI_DMA_DONTWAIT	((int (*)(caddr_t))0)
#define	DDI_DMA_SLEEP		((int (*)(caddr_t))1)

#define	DDI_DMA_CALLBACK_RUNOUT	0
#define	DDI_DMA_CALLBACK_DONE	1

#define	DDI_DMA_WRITE		0x0001
#define	DDI_DMA_READ		0x0002
#define	DDI_DMA_RDWR		(DDI_DMA_READ | DDI_DMA_WRITE)

#define	DDI_DMA_REDZONE		0x0004

#define	DDI_DMA_PARTIAL		0x0008

#define	DDI_DMA_CONSISTENT	0x0010

#define	DDI_DMA_EXCLUSIVE	0x0020

#define	DDI_DMA_STREAMING	0x0040

#define	DDI_DMA_SBUS_64BIT	0x2000

#define	DDI_DMA_MAPPED		0

#define	DDI_DMA_MAPOK		0

#define	DDI_DMA_PARTIAL_MAP	1

#define	DDI_DMA_DONE		2

#define	DDI_DMA_NORESOURCES	-1

#define	DDI_DMA_NOMAPPING	-2

#define	DDI_DMA_TOOBIG		-3

#define	DDI_DMA_TOOSMALL	-4

#define	DDI_DMA_LOCKED		-5

#define	DDI_DMA_BADLIMITS	-6

#define	DDI_DMA_STALE		-7

#define	DDI_DMA_BADATTR		-8

#define	DDI_DMA_INUSE		-9

#define	DDI_DMA_USE_PHYSICAL		-10

#define	DDI_DMA_SYNC_FORDEV	0x0
#define	DDI_DMA_SYNC_FORCPU	0x1
#define	DDI_DMA_SYNC_FORKERNEL	0x2

enum ddi_dma_ctlops {
	DDI_DMA_FREE,
	DDI_DMA_SYNC,
	DDI_DMA_HTOC,
	DDI_DMA_KVADDR,
	DDI_DMA_MOVWIN,
	DDI_DMA_REPWIN,
	DDI_DMA_GETERR,
	DDI_DMA_COFF,
	DDI_DMA_NEXTWIN,
	DDI_DMA_NEXTSEG,
	DDI_DMA_SEGTOC,
	DDI_DMA_RESERVE,
	DDI_DMA_RELEASE,
	DDI_DMA_RESETH,
	DDI_DMA_CKSYNC,
	DDI_DMA_IOPB_ALLOC,
	DDI_DMA_IOPB_FREE,
	DDI_DMA_SMEM_ALLOC,
	DDI_DMA_SMEM_FREE,
	DDI_DMA_SET_SBUS64,
	DDI_DMA_REMAP,

	DDI_DMA_E_ACQUIRE,
	DDI_DMA_E_FREE,
	DDI_DMA_E_1STPTY,
	DDI_DMA_E_GETCB,
	DDI_DMA_E_FREECB,
	DDI_DMA_E_PROG,
	DDI_DMA_E_SWSETUP,
	DDI_DMA_E_SWSTART,
	DDI_DMA_E_ENABLE,
	DDI_DMA_E_STOP,
	DDI_DMA_E_DISABLE,
	DDI_DMA_E_GETCNT,
	DDI_DMA_E_GETLIM,
	DDI_DMA_E_GETATTR
};

#define	IOMEM_DATA_CACHED		0x10000
#define	IOMEM_DATA_UC_WR_COMBINE	0x20000

#define	IOMEM_DATA_UNCACHED		0x40000
#define	IOMEM_DATA_MASK			0xF0000

#define	OVERRIDE_CACHE_ATTR(attr)	 	(attr & (IOMEM_DATA_UNCACHED | IOMEM_DATA_UC_WR_COMBINE))

#define	IOMEM_CACHE_ATTR(flags)	 	((flags & IOMEM_DATA_MASK) ? (flags & IOMEM_DATA_MASK) :  	    IOMEM_DATA_CACHED)

/* the DMA memory a target driver may allocate (core/scsa_dma.c) */
int ddi_dma_alloc_handle(dev_info_t *dip, ddi_dma_attr_t *attr,
	int (*waitfp)(caddr_t), caddr_t arg, ddi_dma_handle_t *handlep);
void ddi_dma_free_handle(ddi_dma_handle_t *handlep);
int ddi_dma_mem_alloc(ddi_dma_handle_t handle, size_t length,
	ddi_device_acc_attr_t *accattrp, uint_t flags,
	int (*waitfp)(caddr_t), caddr_t arg, caddr_t *kaddrp,
	size_t *real_length, ddi_acc_handle_t *handlep);
void ddi_dma_mem_free(ddi_acc_handle_t *hp);
int i_ddi_mem_alloc(dev_info_t *dip, ddi_dma_attr_t *attributes,
	size_t length, int cansleep, int streaming,
	ddi_device_acc_attr_t *accattrp, caddr_t *kaddrp,
	size_t *real_length, ddi_acc_hdl_t *handlep);
void i_ddi_mem_free(caddr_t kaddr, ddi_acc_hdl_t *ap);

#endif /* _SCSA_SYS_DDIDMAREQ_H */
