/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/model.h>: data models of ioctl callers.  Every caller is native
 * (LP64) here: scsa-compat has no 32-bit compat ioctl path, so
 * ddi_model_convert_from(9F) always answers DDI_MODEL_NONE.
 */
#ifndef _SCSA_SYS_MODEL_H
#define _SCSA_SYS_MODEL_H

#include <sys/types.h>

#define	DATAMODEL_MASK		0x0FF00000
#define	DATAMODEL_ILP32		0x00100000
#define	DATAMODEL_LP64		0x00200000
#define	DATAMODEL_NONE		0
#define	DATAMODEL_NATIVE	DATAMODEL_LP64
typedef unsigned int model_t;

#define	DDI_MODEL_MASK		DATAMODEL_MASK
#define	DDI_MODEL_ILP32		DATAMODEL_ILP32
#define	DDI_MODEL_LP64		DATAMODEL_LP64
#define	DDI_MODEL_NATIVE	DATAMODEL_NATIVE
#define	DDI_MODEL_NONE		DATAMODEL_NONE

/* ddi_model_convert_from(9F): the ioctl mode's model, if not native */
#define	ddi_model_convert_from(model)	\
	((((model) & DDI_MODEL_MASK) == DDI_MODEL_ILP32) ? DDI_MODEL_ILP32 : \
	 DDI_MODEL_NONE)

#endif /* _SCSA_SYS_MODEL_H */
