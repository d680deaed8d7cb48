/* SPDX-License-Identifier: GPL-2.0 */
/* <sys/varargs.h>: what kernel code needs of it is in <sys/types.h> (va_list, processorid_t). */
#ifndef _SCSA_SYS_VARARGS_H
#define _SCSA_SYS_VARARGS_H

#include <sys/types.h>

#endif /* _SCSA_SYS_VARARGS_H */
