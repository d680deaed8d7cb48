// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_dma.c - the part of the DDI DMA interfaces a target driver uses:
 * memory for its own transfers.  ddi_dma_alloc_handle(9F),
 * ddi_dma_free_handle(9F), ddi_dma_mem_alloc(9F), ddi_dma_mem_free(9F)
 * and illumos's i_ddi_mem_alloc()/i_ddi_mem_free() (which st calls).
 *
 * A target driver never programs a DMA engine: it hands the memory to
 * scsi_init_pkt(9F) in a buf, and the host adapter maps it.  So the memory
 * is ordinary kernel memory (kvmalloc: physically contiguous when it can
 * be had, else vmalloc'd, which scsi_init_pkt takes too), zeroed, and a
 * DMA handle is the attributes it was asked for.  Binding a handle
 * (ddi_dma_*_bind_handle) is for host adapter drivers and not provided.
 */
#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <sys/ddidmareq.h>

struct __ddi_dma_handle {
	dev_info_t	*dip;
	ddi_dma_attr_t	attr;
};

struct __ddi_acc_handle {
	caddr_t		kaddr;
	size_t		len;
};

/* DDI_DMA_SLEEP or a real callback may sleep; DDI_DMA_DONTWAIT not */
static gfp_t scsa_dma_gfp(int (*waitfp)(caddr_t))
{
	if (waitfp != DDI_DMA_DONTWAIT && preemptible())
		return GFP_NOIO;
	return GFP_NOWAIT | __GFP_NOWARN;
}

/**
 * ddi_dma_alloc_handle() - a DMA handle holding @attr.
 * @dip:    the driver's device.
 * @attr:   the DMA attributes (copied; dma_attr_version DMA_ATTR_V0,
 *          the only version illumos defines).
 * @waitfp: DDI_DMA_SLEEP (may sleep), DDI_DMA_DONTWAIT, or a callback
 *          (treated as DDI_DMA_SLEEP where sleeping is allowed; the
 *          callback is never called: memory is not a resource that runs
 *          out here in a way worth waiting for).
 * @arg:    the callback's argument (unused).
 * @handlep: where the handle is stored.
 *
 * Context: DDI_DMA_SLEEP: may sleep; DDI_DMA_DONTWAIT: any.
 * Source: ddi_dma_alloc_handle(9F).
 * Return: DDI_SUCCESS; DDI_DMA_BADATTR for a NULL or bad @attr (version,
 * zero sgllen); DDI_DMA_NORESOURCES without memory; DDI_FAILURE for a
 * NULL @dip or @handlep.
 */
int ddi_dma_alloc_handle(dev_info_t *dip, ddi_dma_attr_t *attr,
			 int (*waitfp)(caddr_t), caddr_t arg,
			 ddi_dma_handle_t *handlep)
{
	struct __ddi_dma_handle *h;

	if (!dip || !handlep)
		return DDI_FAILURE;
	if (!attr || attr->dma_attr_version != DMA_ATTR_V0 ||
	    attr->dma_attr_sgllen == 0)
		return DDI_DMA_BADATTR;
	h = kzalloc(sizeof(*h), scsa_dma_gfp(waitfp));
	if (!h)
		return DDI_DMA_NORESOURCES;
	h->dip = dip;
	h->attr = *attr;
	*handlep = h;
	return DDI_SUCCESS;
}
EXPORT_SYMBOL_GPL(scsa_ddi_dma_alloc_handle);

/**
 * ddi_dma_free_handle() - free a DMA handle and clear *@handlep.
 * @handlep: the handle's address; NULL or a NULL handle: nothing happens.
 *
 * Context: any; does not sleep.  Source: ddi_dma_free_handle(9F).
 */
void ddi_dma_free_handle(ddi_dma_handle_t *handlep)
{
	if (!handlep || !*handlep)
		return;
	kfree(*handlep);
	*handlep = NULL;
}
EXPORT_SYMBOL_GPL(scsa_ddi_dma_free_handle);

static caddr_t scsa_dma_mem(size_t length, gfp_t gfp)
{
	/* kvmalloc may fall back to vmalloc only where it may sleep */
	return gfpflags_allow_blocking(gfp) ? kvzalloc(length, gfp) :
					      kzalloc(length, gfp);
}

/**
 * ddi_dma_mem_alloc() - memory for DMA under a handle's attributes.
 * @handle:      a handle from ddi_dma_alloc_handle().
 * @length:      bytes wanted, at least 1.
 * @accattrp:    access attributes (endianness, ordering): accepted; the
 *               memory is ordinary, native-endian kernel memory.
 * @flags:       DDI_DMA_STREAMING or DDI_DMA_CONSISTENT: accepted.
 * @waitfp:      DDI_DMA_SLEEP (may sleep) or DDI_DMA_DONTWAIT.
 * @arg:         unused.
 * @kaddrp:      where the kernel address is stored.
 * @real_length: where the length allocated (@length) is stored; may be
 *               NULL.
 * @handlep:     where the access handle (for ddi_dma_mem_free()) is stored.
 *
 * The memory is zeroed.  Context: DDI_DMA_SLEEP: may sleep; else any.
 * Source: ddi_dma_mem_alloc(9F).
 * Return: DDI_SUCCESS, or DDI_FAILURE (bad argument, no memory).
 */
int ddi_dma_mem_alloc(ddi_dma_handle_t handle, size_t length,
		      ddi_device_acc_attr_t *accattrp, uint_t flags,
		      int (*waitfp)(caddr_t), caddr_t arg, caddr_t *kaddrp,
		      size_t *real_length, ddi_acc_handle_t *handlep)
{
	gfp_t gfp = scsa_dma_gfp(waitfp);
	struct __ddi_acc_handle *ah;

	if (!handle || !length || !kaddrp || !handlep)
		return DDI_FAILURE;
	ah = kzalloc(sizeof(*ah), gfp);
	if (!ah)
		return DDI_FAILURE;
	ah->kaddr = scsa_dma_mem(length, gfp);
	if (!ah->kaddr) {
		kfree(ah);
		return DDI_FAILURE;
	}
	ah->len = length;
	*kaddrp = ah->kaddr;
	if (real_length)
		*real_length = length;
	*handlep = ah;
	return DDI_SUCCESS;
}
EXPORT_SYMBOL_GPL(scsa_ddi_dma_mem_alloc);

/**
 * ddi_dma_mem_free() - free memory from ddi_dma_mem_alloc(); clears *@hp.
 * @hp: the access handle's address; NULL or a NULL handle: nothing happens.
 *
 * Context: process or kernel-thread context (vfree may sleep).
 * Source: ddi_dma_mem_free(9F).
 */
void ddi_dma_mem_free(ddi_acc_handle_t *hp)
{
	if (!hp || !*hp)
		return;
	kvfree((*hp)->kaddr);
	kfree(*hp);
	*hp = NULL;
}
EXPORT_SYMBOL_GPL(scsa_ddi_dma_mem_free);

/**
 * i_ddi_mem_alloc() - illumos's internal allocator of DMA-able memory
 * that st uses without a DMA handle.
 * @dip:         the device (unused).
 * @attributes:  DMA attributes (unused: see the file's comment).
 * @length:      bytes, at least 1.
 * @cansleep:    non-zero: may sleep.
 * @streaming:   accepted.
 * @accattrp:    accepted.
 * @kaddrp:      where the (zeroed) memory's address is stored.
 * @real_length: where @length is stored; may be NULL.
 * @handlep:     must be NULL (no access handle is made), as st passes it.
 *
 * Context: @cansleep: may sleep; else any.
 * Source: illumos's i_ddi_mem_alloc() (ddi_impl.c).
 * Return: DDI_SUCCESS, or DDI_FAILURE (bad argument, no memory).
 */
int i_ddi_mem_alloc(dev_info_t *dip, ddi_dma_attr_t *attributes,
		    size_t length, int cansleep, int streaming,
		    ddi_device_acc_attr_t *accattrp, caddr_t *kaddrp,
		    size_t *real_length, ddi_acc_hdl_t *handlep)
{
	caddr_t p;

	if (!length || !kaddrp || handlep)
		return DDI_FAILURE;
	p = scsa_dma_mem(length, cansleep && preemptible() ? GFP_NOIO :
			 GFP_NOWAIT | __GFP_NOWARN);
	if (!p)
		return DDI_FAILURE;
	*kaddrp = p;
	if (real_length)
		*real_length = length;
	return DDI_SUCCESS;
}
EXPORT_SYMBOL_GPL(scsa_i_ddi_mem_alloc);

/**
 * i_ddi_mem_free() - free memory from i_ddi_mem_alloc().
 * @kaddr: its address; NULL: nothing happens.
 * @ap:    must be NULL (i_ddi_mem_alloc() makes no access handle).
 *
 * Context: process or kernel-thread context (vfree may sleep).
 * Source: illumos's i_ddi_mem_free().
 */
void i_ddi_mem_free(caddr_t kaddr, ddi_acc_hdl_t *ap)
{
	kvfree(kaddr);
}
EXPORT_SYMBOL_GPL(scsa_i_ddi_mem_free);
