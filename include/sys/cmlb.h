/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/cmlb.h>: the names, values and structure layouts of illumos's LP64
 * <sys/cmlb.h> (an ABI shared with the programs that call a driver's ioctls),
 * for the x86-64 little-endian, 64-bit-only (no _MULTI_DATAMODEL) case.
 */
#ifndef _SCSA_SYS_CMLB_H
#define _SCSA_SYS_CMLB_H

#include <sys/types.h>
#include <sys/dktp/fdisk.h>

typedef struct cmlb_geom {
	unsigned int    g_ncyl;
	unsigned short  g_acyl;
	unsigned short  g_nhead;
	unsigned short  g_nsect;
	unsigned short  g_secsize;
	diskaddr_t	g_capacity;
	unsigned short  g_intrlv;
	unsigned short  g_rpm;
} cmlb_geom_t;

typedef struct tg_attribute {
	int media_is_writable;
	int media_is_solid_state;
	int media_is_rotational;
} tg_attribute_t;

#define	CMLB_CREATE_ALTSLICE_VTOC_16_DTYPE_DIRECT	0x00000001
#define	CMLB_FAKE_GEOM_LABEL_IOCTLS_VTOC8		0x00000002
#define	CMLB_OFF_BY_ONE					0x00000004
#define	CMLB_FAKE_LABEL_ONE_PARTITION			0x00000008
#define	CMLB_INTERNAL_MINOR_NODES			0x00000010
#define	CMLB_CREATE_P0_MINOR_NODE			0x00000020

#define	CMLB_SILENT					0x00000001

#define	TG_DK_OPS_VERSION_0	0
#define	TG_DK_OPS_VERSION_1	1

#define	TG_READ			0
#define	TG_WRITE		1

#define	TG_GETPHYGEOM		1
#define	TG_GETVIRTGEOM		2
#define	TG_GETCAPACITY		3
#define	TG_GETBLOCKSIZE		4
#define	TG_GETATTR		5

#define	CMLBUNIT_DFT_SHIFT	6
#define	CMLBUNIT_FORCE_P0_SHIFT	(CMLBUNIT_DFT_SHIFT)

typedef struct cmlb_tg_ops {
	int	tg_version;

	int (*tg_rdwr)(dev_info_t *devi, uchar_t cmd, void *bufp,
	    diskaddr_t start_block, size_t reqlength, void *tg_cookie);

	int (*tg_getinfo)(dev_info_t *devi, int cmd, void *arg,
	    void *tg_cookie);

} cmlb_tg_ops_t;

typedef struct __cmlb_handle *cmlb_handle_t;

void
cmlb_alloc_handle(cmlb_handle_t *cmlbhandlep);

int
cmlb_attach(dev_info_t *devi, cmlb_tg_ops_t *tgopsp, int device_type,
    boolean_t is_removable, boolean_t is_hotpluggable, char *node_type,
    int alter_behavior, cmlb_handle_t cmlbhandle, void *tg_cookie);

int
cmlb_validate(cmlb_handle_t cmlbhandle, int flags, void *tg_cookie);

void
cmlb_invalidate(cmlb_handle_t cmlbhandle, void *tg_cookie);

boolean_t
cmlb_is_valid(cmlb_handle_t cmlbhandle);

int
cmlb_partinfo(cmlb_handle_t cmlbhandle, int part, diskaddr_t *nblocksp,
    diskaddr_t *startblockp, char **partnamep, uint16_t *tagp, void *tg_cookie);

int
cmlb_efi_label_capacity(cmlb_handle_t cmlbhandle, diskaddr_t *capacity,
    void *tg_cookie);

int
cmlb_ioctl(cmlb_handle_t cmlbhandle, dev_t dev, int cmd,
    intptr_t arg, int flag, cred_t *cred_p, int *rval_p, void *tg_cookie);

int
cmlb_prop_op(cmlb_handle_t cmlbhandle,
    dev_t dev, dev_info_t *dip, ddi_prop_op_t prop_op, int mod_flags,
    char *name, caddr_t valuep, int *lengthp, int part, void *tg_cookie);

int
cmlb_get_devid_block(cmlb_handle_t cmlbhandle, diskaddr_t *devidblockp,
    void *tg_cookie);

int
cmlb_close(cmlb_handle_t cmlbhandle, void *tg_cookie);

void
cmlb_detach(cmlb_handle_t cmlbhandle, void *tg_cookie);

void
cmlb_free_handle(cmlb_handle_t *cmlbhandlep);

#endif /* _SCSA_SYS_CMLB_H */
