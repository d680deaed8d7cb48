// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_dkioc_free.c - <sys/dkioc_free_util.h>: the DKIOCFREE extent list
 * a disk driver's ioctl copies in (dfl_copyin) and frees (dfl_free).
 */
#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/module.h>
#include <sys/file.h>
#include <sys/dkioc_free_util.h>

/**
 * dfl_copyin() - copy a DKIOCFREE extent list into kernel memory.
 * @arg:       the ioctl's argument: a dkioc_free_list_t (with
 *             dfl_num_exts extents) in user space, or in the kernel when
 *             @ddi_flags has FKIOCTL.
 * @out:       where to store the copy (DFL_SZ(dfl_num_exts) bytes); free
 *             it with dfl_free().
 * @ddi_flags: the ioctl's mode flags (FKIOCTL: @arg is kernel memory).
 * @kmflags:   KM_SLEEP or KM_NOSLEEP, for the copy.
 *
 * The extent count is read first and checked (1 to DFL_COPYIN_MAX_EXTS),
 * then the whole list is copied, and must still have that count.
 * Source: illumos dkioc_free_util.c (no man page).
 *
 * Context: user context of the ioctl (may fault in user memory and, with
 * KM_SLEEP, sleep).
 * Return: 0; EINVAL for no extent, more than DFL_COPYIN_MAX_EXTS, or a
 * NULL @arg or @out; EFAULT if user memory cannot be read or the count
 * changed meanwhile; ENOMEM (KM_NOSLEEP) if memory is short.
 */
int dfl_copyin(void *arg, dkioc_free_list_t **out, int ddi_flags, int kmflags)
{
	dkioc_free_list_t *dfl;
	uint64_t n;

	if (!arg || !out)
		return EINVAL;
	if (ddi_copyin((uint8_t *)arg + offsetof(dkioc_free_list_t,
						  dfl_num_exts),
		       &n, sizeof(n), ddi_flags))
		return EFAULT;
	if (n == 0 || n > DFL_COPYIN_MAX_EXTS)
		return EINVAL;
	dfl = kmem_alloc(DFL_SZ(n), kmflags);
	if (!dfl)
		return ENOMEM;
	if (ddi_copyin(arg, dfl, DFL_SZ(n), ddi_flags) ||
	    dfl->dfl_num_exts != n) {
		kmem_free(dfl, DFL_SZ(n));
		return EFAULT;
	}
	*out = dfl;
	return 0;
}
EXPORT_SYMBOL_GPL(scsa_dfl_copyin);

/**
 * dfl_free() - free a list from dfl_copyin().
 * @dfl: the list (its dfl_num_exts as dfl_copyin() made it); NULL is
 *       ignored.
 *
 * Source: illumos dkioc_free_util.c (no man page).
 * Context: any; does not sleep.
 */
void dfl_free(dkioc_free_list_t *dfl)
{
	if (dfl)
		kmem_free(dfl, DFL_SZ(dfl->dfl_num_exts));
}
EXPORT_SYMBOL_GPL(scsa_dfl_free);
