/* SPDX-License-Identifier: GPL-2.0 */
/* <sys/vtrace.h>: illumos's old kernel trace points; no code on Linux. */
#ifndef _SCSA_SYS_VTRACE_H
#define _SCSA_SYS_VTRACE_H

#define	TRACE_0(fac, tag, name)					do { } while (0)
#define	TRACE_1(fac, tag, name, d1)				do { } while (0)
#define	TRACE_2(fac, tag, name, d1, d2)				do { } while (0)
#define	TRACE_3(fac, tag, name, d1, d2, d3)			do { } while (0)
#define	TRACE_4(fac, tag, name, d1, d2, d3, d4)			do { } while (0)
#define	TRACE_5(fac, tag, name, d1, d2, d3, d4, d5)		do { } while (0)
#define	TR_FAC_SCSI		0
#define	TR_FAC_SCSI_RES		0
#define	TR_FAC_SCSI_CMD		0
#define	TR_FAC_SCSI_DISK	0

#endif /* _SCSA_SYS_VTRACE_H */
