/* SPDX-License-Identifier: GPL-2.0 */
/* <sys/scsi/conf/autoconf.h>: scsi_probe(9F) results. */
#ifndef _SCSA_SYS_SCSI_CONF_AUTOCONF_H
#define _SCSA_SYS_SCSI_CONF_AUTOCONF_H

#define	SCSIPROBE_EXISTS	0
#define	SCSIPROBE_NONCCS	1
#define	SCSIPROBE_NORESP	2
#define	SCSIPROBE_NOMEM		3
#define	SCSIPROBE_FAILURE	4
#define	SCSIPROBE_BUSY		5
#define	SCSIPROBE_NOMEM_CB	6

#endif
