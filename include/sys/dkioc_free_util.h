/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/dkioc_free_util.h>: the names, values and structure layouts of illumos's LP64
 * <sys/dkioc_free_util.h> (an ABI shared with the programs that call a driver's ioctls),
 * for the x86-64 little-endian, 64-bit-only (no _MULTI_DATAMODEL) case.
 */
#ifndef _SCSA_SYS_DKIOC_FREE_UTIL_H
#define _SCSA_SYS_DKIOC_FREE_UTIL_H

#include <sys/types.h>
#include <sys/dkio.h>
#include <sys/scsa_names.h>

#define	DFL_COPYIN_MAX_EXTS	(1024 * 1024)

#define	DFL_ISSYNC(dfl) (((dfl)->dfl_flags & DF_WAIT_SYNC) ? B_TRUE : B_FALSE)

typedef struct dkioc_free_info {

	uint64_t	dfi_bshift;

	uint64_t	dfi_max_ext;

	uint64_t	dfi_max_bytes;

	uint64_t	dfi_max_ext_bytes;

	uint64_t	dfi_align;
} dkioc_free_info_t;

typedef int (*dfl_iter_fn_t)(dkioc_free_list_t *dfl, void *arg, int kmflag);

int dfl_copyin(void *arg, dkioc_free_list_t **out, int ddi_flags, int kmflags);
void dfl_free(dkioc_free_list_t *dfl);
/* dfl_iter() is not provided (illumos sd does not call it) */

#endif /* _SCSA_SYS_DKIOC_FREE_UTIL_H */
