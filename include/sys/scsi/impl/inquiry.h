/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/scsi/impl/inquiry.h>: the names of the INQUIRY properties the
 * framework sets on a SCSI target node (in scsi_probe(9F) on illumos;
 * here when the node is made, before devo_probe, and again by a
 * successful scsi_probe()).  The strings are the INQUIRY fields without
 * trailing blanks; they are not set for an ANSI version 1 (SCSI-1)
 * device, and only a property not yet defined is set (the first
 * definition sticks).  The INQUIRY data layout and SUN_INQSIZE are in
 * <sys/scsi/generic/inquiry.h>.
 */
#ifndef _SCSA_SYS_SCSI_IMPL_INQUIRY_H
#define _SCSA_SYS_SCSI_IMPL_INQUIRY_H

#define	INQUIRY_DEVICE_TYPE	"inquiry-device-type"	/* int */
#define	INQUIRY_VENDOR_ID	"inquiry-vendor-id"	/* string */
#define	INQUIRY_PRODUCT_ID	"inquiry-product-id"	/* string */
#define	INQUIRY_REVISION_ID	"inquiry-revision-id"	/* string */
#define	INQUIRY_SERIAL_NO	"inquiry-serial-no"	/* string */

#endif /* _SCSA_SYS_SCSI_IMPL_INQUIRY_H */
