/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SCSA_SYS_DDI_H
#define _SCSA_SYS_DDI_H

#include <sys/types.h>
#include <sys/scsa_names.h>
#include <sys/sunddi.h>
#include <sys/cred.h>
#include <sys/aio_req.h>
#include <sys/uio.h>
#include <sys/time.h>
#include <sys/thread.h>
#include <sys/taskq.h>
#include <sys/atomic.h>

/* busy-wait: drv_usecwait(9F) */
void drv_usecwait(clock_t usecs);
#endif
