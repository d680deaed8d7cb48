/* SPDX-License-Identifier: GPL-2.0 */
/*
 * scsa_hba.h - for Linux host adapter drivers that want scsa_compat to see
 * their finite DMA resources ("map registers").
 *
 * SCSA's scsi_init_pkt(9F) allocates DMA resources for a packet up front
 * and can fail with a transient shortage (the target driver's runout
 * callback is queued) or a permanent error.  The Linux midlayer has no such
 * step, so by default scsa_compat treats DMA resources as unlimited.  A
 * host adapter that models them registers these operations for its
 * Scsi_Host; scsa_compat then reserves one window per bound packet and
 * releases it when the packet's DMA resources are freed.
 *
 * The registration is optional and loose: a host adapter calls it through
 * symbol_get(scsa_hba_register_ops), so it still loads without
 * scsa_compat (and then registers nothing).
 */
#ifndef _SCSA_HBA_H
#define _SCSA_HBA_H

struct Scsi_Host;
struct scsi_device;

/**
 * struct scsa_hba_ops - a host adapter's DMA window accounting.
 * @reserve: take one window for @sdev; never sleeps.  Return 0, -EAGAIN
 *           for a transient shortage, -EIO for a permanent failure.
 * @release: give one window back.  Any context.
 * @kick:    filled in by scsa_compat at registration: call it (any
 *           context) when windows came free other than through @release,
 *           e.g. after raising the number of map registers.
 */
struct scsa_hba_ops {
	int (*reserve)(struct scsi_device *sdev);
	void (*release)(struct scsi_device *sdev);
	void (*kick)(void);
};

int scsa_hba_register_ops(struct Scsi_Host *shost, struct scsa_hba_ops *ops);
void scsa_hba_unregister_ops(struct Scsi_Host *shost);

#endif
