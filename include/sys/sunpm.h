/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/sunpm.h>: the names, values and structure layouts of illumos's LP64
 * <sys/sunpm.h> (an ABI shared with the programs that call a driver's ioctls),
 * for the x86-64 little-endian, 64-bit-only (no _MULTI_DATAMODEL) case.
 */
#ifndef _SCSA_SYS_SUNPM_H
#define _SCSA_SYS_SUNPM_H

#include <sys/types.h>
#include <sys/isa_defs.h>
#include <sys/dditypes.h>
#include <sys/ddipropdefs.h>
#include <sys/devops.h>
#include <sys/time.h>
#include <sys/cmn_err.h>
#include <sys/model.h>
#include <sys/scsa_names.h>

#define	DC_SCSI_FORMAT		0x1
#define	DC_SMART_FORMAT		0x2

#define	DC_SCSI_MFR_LEN		6

struct pm_scsi_cycles {
	int	lifemax;
	int	ncycles;
	char	svc_date[DC_SCSI_MFR_LEN];
	int	flag;
};

struct pm_smart_count {
	int	allowed;
	int	consumed;
	int	flag;
};

struct pm_trans_data {
	int	format;
	union {
		struct pm_scsi_cycles scsi_cycles;
		struct pm_smart_count smart_count;
	} un;
};

#define	PM_LEVEL_D3		0
#define	PM_LEVEL_D2		1
#define	PM_LEVEL_D1		2
#define	PM_LEVEL_D0		3

#define	PM_LEVEL_D3_STR		"0=Device D3 State"
#define	PM_LEVEL_D2_STR		"1=Device D2 State"
#define	PM_LEVEL_D1_STR		"2=Device D1 State"
#define	PM_LEVEL_D0_STR		"3=Device D0 State"

int pm_create_components(dev_info_t *dip, int num_components);

void pm_destroy_components(dev_info_t *dip);

void pm_set_normal_power(dev_info_t *dip, int component_number, int level);

int pm_get_normal_power(dev_info_t *dip, int component_number);

int pm_busy_component(dev_info_t *dip, int component_number);

int pm_idle_component(dev_info_t *dip, int component_number);

int pm_get_current_power(dev_info_t *dip, int component, int *levelp);

int pm_power_has_changed(dev_info_t *, int, int);

int pm_trans_check(struct pm_trans_data *datap, time_t *intervalp);

int pm_lower_power(dev_info_t *dip, int comp, int level);

int pm_raise_power(dev_info_t *dip, int comp, int level);

int pm_update_maxpower(dev_info_t *dip, int comp, int level);

#endif /* _SCSA_SYS_SUNPM_H */
