/* SPDX-License-Identifier: GPL-2.0 */
/* <sys/scsi/scsi_ctl.h>: reset levels and reset notification. */
#ifndef _SCSA_SYS_SCSI_SCSI_CTL_H
#define _SCSA_SYS_SCSI_SCSI_CTL_H

#define	RESET_ALL		0
#define	RESET_TARGET		1
#define	RESET_BUS		2
#define	RESET_LUN		3

#define	SCSI_RESET_NOTIFY	0x01
#define	SCSI_RESET_CANCEL	0x02

#endif
