/* SPDX-License-Identifier: GPL-2.0 */
/* <sys/vmem.h>: the VM_* allocation flags (the same bits as KM_*). */
#ifndef _SCSA_SYS_VMEM_H
#define _SCSA_SYS_VMEM_H

#include <sys/types.h>

#define	VM_SLEEP	0x00000000
#define	VM_NOSLEEP	0x00000001
#define	VM_PANIC	0x00000002
#define	VM_PUSHPAGE	0x00000004
#define	VM_NORMALPRI	0x00000008
#define	VM_KMFLAGS	0x000000ff
#define	VM_BESTFIT	0x00000100
#define	VM_FIRSTFIT	0x00000200
#define	VM_NEXTFIT	0x00000400

#endif /* _SCSA_SYS_VMEM_H */
