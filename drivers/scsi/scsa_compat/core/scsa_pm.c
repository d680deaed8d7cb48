// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_pm.c - <sys/sunpm.h>: the power management calls of a target
 * driver, for a device that is always powered.
 *
 * scsa-compat has no power management framework: it never calls a
 * driver's power(9E) entry, and every device stays at the power level it
 * has.  So the calls a driver makes to tell the framework that a
 * component is busy or idle succeed and change nothing;
 * pm_raise_power() succeeds (the device is powered already);
 * pm_lower_power() fails, the device stays powered, as a Solaris device
 * whose power management is disabled (see deviations.rst).
 * pm_trans_check() is the advisory computation illumos makes from a
 * drive's start/stop cycle counters, so a driver that consults it gets
 * the same answer.
 */
#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/module.h>
#include <linux/limits.h>
#include <linux/timekeeping.h>
#include <sys/sunpm.h>

static bool scsa_pm_ok(dev_info_t *dip, int comp)
{
	return dip && comp >= 0;
}

/**
 * pm_create_components() - declare a device's power-manageable components.
 * @dip:            the device.
 * @num_components: how many (more than 0).
 *
 * Nothing is power managed by scsa-compat: the components are accepted
 * and stay at full power.  Source: pm_create_components(9F).
 *
 * Context: attach(9E); does not sleep.
 * Return: DDI_SUCCESS; DDI_FAILURE if @dip is NULL or @num_components
 * is not positive.
 */
int pm_create_components(dev_info_t *dip, int num_components)
{
	return dip && num_components > 0 ? DDI_SUCCESS : DDI_FAILURE;
}
EXPORT_SYMBOL_GPL(scsa_pm_create_components);

/**
 * pm_destroy_components() - undo pm_create_components(); nothing to do.
 * @dip: the device.
 *
 * Source: pm_destroy_components(9F).  Context: any; does not sleep.
 */
void pm_destroy_components(dev_info_t *dip)
{
}
EXPORT_SYMBOL_GPL(scsa_pm_destroy_components);

/**
 * pm_set_normal_power() - set a component's normal power level; ignored.
 * @dip:              the device.
 * @component_number: the component.
 * @level:            its normal level.
 *
 * Source: pm_set_normal_power(9F).  Context: any; does not sleep.
 */
void pm_set_normal_power(dev_info_t *dip, int component_number, int level)
{
}
EXPORT_SYMBOL_GPL(scsa_pm_set_normal_power);

/**
 * pm_get_normal_power() - a component's normal power level.
 * @dip:              the device.
 * @component_number: the component.
 *
 * Source: pm_get_normal_power(9F).  Context: any; does not sleep.
 * Return: DDI_FAILURE: scsa-compat keeps no levels (the device is
 * always at full power).
 */
int pm_get_normal_power(dev_info_t *dip, int component_number)
{
	return DDI_FAILURE;
}
EXPORT_SYMBOL_GPL(scsa_pm_get_normal_power);

/**
 * pm_busy_component() - mark a component busy (it must stay powered).
 * @dip:              the device.
 * @component_number: the component (0 or more).
 *
 * The device is never powered down, so there is nothing to hold off.
 * Source: pm_busy_component(9F).
 *
 * Context: any, including interrupt context and pkt_comp; does not sleep.
 * Return: DDI_SUCCESS; DDI_FAILURE for a NULL @dip or a negative
 * component.
 */
int pm_busy_component(dev_info_t *dip, int component_number)
{
	return scsa_pm_ok(dip, component_number) ? DDI_SUCCESS : DDI_FAILURE;
}
EXPORT_SYMBOL_GPL(scsa_pm_busy_component);

/**
 * pm_idle_component() - mark a component idle (it may be powered down).
 * @dip:              the device.
 * @component_number: the component (0 or more).
 *
 * Source: pm_idle_component(9F).
 *
 * Context: any, including interrupt context and pkt_comp; does not sleep.
 * Return: DDI_SUCCESS; DDI_FAILURE for a NULL @dip or a negative
 * component.
 */
int pm_idle_component(dev_info_t *dip, int component_number)
{
	return scsa_pm_ok(dip, component_number) ? DDI_SUCCESS : DDI_FAILURE;
}
EXPORT_SYMBOL_GPL(scsa_pm_idle_component);

/**
 * pm_get_current_power() - a component's current power level.
 * @dip:       the device.
 * @component: the component.
 * @levelp:    where the level would go; not written.
 *
 * Source: pm_get_current_power(9F).  Context: any; does not sleep.
 * Return: DDI_FAILURE: the level is not known to scsa-compat (no
 * framework tracks it).
 */
int pm_get_current_power(dev_info_t *dip, int component, int *levelp)
{
	return DDI_FAILURE;
}
EXPORT_SYMBOL_GPL(scsa_pm_get_current_power);

/**
 * pm_power_has_changed() - the driver changed a component's level itself.
 * @dip:   the device.
 * @comp:  the component (0 or more).
 * @level: the new level (0 or more).
 *
 * Noted and ignored.  Source: pm_power_has_changed(9F).
 *
 * Context: any; does not sleep.
 * Return: DDI_SUCCESS; DDI_FAILURE for a NULL @dip or a negative
 * component or level.
 */
int pm_power_has_changed(dev_info_t *dip, int comp, int level)
{
	return scsa_pm_ok(dip, comp) && level >= 0 ? DDI_SUCCESS : DDI_FAILURE;
}
EXPORT_SYMBOL_GPL(scsa_pm_power_has_changed);

/**
 * pm_raise_power() - bring a component to a level at least @level.
 * @dip:   the device.
 * @comp:  the component (0 or more).
 * @level: the level wanted (0 or more).
 *
 * The device is powered already: nothing is done and the driver's
 * power(9E) entry is not called.  Source: pm_raise_power(9F).
 *
 * Context: user or kernel context; does not sleep here.
 * Return: DDI_SUCCESS; DDI_FAILURE for a NULL @dip or a negative
 * component or level.
 */
int pm_raise_power(dev_info_t *dip, int comp, int level)
{
	return scsa_pm_ok(dip, comp) && level >= 0 ? DDI_SUCCESS : DDI_FAILURE;
}
EXPORT_SYMBOL_GPL(scsa_pm_raise_power);

/**
 * pm_lower_power() - bring a component to a level at most @level.
 * @dip:   the device.
 * @comp:  the component.
 * @level: the level wanted.
 *
 * Refused: scsa-compat does not power devices down (as Solaris refuses
 * it when power management is disabled).  Source: pm_lower_power(9F).
 *
 * Context: user or kernel context; does not sleep.
 * Return: DDI_FAILURE.
 */
int pm_lower_power(dev_info_t *dip, int comp, int level)
{
	return DDI_FAILURE;
}
EXPORT_SYMBOL_GPL(scsa_pm_lower_power);

/**
 * pm_update_maxpower() - a component's highest level changed; ignored.
 * @dip:   the device.
 * @comp:  the component (0 or more).
 * @level: its new highest level (0 or more).
 *
 * Source: illumos sunpm.c.  Context: any; does not sleep.
 * Return: DDI_SUCCESS; DDI_FAILURE for a NULL @dip or a negative
 * component or level.
 */
int pm_update_maxpower(dev_info_t *dip, int comp, int level)
{
	return scsa_pm_ok(dip, comp) && level >= 0 ? DDI_SUCCESS : DDI_FAILURE;
}
EXPORT_SYMBOL_GPL(scsa_pm_update_maxpower);

/* pm_trans_check()'s calendar: a 365-day year, weeks of 7 days */
#define	SCSA_PM_SPD	86400L
#define	SCSA_PM_SPW	(7 * SCSA_PM_SPD)
#define	SCSA_PM_SPY	(365 * SCSA_PM_SPD)
#define	SCSA_PM_YEARS	5

/* @n decimal digits at @s; -1 if one is not a digit */
static long scsa_pm_digits(const char *s, int n)
{
	long v = 0;

	while (n--) {
		if (*s < '0' || *s > '9')
			return -1;
		v = v * 10 + (*s++ - '0');
	}
	return v;
}

/*
 * The SCSI start/stop cycle case: a drive's lifemax cycles are spread
 * over five years of service (30, 25, 20, 15 and 10 %), each year's share
 * linearly over the year.  1 if @cyc is on track; else 0 and, in
 * *@intervalp, the seconds until it will be.
 */
static int scsa_pm_scsi_cycles(const struct pm_scsi_cycles *cyc,
			       time_t *intervalp)
{
	static const int upto[SCSA_PM_YEARS] = { 30, 55, 75, 90, 100 };
	const time_t never = LONG_MAX / HZ;
	long years, weeks, lo, hi, diff, allowed, over;
	time_t svc, now, age, when;
	int full;

	if (cyc->ncycles < 0 || cyc->flag != 0)
		return -1;
	if (cyc->ncycles > cyc->lifemax) {
		*intervalp = never;
		return 0;
	}
	/* the service date: "YYYYWW" */
	years = scsa_pm_digits(cyc->svc_date, 4);
	weeks = scsa_pm_digits(cyc->svc_date + 4, 2);
	if (years < 1970 || weeks < 0 || weeks > 52)
		return -1;
	years -= 1970;
	svc = years * SCSA_PM_SPY + weeks * SCSA_PM_SPW +
	      ((years + 2) / 4) * SCSA_PM_SPD;	/* a day per leap year */
	now = ktime_get_real_seconds();
	now = DIV_ROUND_UP(now, SCSA_PM_SPD) * SCSA_PM_SPD;	/* whole days */
	if (svc > now)
		return -1;
	age = now - svc;
	full = age / SCSA_PM_SPY;
	if (full >= SCSA_PM_YEARS)
		return 1;
	lo = full ? (long)cyc->lifemax * upto[full - 1] / 100 : 0;
	hi = (long)cyc->lifemax * upto[full] / 100;
	if (cyc->ncycles <= lo)
		return 1;
	diff = hi - lo;
	allowed = lo + (long)div_u64((u64)diff * (age % SCSA_PM_SPY),
				     SCSA_PM_SPY);
	if (cyc->ncycles <= allowed)
		return 1;
	/* over this year's share: when the later years' shares cover it */
	over = cyc->ncycles - lo;
	while (over > diff) {
		if (++full >= SCSA_PM_YEARS) {
			*intervalp = never;
			return 0;
		}
		over -= diff;
		lo = hi;
		hi = (long)cyc->lifemax * upto[full] / 100;
		diff = hi - lo;
	}
	when = svc + full * SCSA_PM_SPY +
	       (diff ? (time_t)div_u64((u64)SCSA_PM_SPY * over, diff) : 0);
	*intervalp = min_t(time_t, when - now, never);
	return 0;
}

/**
 * pm_trans_check() - whether a power cycle is advisable for a device now.
 * @datap:     the drive's counters: DC_SCSI_FORMAT (lifemax, ncycles and
 *             the service date "YYYYWW" of the start/stop cycle counter
 *             log page) or DC_SMART_FORMAT (allowed, consumed).
 * @intervalp: where to store, when it is not advisable, the seconds
 *             until it will be (LONG_MAX / hz: never).
 *
 * The computation illumos makes: SCSI drives' lifemax cycles are spread
 * over five years of service (30, 25, 20, 15, 10 %); a SMART drive may
 * cycle while consumed < allowed.  Only advice: scsa-compat itself never
 * powers a device down.  Source: pm_trans_check(9F), illumos sunpm.c.
 *
 * Context: any; does not sleep.
 * Return: 1 advisable; 0 not now (*@intervalp set); -1 for a NULL
 * @datap or @intervalp, an unknown format, negative ncycles, a non-zero
 * flag, or a service date that is malformed or in the future.
 */
int pm_trans_check(struct pm_trans_data *datap, time_t *intervalp)
{
	if (!datap || !intervalp)
		return -1;
	switch (datap->format) {
	case DC_SCSI_FORMAT:
		return scsa_pm_scsi_cycles(&datap->un.scsi_cycles, intervalp);
	case DC_SMART_FORMAT:
		if (datap->un.smart_count.consumed >=
		    datap->un.smart_count.allowed) {
			*intervalp = LONG_MAX / HZ;
			return 0;
		}
		return 1;
	default:
		return -1;
	}
}
EXPORT_SYMBOL_GPL(scsa_pm_trans_check);
