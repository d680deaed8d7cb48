/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/ddipropdefs.h>: Solaris DDI device properties, ddi_prop_op(9F) and
 * the typed interfaces ddi_prop_lookup(9F), ddi_prop_update(9F),
 * ddi_prop_get_int(9F), ddi_prop_exists(9F), ddi_prop_remove(9F), the
 * older ddi_prop_create(9F) family and ddi_getprop(9F), with illumos'
 * names and values.  (illumos declares the functions in <sys/sunddi.h>,
 * which includes this header.)  Implemented in core/scsa_prop.c; see
 * Documentation/porting-guide.rst, "Device properties and driver.conf".
 *
 * Each dev_info_t has three property lists, searched in this order by
 * every lookup: the driver's own (ddi_prop_update_*, ddi_prop_create),
 * the system's (the properties of the driver.conf(5) node entry the
 * device was bound through), then the driver's global driver.conf
 * properties (lines without name=/class=/parent=), then the properties
 * the framework sets on a SCSI target node ("target", "lun", "lun64",
 * "compatible", "inquiry-*", ...).  If none has it, the search goes on
 * to the parent, the node of the SCSI host adapter ("scsi-reset-delay",
 * "scsi-watchdog-tick", ...), unless DDI_PROP_DONTPASS is given.  A
 * property matches a lookup by name, type (DDI_PROP_TYPE_*, the typed
 * lookups each ask for one) and dev_t: DDI_DEV_T_ANY matches a property
 * of any dev_t; a specific dev_t only properties made for it.  There are
 * no PROM/OBP properties (DDI_PROP_NOTPROM is accepted and has nothing
 * to skip).
 */
#ifndef _SCSA_SYS_DDIPROPDEFS_H
#define _SCSA_SYS_DDIPROPDEFS_H

#include <sys/scsa_names.h>

#include <sys/types.h>

typedef struct dev_info dev_info_t;

/* prop_op of ddi_prop_op(9F) and cb_prop_op(9E) */
typedef enum {
	PROP_LEN = 0,			/* the length only */
	PROP_LEN_AND_VAL_BUF = 1,	/* length and value, caller's buffer */
	PROP_LEN_AND_VAL_ALLOC = 2,	/* length and value, kmem_alloc()ed */
	PROP_EXISTS = 3			/* does it exist? */
} ddi_prop_op_t;

/* one property, as kept on a list */
typedef struct ddi_prop {
	struct ddi_prop	*prop_next;
	dev_t		prop_dev;	/* DDI_DEV_T_NONE or a dev_t */
	char		*prop_name;
	int		prop_flags;	/* DDI_PROP_TYPE_*, DDI_PROP_UNDEF_IT */
	int		prop_len;	/* bytes; 0: a boolean property */
	caddr_t		prop_val;
} ddi_prop_t;

typedef struct ddi_prop_list {
	ddi_prop_t	*prop_list;
	int		prop_ref;
} ddi_prop_list_t;

/* the header of what a typed lookup returns (freed by ddi_prop_free()) */
struct prop_driver_data {
	size_t	pdd_size;
	void	(*pdd_prop_free)(struct prop_driver_data *);
};

/* return values */
#define	DDI_PROP_SUCCESS	0
#define	DDI_PROP_NOT_FOUND	1	/* not defined */
#define	DDI_PROP_UNDEFINED	2	/* explicitly undefined */
#define	DDI_PROP_NO_MEMORY	3	/* no memory (or may not sleep) */
#define	DDI_PROP_INVAL_ARG	4	/* invalid argument */
#define	DDI_PROP_BUF_TOO_SMALL	5	/* the caller's buffer is too small */
#define	DDI_PROP_CANNOT_DECODE	6	/* the value is not of that form */
#define	DDI_PROP_CANNOT_ENCODE	7	/* nothing to encode */
#define	DDI_PROP_END_OF_DATA	8	/* no value (a boolean property) */
#define	DDI_PROP_FOUND_1275	255	/* found in PROM format: never here */

#define	PROP_1275_INT_SIZE	4

/* flags */
#define	DDI_PROP_DONTPASS	0x0001	/* do not ask the parent */
#define	DDI_PROP_CANSLEEP	0x0002	/* memory allocation may sleep */
#define	DDI_PROP_SYSTEM_DEF	0x0004	/* the system list */
#define	DDI_PROP_NOTPROM	0x0008	/* do not look at PROM properties */
#define	DDI_PROP_DONTSLEEP	0x0010	/* memory allocation may not sleep */
#define	DDI_PROP_STACK_CREATE	0x0020	/* push, do not replace (LIFO) */
#define	DDI_PROP_UNDEF_IT	0x0040	/* an explicit undefine */
#define	DDI_PROP_HW_DEF		0x0080	/* the hardware (framework) list */

/* types */
#define	DDI_PROP_TYPE_INT	0x0100
#define	DDI_PROP_TYPE_STRING	0x0200
#define	DDI_PROP_TYPE_BYTE	0x0400
#define	DDI_PROP_TYPE_COMPOSITE	0x0800
#define	DDI_PROP_TYPE_INT64	0x1000
#define	DDI_PROP_TYPE_ANY	(DDI_PROP_TYPE_INT | DDI_PROP_TYPE_STRING | \
				 DDI_PROP_TYPE_BYTE | DDI_PROP_TYPE_COMPOSITE)
#define	DDI_PROP_TYPE_MASK	(DDI_PROP_TYPE_ANY | DDI_PROP_TYPE_INT64)

#define	LDI_DEV_T_ANY		0x2000
#define	DDI_UNBND_DLPI2		0x4000
#define	DDI_PROP_CONSUMER_TYPED	0x8000
#define	DDI_PROP_DYNAMIC	0x10000
#define	DDI_PROP_ROOTNEX_GLOBAL	0x20000

/* dev_t wildcards */
#define	DDI_DEV_T_NONE		((dev_t)-1)
#define	DDI_DEV_T_ANY		((dev_t)-2)
#define	DDI_MAJOR_T_UNKNOWN	((major_t)0)
#define	DDI_MAJOR_T_NONE	((major_t)-1)

#define	DDI_RELATIVE_ADDRESSING	"relative-addressing"
#define	DDI_GENERIC_ADDRESSING	"generic-addressing"

/*
 * The interfaces (illumos declares them in <sys/sunddi.h>).  Each is
 * documented in core/scsa_prop.c.
 */
int ddi_prop_op(dev_t dev, dev_info_t *dip, ddi_prop_op_t prop_op,
		int mod_flags, char *name, caddr_t valuep, int *lengthp);
int nopropop(dev_t dev, dev_info_t *dip, ddi_prop_op_t prop_op,
	     int mod_flags, char *name, caddr_t valuep, int *lengthp);

int ddi_getprop(dev_t dev, dev_info_t *dip, int flags, char *name,
		int defvalue);
int ddi_getlongprop(dev_t dev, dev_info_t *dip, int flags, char *name,
		    caddr_t valuep, int *lengthp);
int ddi_getlongprop_buf(dev_t dev, dev_info_t *dip, int flags, char *name,
			caddr_t valuep, int *lengthp);
int ddi_getproplen(dev_t dev, dev_info_t *dip, int flags, char *name,
		   int *lengthp);

int ddi_prop_get_int(dev_t match_dev, dev_info_t *dip, uint_t flags,
		     char *name, int defvalue);
int64_t ddi_prop_get_int64(dev_t match_dev, dev_info_t *dip, uint_t flags,
			   char *name, int64_t defvalue);
int ddi_prop_lookup_int_array(dev_t match_dev, dev_info_t *dip,
			      uint_t flags, char *name, int **data,
			      uint_t *nelements);
int ddi_prop_lookup_int64_array(dev_t match_dev, dev_info_t *dip,
				uint_t flags, char *name, int64_t **data,
				uint_t *nelements);
int ddi_prop_lookup_string(dev_t match_dev, dev_info_t *dip, uint_t flags,
			   char *name, char **data);
int ddi_prop_lookup_string_array(dev_t match_dev, dev_info_t *dip,
				 uint_t flags, char *name, char ***data,
				 uint_t *nelements);
int ddi_prop_lookup_byte_array(dev_t match_dev, dev_info_t *dip,
			       uint_t flags, char *name, uchar_t **data,
			       uint_t *nelements);
void ddi_prop_free(void *data);
int ddi_prop_exists(dev_t match_dev, dev_info_t *dip, uint_t flags,
		    char *name);

int ddi_prop_update_int(dev_t match_dev, dev_info_t *dip, char *name,
			int data);
int ddi_prop_update_int64(dev_t match_dev, dev_info_t *dip, char *name,
			  int64_t data);
int ddi_prop_update_int_array(dev_t match_dev, dev_info_t *dip, char *name,
			      int *data, uint_t nelements);
int ddi_prop_update_int64_array(dev_t match_dev, dev_info_t *dip,
				char *name, int64_t *data, uint_t nelements);
int ddi_prop_update_string(dev_t match_dev, dev_info_t *dip, char *name,
			   char *data);
int ddi_prop_update_string_array(dev_t match_dev, dev_info_t *dip,
				 char *name, char **data, uint_t nelements);
int ddi_prop_update_byte_array(dev_t match_dev, dev_info_t *dip,
			       char *name, uchar_t *data, uint_t nelements);

int ddi_prop_create(dev_t dev, dev_info_t *dip, int flag, char *name,
		    caddr_t value, int length);
int ddi_prop_modify(dev_t dev, dev_info_t *dip, int flag, char *name,
		    caddr_t value, int length);
int ddi_prop_undefine(dev_t dev, dev_info_t *dip, int flag, char *name);
int ddi_prop_remove(dev_t dev, dev_info_t *dip, char *name);
void ddi_prop_remove_all(dev_info_t *dip);

#endif /* _SCSA_SYS_DDIPROPDEFS_H */
