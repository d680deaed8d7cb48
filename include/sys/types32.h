/* SPDX-License-Identifier: GPL-2.0 */
/* <sys/types32.h>: nothing a kernel driver needs beyond <sys/types.h> on x86-64. */
#ifndef _SCSA_SYS_TYPES32_H
#define _SCSA_SYS_TYPES32_H

#include <sys/types.h>

#endif
