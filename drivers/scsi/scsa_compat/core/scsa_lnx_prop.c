// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_lnx_prop.c - the Linux side of the framework's node properties:
 * a SCSI device's cached INQUIRY data and VPD pages, its host's
 * initiator id (<scsa/scsa_prop_bridge.h>).
 */
#include <linux/slab.h>
#include <linux/rcupdate.h>
#include <scsi/scsi_device.h>
#include <scsi/scsi_host.h>
#define SCSA_INTERNAL
#include <scsa/scsa_prop_bridge.h>
#include "scsa_lnx.h"

unsigned int scsa_lnx_inquiry(struct scsa_lun *lun, u8 *buf,
			      unsigned int len)
{
	struct scsi_device *sdev = lun->sdev;
	unsigned int n;

	if (!sdev->inquiry)
		return 0;
	n = min_t(unsigned int, len, sdev->inquiry_len);
	memcpy(buf, sdev->inquiry, n);
	return n;
}

u8 *scsa_lnx_vpd(struct scsa_lun *lun, int page, unsigned int *len)
{
	struct scsi_device *sdev = lun->sdev;
	struct scsi_vpd *vpd;
	u8 *copy = NULL;

	*len = 0;
	rcu_read_lock();
	vpd = page == 0x80 ? rcu_dereference(sdev->vpd_pg80) :
	      page == 0x83 ? rcu_dereference(sdev->vpd_pg83) : NULL;
	if (vpd && vpd->len > 0) {
		copy = kmemdup(vpd->data, vpd->len, GFP_ATOMIC);
		if (copy)
			*len = vpd->len;
	}
	rcu_read_unlock();
	return copy;
}

int scsa_lnx_initiator_id(struct scsa_lun *lun)
{
	int id = lun->sdev->host->this_id;

	return id >= 0 ? id : -1;
}
