/* SPDX-License-Identifier: GPL-2.0 */
/* <sys/stddef.h>: nothing a kernel driver needs beyond <sys/types.h> on x86-64. */
#ifndef _SCSA_SYS_STDDEF_H
#define _SCSA_SYS_STDDEF_H

#include <sys/types.h>

#endif
