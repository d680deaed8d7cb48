/* SPDX-License-Identifier: GPL-2.0 */
/* <sys/va_list.h>: __va_list, illumos's name for the C va_list. */
#ifndef _SCSA_SYS_VA_LIST_H
#define _SCSA_SYS_VA_LIST_H

#include <sys/types.h>

typedef va_list __va_list;

#endif /* _SCSA_SYS_VA_LIST_H */
