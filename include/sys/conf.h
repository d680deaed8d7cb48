/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/conf.h>: struct cb_ops (cb_ops(9S)), a driver's character entry
 * points, and the cb_flag values (D_*).
 *
 * A driver points dev_ops' devo_cb_ops at its cb_ops and creates minor
 * nodes with ddi_create_minor_node(9F) (<sys/sunddi.h>); scsa-compat
 * turns each node into a Linux character device whose open, release,
 * read, write and unlocked_ioctl file operations call:
 *
 * =============  =======================================================
 * cb_open        open(2), with &dev, the FREAD/FWRITE/FEXCL/FNONBLOCK
 *                flags (<sys/file.h>), OTYP_CHR and the caller's cred_t;
 *                may change *devp (a clone open): later calls get the
 *                new dev_t.  NULL: nulldev (the open succeeds)
 * cb_close       the last close(2) of a dev_t (not every close), as on
 *                Solaris; NULL: nulldev
 * cb_read,       read(2)/write(2) with a one-iovec user uio at the file
 * cb_write       position (<sys/uio.h>); NULL: nodev (ENXIO)
 * cb_ioctl       ioctl(2): (dev, cmd, arg, mode, cred, &rval); mode has
 *                FREAD/FWRITE (never FKIOCTL); the call returns rval on
 *                success; NULL: ENOTTY
 * =============  =======================================================
 *
 * A positive errno from an entry point reaches the caller as that errno.
 * The other members (cb_strategy, cb_print, cb_dump, cb_devmap, cb_mmap,
 * cb_segmap, cb_chpoll, cb_prop_op, cb_str, cb_aread, cb_awrite) are kept
 * for source compatibility and never called: use NULL for the unused
 * slots (nodev and nulldev, declared int (void), do not convert to these
 * pointer types without a cast).  32-bit callers (compat ioctl) get ENOTTY.
 * See Documentation/porting-guide.rst, "Character devices".
 */
#ifndef _SCSA_SYS_CONF_H
#define _SCSA_SYS_CONF_H

#include <sys/types.h>
#include <sys/scsa_names.h>

#include <sys/sunddi.h>
#include <sys/devops.h>
#include <sys/buf.h>
#include <sys/cred.h>
#include <sys/uio.h>
#include <sys/open.h>
#include <sys/file.h>

struct pollhead;
struct as;
struct streamtab;
struct aio_req;

typedef void *devmap_cookie_t;

/* ddi_prop_op_t: <sys/ddipropdefs.h>, from <sys/sunddi.h> */

struct cb_ops {
	int	(*cb_open)(dev_t *devp, int flag, int otyp, cred_t *credp);
	int	(*cb_close)(dev_t dev, int flag, int otyp, cred_t *credp);
	int	(*cb_strategy)(struct buf *bp);
	int	(*cb_print)(dev_t dev, char *str);
	int	(*cb_dump)(dev_t dev, caddr_t addr, daddr_t blkno, int nblk);
	int	(*cb_read)(dev_t dev, struct uio *uiop, cred_t *credp);
	int	(*cb_write)(dev_t dev, struct uio *uiop, cred_t *credp);
	int	(*cb_ioctl)(dev_t dev, int cmd, intptr_t arg, int mode,
			    cred_t *credp, int *rvalp);
	int	(*cb_devmap)(dev_t dev, devmap_cookie_t dhp, offset_t off,
			     size_t len, size_t *maplen, uint_t model);
	int	(*cb_mmap)(dev_t dev, off_t off, int prot);
	int	(*cb_segmap)(dev_t dev, off_t off, struct as *asp,
			     caddr_t *addrp, off_t len, unsigned int prot,
			     unsigned int maxprot, unsigned int flags,
			     cred_t *credp);
	int	(*cb_chpoll)(dev_t dev, short events, int anyyet,
			     short *reventsp, struct pollhead **phpp);
	int	(*cb_prop_op)(dev_t dev, dev_info_t *dip,
			      ddi_prop_op_t prop_op, int mod_flags,
			      char *name, caddr_t valuep, int *length);
	struct streamtab *cb_str;	/* must be NULL: no STREAMS */
	int	cb_flag;		/* D_* */
	int	cb_rev;			/* CB_REV */
	int	(*cb_aread)(dev_t dev, struct aio_req *aio, cred_t *credp);
	int	(*cb_awrite)(dev_t dev, struct aio_req *aio, cred_t *credp);
};

#define	CB_REV		1

/* cb_flag: accepted and not interpreted (every driver is D_MP here) */
#define	D_NEW		0x00
#define	D_TAPE		0x08
#define	D_MTSAFE	0x0020
#define	D_MP		D_MTSAFE
#define	D_HOTPLUG	0x4
#define	D_DEVMAP	0x100
#define	D_64BIT		0x200
#define	D_U64BIT	0x40000
#define	D_OPEN_RETURNS_EINTR 0x100000

#endif /* _SCSA_SYS_CONF_H */
