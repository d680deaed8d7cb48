/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/scsi/scsi_watch.h>: periodic polling of a device (removable media,
 * tape load state): scsi_watch_request_submit(9F) and its relatives.
 * The types and constants are illumos's; core/scsa_watch.c says how the
 * polls run (a kernel thread calls the callback).
 */
#ifndef _SCSA_SYS_SCSI_SCSI_WATCH_H
#define _SCSA_SYS_SCSI_SCSI_WATCH_H

#include <sys/types.h>

struct scsi_device;
struct scsi_status;
struct scsi_extended_sense;
struct scsi_pkt;

struct scsi_watch_result {
	struct scsi_status		*statusp;
	struct scsi_extended_sense	*sensep;
	uchar_t				actual_sense_length;
	uchar_t				mmc_data[8];
	struct scsi_pkt			*pkt;
};

#define	SCSI_WATCH_IO_TIME		120	/* seconds */

/* scsi_watch_request_terminate() flags and results */
#define	SCSI_WATCH_TERMINATE_WAIT	0x0
#define	SCSI_WATCH_TERMINATE_NOWAIT	0x1
#define	SCSI_WATCH_TERMINATE_ALL_WAIT	0x2
#define	SCSI_WATCH_TERMINATE_SUCCESS	0x0
#define	SCSI_WATCH_TERMINATE_FAIL	0x1

/* the callback is unprototyped on illumos: (caddr_t arg, struct scsi_watch_result *) */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wstrict-prototypes"
opaque_t scsi_watch_request_submit(struct scsi_device *devp, int interval,
	int sense_length, int (*callback)(), caddr_t cb_arg);
opaque_t scsi_mmc_watch_request_submit(struct scsi_device *devp,
	int interval, int sense_length, int (*callback)(), caddr_t cb_arg);
#pragma GCC diagnostic pop
int scsi_watch_request_terminate(opaque_t token, int flags);
int scsi_watch_get_ref_count(opaque_t token);
void scsi_watch_resume(opaque_t token);
void scsi_watch_suspend(opaque_t token);

#endif /* _SCSA_SYS_SCSI_SCSI_WATCH_H */
