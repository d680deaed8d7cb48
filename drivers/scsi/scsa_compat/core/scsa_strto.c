// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_strto.c - <sys/sunddi.h>'s number parsers: ddi_strtol(9F),
 * ddi_strtoul(9F), ddi_strtoll(9F), ddi_strtoull(9F).
 *
 * strtol(3C) rules: leading white space, an optional sign, then digits in
 * @base (2..36), or with base 0 a "0x"/"0X" prefix for 16, a leading 0 for
 * 8, else 10; base 16 also takes the "0x" prefix.  *nptr (if given) is set
 * to the first character not used, or to @str when there are no digits.
 * Unlike strtol(3C) they report errors by their return value and leave
 * errno alone (the kernel has none).
 */
#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/module.h>
#include <linux/ctype.h>
#include <linux/limits.h>

/*
 * The magnitude of the number at @str in *mag, its sign in *neg; 0,
 * EINVAL (bad base, no digits) or ERANGE (above U64_MAX: *mag U64_MAX).
 */
static int scsa_strto(const char *str, char **nptr, int base,
		      unsigned long long *mag, bool *neg)
{
	const char *s = str;
	unsigned long long v = 0;
	bool any = false, over = false;
	int d;

	*neg = false;
	*mag = 0;
	if (nptr)
		*nptr = (char *)str;
	if (!str || base < 0 || base == 1 || base > 36)
		return EINVAL;
	while (isspace(*s))
		s++;
	if (*s == '-' || *s == '+')
		*neg = *s++ == '-';
	if ((base == 0 || base == 16) && s[0] == '0' &&
	    (s[1] == 'x' || s[1] == 'X') && isxdigit(s[2])) {
		s += 2;
		base = 16;
	} else if (base == 0) {
		base = s[0] == '0' ? 8 : 10;
	}
	for (; *s; s++) {
		if (isdigit(*s))
			d = *s - '0';
		else if (isalpha(*s))
			d = tolower(*s) - 'a' + 10;
		else
			break;
		if (d >= base)
			break;
		any = true;
		if (v > (ULLONG_MAX - d) / base)
			over = true;
		else
			v = v * base + d;
	}
	if (!any)
		return EINVAL;
	if (nptr)
		*nptr = (char *)s;
	*mag = over ? ULLONG_MAX : v;
	return over ? ERANGE : 0;
}

/* A signed value at most @max (and at least -@max - 1) in *@res. */
static int scsa_strto_signed(const char *str, char **nptr, int base,
			     long long max, long long *res)
{
	unsigned long long m;
	bool neg;
	int err = scsa_strto(str, nptr, base, &m, &neg);

	if (err == EINVAL)
		return err;
	if (err || m > (neg ? (unsigned long long)max + 1 : max)) {
		*res = neg ? -max - 1 : max;
		return ERANGE;
	}
	*res = neg ? (long long)-m : (long long)m;
	return 0;
}

/**
 * ddi_strtol() - a long from a string.
 * @str:    the string (NUL-terminated).
 * @nptr:   if not NULL, set to the first character after the number
 *          (@str when there is none).
 * @base:   0 or 2..36 (see the file's comment).
 * @result: the value; LONG_MAX or LONG_MIN when it is out of range.
 *
 * Context: any; does not sleep.  Source: ddi_strtol(9F).
 * Return: 0; EINVAL (no digits, a bad base, a NULL @str; *@result not
 * set); ERANGE (out of range).
 */
int ddi_strtol(const char *str, char **nptr, int base, long *result)
{
	long long v;
	int err = scsa_strto_signed(str, nptr, base, LONG_MAX, &v);

	if (err != EINVAL)
		*result = v;
	return err;
}
EXPORT_SYMBOL_GPL(scsa_ddi_strtol);

/**
 * ddi_strtoul() - an unsigned long from a string; a '-' negates it, as
 * strtoul(3C) does.
 * @str:    the string.
 * @nptr:   as ddi_strtol().
 * @base:   as ddi_strtol().
 * @result: the value; ULONG_MAX when out of range.
 *
 * Context: any; does not sleep.  Source: ddi_strtoul(9F).
 * Return: 0, EINVAL or ERANGE, as ddi_strtol().
 */
int ddi_strtoul(const char *str, char **nptr, int base,
		unsigned long *result)
{
	unsigned long long m;
	bool neg;
	int err = scsa_strto(str, nptr, base, &m, &neg);

	if (err == EINVAL)
		return err;
	if (err || m > ULONG_MAX) {
		*result = ULONG_MAX;
		return ERANGE;
	}
	*result = neg ? -(unsigned long)m : (unsigned long)m;
	return 0;
}
EXPORT_SYMBOL_GPL(scsa_ddi_strtoul);

/**
 * ddi_strtoll() - a long long from a string.
 * @str:    the string.
 * @nptr:   as ddi_strtol().
 * @base:   as ddi_strtol().
 * @result: the value; LLONG_MAX or LLONG_MIN when out of range.
 *
 * Context: any; does not sleep.  Source: ddi_strtoll(9F).
 * Return: 0, EINVAL or ERANGE, as ddi_strtol().
 */
int ddi_strtoll(const char *str, char **nptr, int base, longlong_t *result)
{
	long long v;
	int err = scsa_strto_signed(str, nptr, base, LLONG_MAX, &v);

	if (err != EINVAL)
		*result = v;
	return err;
}
EXPORT_SYMBOL_GPL(scsa_ddi_strtoll);

/**
 * ddi_strtoull() - an unsigned long long from a string.
 * @str:    the string.
 * @nptr:   as ddi_strtol().
 * @base:   as ddi_strtol().
 * @result: the value; ULLONG_MAX when out of range.
 *
 * Context: any; does not sleep.  Source: ddi_strtoull(9F).
 * Return: 0, EINVAL or ERANGE, as ddi_strtol().
 */
int ddi_strtoull(const char *str, char **nptr, int base,
		 u_longlong_t *result)
{
	unsigned long long m;
	bool neg;
	int err = scsa_strto(str, nptr, base, &m, &neg);

	if (err == EINVAL)
		return err;
	*result = err ? ULLONG_MAX : (neg ? -m : m);
	return err;
}
EXPORT_SYMBOL_GPL(scsa_ddi_strtoull);
