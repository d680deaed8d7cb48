// SPDX-License-Identifier: GPL-2.0
/*
 * ktest_props.c - DDI device properties (<sys/ddipropdefs.h>), checked
 * against ddi_prop_op(9F), ddi_prop_lookup(9F), ddi_prop_update(9F),
 * ddi_prop_create(9F), ddi_getprop(9F) and illumos' behaviour, on the
 * dev_info of the unit the test runs on:
 *   props_basic      every type stored and read back, every lookup
 *                    function, ddi_prop_op's four operations, LIFO
 *   props_errors     NOT_FOUND, UNDEFINED, BUF_TOO_SMALL, wrong type,
 *                    CANNOT_DECODE, END_OF_DATA, INVAL_ARG, CANNOT_ENCODE
 *   props_dev        DDI_DEV_T_ANY vs a dev_t, DDI_DEV_T_NONE, remove,
 *                    remove_all
 *   props_pass       the parent (the host's) properties and
 *                    DDI_PROP_DONTPASS; framework properties survive
 *                    ddi_prop_remove_all
 *   props_atomic     DDI_PROP_DONTSLEEP lookups and ddi_prop_create under
 *                    a spinlock
 *   props_framework  the framework's properties equal what the test
 *                    script got from sg_inq (args)
 *   props_conf       the global properties of the /etc/scsa/scsa_ktest.conf
 *                    test_21 writes
 *   props_drv        install/remove/check a driver without drv_aliases
 *                    (binding through driver.conf, driver_aliases=,
 *                    new_id, scsa_driver_aliases())
 */
#include "ktest_int.h"
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/spinlock.h>
#include <linux/kthread.h>
#include <linux/completion.h>

static DEFINE_SPINLOCK(kp_lock);

#define KP_DEV(min)	makedevice(200, (min))

static int t_props_basic(struct ktest_ctx *c, int argc, char **argv)
{
	dev_info_t *dip = c->un->dip;
	int ia[3] = { 7, -8, 0x7fffffff }, *ip, len, v, rv;
	int64_t la[2] = { 1LL << 40, -5 }, *lp;
	char *sa[3] = { "one", "", "three" }, **sp, *s;
	uchar_t ba[5] = { 1, 2, 3, 0, 0xff }, *bp;
	char buf[16];
	caddr_t ap;
	uint_t n;

	KCHECK(c, ddi_prop_update_int(DDI_DEV_T_NONE, dip, "kp-int", 42) ==
	       DDI_PROP_SUCCESS, "ddi_prop_update_int");
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "kp-int", -1) == 42,
	       "ddi_prop_get_int = 42");
	KCHECK(c, ddi_getprop(DDI_DEV_T_ANY, dip, 0, "kp-int", -1) == 42,
	       "ddi_getprop = 42");
	KCHECK(c, ddi_prop_update_int(DDI_DEV_T_NONE, dip, "kp-int", 43) ==
	       DDI_PROP_SUCCESS &&
	       ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "kp-int", -1) == 43,
	       "update replaces: 43");
	len = -1;
	KCHECK(c, ddi_getproplen(DDI_DEV_T_ANY, dip, 0, "kp-int", &len) ==
	       DDI_PROP_SUCCESS && len == 4, "ddi_getproplen 4 (%d)", len);

	KCHECK(c, ddi_prop_update_int64(DDI_DEV_T_NONE, dip, "kp-i64",
					1LL << 33) == DDI_PROP_SUCCESS &&
	       ddi_prop_get_int64(DDI_DEV_T_ANY, dip, 0, "kp-i64", -1) ==
	       1LL << 33, "int64 2^33");
	KCHECK(c, ddi_prop_update_int_array(DDI_DEV_T_NONE, dip, "kp-ia", ia,
					    3) == DDI_PROP_SUCCESS,
	       "ddi_prop_update_int_array");
	rv = ddi_prop_lookup_int_array(DDI_DEV_T_ANY, dip, 0, "kp-ia", &ip,
				       &n);
	KCHECK(c, rv == DDI_PROP_SUCCESS && n == 3 && ip[0] == 7 &&
	       ip[1] == -8 && ip[2] == 0x7fffffff,
	       "ddi_prop_lookup_int_array: 3 ints (%d)", rv);
	if (rv == DDI_PROP_SUCCESS)
		ddi_prop_free(ip);
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "kp-ia", -1) == 7,
	       "ddi_prop_get_int of an array: its first element");
	KCHECK(c, ddi_prop_update_int64_array(DDI_DEV_T_NONE, dip, "kp-la",
					      la, 2) == DDI_PROP_SUCCESS,
	       "ddi_prop_update_int64_array");
	rv = ddi_prop_lookup_int64_array(DDI_DEV_T_ANY, dip, 0, "kp-la", &lp,
					 &n);
	KCHECK(c, rv == DDI_PROP_SUCCESS && n == 2 && lp[0] == 1LL << 40 &&
	       lp[1] == -5, "ddi_prop_lookup_int64_array (%d)", rv);
	if (rv == DDI_PROP_SUCCESS)
		ddi_prop_free(lp);

	KCHECK(c, ddi_prop_update_string(DDI_DEV_T_NONE, dip, "kp-s",
					 "hello world") == DDI_PROP_SUCCESS,
	       "ddi_prop_update_string");
	rv = ddi_prop_lookup_string(DDI_DEV_T_ANY, dip, 0, "kp-s", &s);
	KCHECK(c, rv == DDI_PROP_SUCCESS && !strcmp(s, "hello world"),
	       "ddi_prop_lookup_string (%d)", rv);
	if (rv == DDI_PROP_SUCCESS)
		ddi_prop_free(s);
	len = -1;
	KCHECK(c, ddi_getproplen(DDI_DEV_T_ANY, dip, 0, "kp-s", &len) ==
	       DDI_PROP_SUCCESS && len == 12, "a string's length has its NUL (%d)",
	       len);
	KCHECK(c, ddi_prop_update_string_array(DDI_DEV_T_NONE, dip, "kp-sa",
					       sa, 3) == DDI_PROP_SUCCESS,
	       "ddi_prop_update_string_array");
	rv = ddi_prop_lookup_string_array(DDI_DEV_T_ANY, dip, 0, "kp-sa", &sp,
					  &n);
	KCHECK(c, rv == DDI_PROP_SUCCESS && n == 3 && !strcmp(sp[0], "one") &&
	       !strcmp(sp[1], "") && !strcmp(sp[2], "three") && !sp[3],
	       "ddi_prop_lookup_string_array: 3 strings, NULL-terminated (%d)",
	       rv);
	if (rv == DDI_PROP_SUCCESS)
		ddi_prop_free(sp);
	rv = ddi_prop_lookup_string(DDI_DEV_T_ANY, dip, 0, "kp-sa", &s);
	KCHECK(c, rv == DDI_PROP_SUCCESS && !strcmp(s, "one"),
	       "ddi_prop_lookup_string of an array: the first");
	if (rv == DDI_PROP_SUCCESS)
		ddi_prop_free(s);
	KCHECK(c, ddi_prop_update_byte_array(DDI_DEV_T_NONE, dip, "kp-b", ba,
					     5) == DDI_PROP_SUCCESS,
	       "ddi_prop_update_byte_array");
	rv = ddi_prop_lookup_byte_array(DDI_DEV_T_ANY, dip, 0, "kp-b", &bp,
					&n);
	KCHECK(c, rv == DDI_PROP_SUCCESS && n == 5 && !memcmp(bp, ba, 5),
	       "ddi_prop_lookup_byte_array (%d)", rv);
	if (rv == DDI_PROP_SUCCESS)
		ddi_prop_free(bp);

	/* ddi_prop_op's four operations, on the string */
	len = 0;
	KCHECK(c, ddi_prop_op(DDI_DEV_T_ANY, dip, PROP_LEN, 0, "kp-s", NULL,
			      &len) == DDI_PROP_SUCCESS && len == 12,
	       "PROP_LEN: 12");
	len = sizeof(buf);
	memset(buf, 0, sizeof(buf));
	KCHECK(c, ddi_prop_op(DDI_DEV_T_ANY, dip, PROP_LEN_AND_VAL_BUF, 0,
			      "kp-s", buf, &len) == DDI_PROP_SUCCESS &&
	       len == 12 && !strcmp(buf, "hello world"),
	       "PROP_LEN_AND_VAL_BUF");
	ap = NULL;
	len = 0;
	rv = ddi_prop_op(DDI_DEV_T_ANY, dip, PROP_LEN_AND_VAL_ALLOC,
			 DDI_PROP_CANSLEEP, "kp-s", (caddr_t)&ap, &len);
	KCHECK(c, rv == DDI_PROP_SUCCESS && ap && len == 12 &&
	       !strcmp(ap, "hello world"), "PROP_LEN_AND_VAL_ALLOC (%d)", rv);
	if (rv == DDI_PROP_SUCCESS && ap)
		kmem_free(ap, len);
	KCHECK(c, ddi_prop_op(DDI_DEV_T_ANY, dip, PROP_EXISTS, 0, "kp-s",
			      NULL, &len) == DDI_PROP_SUCCESS, "PROP_EXISTS");
	ap = NULL;
	rv = ddi_getlongprop(DDI_DEV_T_ANY, dip, DDI_PROP_CANSLEEP, "kp-b",
			     (caddr_t)&ap, &len);
	KCHECK(c, rv == DDI_PROP_SUCCESS && len == 5 && ap &&
	       !memcmp(ap, ba, 5), "ddi_getlongprop (%d)", rv);
	if (rv == DDI_PROP_SUCCESS && ap)
		kmem_free(ap, len);
	len = sizeof(buf);
	KCHECK(c, ddi_getlongprop_buf(DDI_DEV_T_ANY, dip, 0, "kp-b", buf,
				      &len) == DDI_PROP_SUCCESS && len == 5 &&
	       !memcmp(buf, ba, 5), "ddi_getlongprop_buf");
	KCHECK(c, ddi_prop_exists(DDI_DEV_T_ANY, dip, 0, "kp-b") == 1 &&
	       ddi_prop_exists(DDI_DEV_T_ANY, dip, 0, "kp-nothing") == 0,
	       "ddi_prop_exists 1 and 0");

	/* ddi_prop_create: untyped, stacked (LIFO), boolean */
	v = 0x11223344;
	KCHECK(c, ddi_prop_create(DDI_DEV_T_NONE, dip, DDI_PROP_CANSLEEP,
				  "kp-old", (caddr_t)&v, 4) == DDI_PROP_SUCCESS,
	       "ddi_prop_create");
	v = 5;
	KCHECK(c, ddi_prop_create(DDI_DEV_T_NONE, dip, 0, "kp-old",
				  (caddr_t)&v, 4) == DDI_PROP_SUCCESS,
	       "ddi_prop_create again (no sleep)");
	KCHECK(c, ddi_getprop(DDI_DEV_T_ANY, dip, 0, "kp-old", -1) == 5,
	       "the newer hides the older (LIFO)");
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "kp-old", -1) == 5,
	       "an untyped property matches ddi_prop_get_int");
	KCHECK(c, ddi_prop_remove(DDI_DEV_T_NONE, dip, "kp-old") ==
	       DDI_PROP_SUCCESS &&
	       ddi_getprop(DDI_DEV_T_ANY, dip, 0, "kp-old", -1) == 0x11223344,
	       "removed: the older one is back");
	KCHECK(c, ddi_prop_create(DDI_DEV_T_NONE, dip, DDI_PROP_CANSLEEP,
				  "kp-bool", NULL, 0) == DDI_PROP_SUCCESS,
	       "a boolean property");
	KCHECK(c, ddi_getprop(DDI_DEV_T_ANY, dip, 0, "kp-bool", 9) == 1 &&
	       ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "kp-bool", 9) == 1,
	       "a boolean property is 1 for ddi_getprop and ddi_prop_get_int");
	ap = (caddr_t)1;
	len = -1;
	KCHECK(c, ddi_getlongprop(DDI_DEV_T_ANY, dip, 0, "kp-bool",
				  (caddr_t)&ap, &len) == DDI_PROP_SUCCESS &&
	       len == 0 && !ap, "PROP_LEN_AND_VAL_ALLOC of a boolean: NULL, 0");
	v = 77;
	KCHECK(c, ddi_prop_modify(DDI_DEV_T_NONE, dip, 0, "kp-old",
				  (caddr_t)&v, 4) == DDI_PROP_SUCCESS &&
	       ddi_getprop(DDI_DEV_T_ANY, dip, 0, "kp-old", -1) == 77,
	       "ddi_prop_modify");
	KCHECK(c, ddi_prop_modify(DDI_DEV_T_NONE, dip, 0, "kp-absent",
				  (caddr_t)&v, 4) == DDI_PROP_NOT_FOUND,
	       "ddi_prop_modify of an absent property: NOT_FOUND");
	ddi_prop_remove_all(dip);
	KCHECK(c, !ddi_prop_exists(DDI_DEV_T_ANY, dip, 0, "kp-int") &&
	       !ddi_prop_exists(DDI_DEV_T_ANY, dip, 0, "kp-old"),
	       "ddi_prop_remove_all: all gone");
	return 0;
}

static int t_props_errors(struct ktest_ctx *c, int argc, char **argv)
{
	dev_info_t *dip = c->un->dip;
	int v = 3, len, *ip, rv;
	int64_t *lp;
	char buf[4], *s = NULL;
	uchar_t b3[3] = { 1, 2, 3 }, *bp;
	uint_t n;

	/* not found */
	KCHECK(c, ddi_prop_lookup_int_array(DDI_DEV_T_ANY, dip, 0, "kp-none",
					    &ip, &n) == DDI_PROP_NOT_FOUND,
	       "lookup of an absent property: NOT_FOUND");
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "kp-none", -7) == -7,
	       "ddi_prop_get_int: the default");
	KCHECK(c, ddi_getproplen(DDI_DEV_T_ANY, dip, 0, "kp-none", &len) ==
	       DDI_PROP_NOT_FOUND, "ddi_getproplen: NOT_FOUND");

	/* buffer too small: the length needed comes back */
	ddi_prop_update_string(DDI_DEV_T_NONE, dip, "kp-s", "toolong");
	len = sizeof(buf);
	KCHECK(c, ddi_getlongprop_buf(DDI_DEV_T_ANY, dip, 0, "kp-s", buf,
				      &len) == DDI_PROP_BUF_TOO_SMALL &&
	       len == 8, "BUF_TOO_SMALL, length set to 8 (%d)", len);
	KCHECK(c, ddi_getprop(DDI_DEV_T_ANY, dip, 0, "kp-s", -3) == -3,
	       "ddi_getprop of a longer property: the default");

	/* wrong type */
	KCHECK(c, ddi_prop_lookup_int_array(DDI_DEV_T_ANY, dip, 0, "kp-s",
					    &ip, &n) == DDI_PROP_NOT_FOUND,
	       "int lookup of a string property: NOT_FOUND");
	ddi_prop_update_int(DDI_DEV_T_NONE, dip, "kp-i", 4);
	KCHECK(c, ddi_prop_lookup_string(DDI_DEV_T_ANY, dip, 0, "kp-i", &s) ==
	       DDI_PROP_NOT_FOUND, "string lookup of an int property: NOT_FOUND");
	KCHECK(c, ddi_prop_get_int64(DDI_DEV_T_ANY, dip, 0, "kp-i", -9) == -9,
	       "int64 lookup of an int property: the default");
	ddi_prop_update_int64(DDI_DEV_T_NONE, dip, "kp-l", 5);
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "kp-l", -9) == -9 &&
	       ddi_getprop(DDI_DEV_T_ANY, dip, 0, "kp-l", -9) == -9,
	       "int and untyped lookups of an int64 property: the default");
	ddi_prop_create(DDI_DEV_T_NONE, dip, DDI_PROP_CANSLEEP, "kp-u",
			(caddr_t)b3, 3);
	KCHECK(c, ddi_prop_get_int64(DDI_DEV_T_ANY, dip, 0, "kp-u", -9) == -9,
	       "int64 lookup of an untyped property: the default");

	/* cannot decode */
	KCHECK(c, ddi_prop_lookup_int_array(DDI_DEV_T_ANY, dip, 0, "kp-u", &ip,
					    &n) == DDI_PROP_CANNOT_DECODE,
	       "3 untyped bytes as ints: CANNOT_DECODE");
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "kp-u", -9) == -9,
	       "3 untyped bytes for ddi_prop_get_int: the default");
	rv = ddi_prop_lookup_byte_array(DDI_DEV_T_ANY, dip, 0, "kp-u", &bp, &n);
	KCHECK(c, rv == DDI_PROP_SUCCESS && n == 3 && bp[2] == 3,
	       "3 untyped bytes as bytes");
	if (rv == DDI_PROP_SUCCESS)
		ddi_prop_free(bp);

	/* end of data: a boolean property for the typed lookups */
	ddi_prop_create(DDI_DEV_T_NONE, dip, 0, "kp-bool", NULL, 0);
	KCHECK(c, ddi_prop_lookup_int_array(DDI_DEV_T_ANY, dip, 0, "kp-bool",
					    &ip, &n) == DDI_PROP_END_OF_DATA &&
	       ddi_prop_lookup_string(DDI_DEV_T_ANY, dip, 0, "kp-bool", &s) ==
	       DDI_PROP_END_OF_DATA &&
	       ddi_prop_lookup_byte_array(DDI_DEV_T_ANY, dip, 0, "kp-bool",
					  &bp, &n) == DDI_PROP_END_OF_DATA,
	       "a boolean property: END_OF_DATA for int, string, byte lookups");

	/* undefined */
	KCHECK(c, ddi_prop_undefine(DDI_DEV_T_NONE, dip, 0, "kp-i") ==
	       DDI_PROP_SUCCESS, "ddi_prop_undefine");
	KCHECK(c, ddi_prop_lookup_int_array(DDI_DEV_T_ANY, dip, 0, "kp-i", &ip,
					    &n) == DDI_PROP_UNDEFINED &&
	       ddi_getproplen(DDI_DEV_T_ANY, dip, 0, "kp-i", &len) ==
	       DDI_PROP_UNDEFINED, "an undefined property: UNDEFINED");
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "kp-i", -4) == -4 &&
	       !ddi_prop_exists(DDI_DEV_T_ANY, dip, 0, "kp-i"),
	       "undefined: the default, does not exist");
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, SCSI_ADDR_PROP_TARGET,
				   -1) >= 0 &&
	       ddi_prop_undefine(DDI_DEV_T_NONE, dip, 0, SCSI_ADDR_PROP_TARGET)
	       == DDI_PROP_SUCCESS &&
	       ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, SCSI_ADDR_PROP_TARGET,
				-1) == -1,
	       "ddi_prop_undefine hides a framework property");
	KCHECK(c, ddi_prop_remove(DDI_DEV_T_NONE, dip, SCSI_ADDR_PROP_TARGET) ==
	       DDI_PROP_SUCCESS &&
	       ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, SCSI_ADDR_PROP_TARGET,
				-1) >= 0, "removing the marker shows it again");
	KCHECK(c, ddi_prop_remove(DDI_DEV_T_NONE, dip, "kp-i") ==
	       DDI_PROP_SUCCESS &&
	       ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "kp-i", -1) == 4,
	       "ddi_prop_remove of the undefine: the int is back");

	/* invalid arguments */
	KCHECK(c, ddi_prop_update_int(DDI_DEV_T_ANY, dip, "kp-x", 1) ==
	       DDI_PROP_INVAL_ARG, "update with DDI_DEV_T_ANY: INVAL_ARG");
	KCHECK(c, ddi_prop_update_int(DDI_DEV_T_NONE, dip, "", 1) ==
	       DDI_PROP_INVAL_ARG &&
	       ddi_prop_update_int(DDI_DEV_T_NONE, dip, NULL, 1) ==
	       DDI_PROP_INVAL_ARG &&
	       ddi_prop_update_int(DDI_DEV_T_NONE, NULL, "kp-x", 1) ==
	       DDI_PROP_INVAL_ARG, "update with \"\", NULL name, NULL dip: INVAL_ARG");
	KCHECK(c, ddi_prop_lookup_int_array(DDI_DEV_T_NONE, dip, 0, "kp-i", &ip,
					    &n) == DDI_PROP_INVAL_ARG,
	       "typed lookup with DDI_DEV_T_NONE: INVAL_ARG");
	KCHECK(c, ddi_prop_lookup_string(DDI_DEV_T_ANY, NULL, 0, "kp-s", &s) ==
	       DDI_PROP_INVAL_ARG &&
	       ddi_prop_lookup_string(DDI_DEV_T_ANY, dip, 0, "", &s) ==
	       DDI_PROP_INVAL_ARG, "lookup with NULL dip, \"\" name: INVAL_ARG");
	KCHECK(c, ddi_prop_update_byte_array(DDI_DEV_T_NONE, dip, "kp-x", b3, 0)
	       == DDI_PROP_INVAL_ARG, "byte array of 0 bytes: INVAL_ARG");
	KCHECK(c, ddi_prop_remove(DDI_DEV_T_ANY, dip, "kp-i") ==
	       DDI_PROP_INVAL_ARG, "remove with DDI_DEV_T_ANY: INVAL_ARG");
	KCHECK(c, ddi_prop_create(DDI_DEV_T_ANY, dip, 0, "kp-x", (caddr_t)&v,
				  4) == DDI_PROP_INVAL_ARG &&
	       ddi_prop_create(DDI_DEV_T_NONE, dip, 0, "kp-x", (caddr_t)&v,
			       -1) == DDI_PROP_INVAL_ARG,
	       "ddi_prop_create with DDI_DEV_T_ANY or length -1: INVAL_ARG");
	KCHECK(c, ddi_prop_op(DDI_DEV_T_ANY, dip, 9, 0, "kp-i", NULL, &len) ==
	       DDI_PROP_INVAL_ARG, "ddi_prop_op with an unknown op: INVAL_ARG");
	KCHECK(c, ddi_prop_get_int64(DDI_DEV_T_ANY, dip, DDI_PROP_CANSLEEP,
				     "kp-l", -1) == DDI_PROP_INVAL_ARG,
	       "ddi_prop_get_int64 with a bad flag returns DDI_PROP_INVAL_ARG (illumos)");
	KCHECK(c, ddi_prop_lookup_int64_array(DDI_DEV_T_ANY, dip,
					      DDI_PROP_CANSLEEP, "kp-l", &lp,
					      &n) == DDI_PROP_INVAL_ARG,
	       "ddi_prop_lookup_int64_array with a bad flag: INVAL_ARG");
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, DDI_PROP_CANSLEEP, "kp-i",
				   -1) == 4,
	       "ddi_prop_get_int ignores a bad flag (illumos)");

	/* nothing to encode */
	KCHECK(c, ddi_prop_update_int_array(DDI_DEV_T_NONE, dip, "kp-x", &v, 0)
	       == DDI_PROP_CANNOT_ENCODE, "int array of 0: CANNOT_ENCODE");
	KCHECK(c, ddi_prop_update_string_array(DDI_DEV_T_NONE, dip, "kp-x", &s,
					       0) == DDI_PROP_CANNOT_ENCODE,
	       "string array of 0: CANNOT_ENCODE");
	KCHECK(c, ddi_prop_update_string(DDI_DEV_T_NONE, dip, "kp-x", NULL) ==
	       DDI_PROP_CANNOT_ENCODE, "NULL string: CANNOT_ENCODE");
	KCHECK(c, !ddi_prop_exists(DDI_DEV_T_ANY, dip, 0, "kp-x"),
	       "no failed update left a property");
	ddi_prop_free(NULL);
	KCHECK(c, nopropop(DDI_DEV_T_ANY, dip, PROP_LEN, 0, "kp-i", NULL,
			   &len) == DDI_PROP_NOT_FOUND, "nopropop: NOT_FOUND");
	ddi_prop_remove_all(dip);
	return 0;
}

static int t_props_dev(struct ktest_ctx *c, int argc, char **argv)
{
	dev_info_t *dip = c->un->dip;
	int *ip, rv;
	uint_t n;

	KCHECK(c, ddi_prop_update_int(DDI_DEV_T_NONE, dip, "kp-d", 9) ==
	       DDI_PROP_SUCCESS, "kp-d = 9 for DDI_DEV_T_NONE");
	KCHECK(c, ddi_prop_update_int(KP_DEV(5), dip, "kp-d", 5) ==
	       DDI_PROP_SUCCESS, "kp-d = 5 for dev (200,5)");
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "kp-d", -1) == 5,
	       "DDI_DEV_T_ANY: the newest (5)");
	KCHECK(c, ddi_prop_get_int(KP_DEV(5), dip, 0, "kp-d", -1) == 5,
	       "dev (200,5): 5");
	KCHECK(c, ddi_prop_get_int(KP_DEV(6), dip, 0, "kp-d", -1) == -1,
	       "dev (200,6): not found");
	KCHECK(c, ddi_getprop(DDI_DEV_T_NONE, dip, 0, "kp-d", -1) == 5,
	       "ddi_getprop(DDI_DEV_T_NONE) matches any dev_t");
	rv = ddi_prop_lookup_int_array(KP_DEV(6), dip, 0, "kp-d", &ip, &n);
	KCHECK(c, rv == DDI_PROP_NOT_FOUND, "typed lookup for dev (200,6): NOT_FOUND");
	KCHECK(c, ddi_prop_update_int(KP_DEV(5), dip, "kp-d", 50) ==
	       DDI_PROP_SUCCESS &&
	       ddi_prop_get_int(KP_DEV(5), dip, 0, "kp-d", -1) == 50,
	       "update for dev (200,5) replaces its value (50)");
	KCHECK(c, ddi_prop_remove(KP_DEV(6), dip, "kp-d") == DDI_PROP_NOT_FOUND,
	       "remove for dev (200,6): NOT_FOUND");
	KCHECK(c, ddi_prop_remove(KP_DEV(5), dip, "kp-d") == DDI_PROP_SUCCESS,
	       "remove for dev (200,5)");
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "kp-d", -1) == 9,
	       "DDI_DEV_T_ANY now finds the DDI_DEV_T_NONE one (9)");
	KCHECK(c, ddi_prop_get_int(KP_DEV(5), dip, 0, "kp-d", -1) == -1,
	       "a DDI_DEV_T_NONE property does not match a specific dev_t");
	KCHECK(c, ddi_prop_remove(DDI_DEV_T_NONE, dip, "kp-d") ==
	       DDI_PROP_SUCCESS &&
	       ddi_prop_remove(DDI_DEV_T_NONE, dip, "kp-d") == DDI_PROP_NOT_FOUND,
	       "remove for DDI_DEV_T_NONE, then NOT_FOUND");
	ddi_prop_update_int(KP_DEV(1), dip, "kp-d1", 1);
	ddi_prop_update_int(KP_DEV(2), dip, "kp-d2", 2);
	ddi_prop_create(KP_DEV(3), dip, 0, "kp-d3", NULL, 0);
	ddi_prop_remove_all(dip);
	KCHECK(c, !ddi_prop_exists(DDI_DEV_T_ANY, dip, 0, "kp-d1") &&
	       !ddi_prop_exists(DDI_DEV_T_ANY, dip, 0, "kp-d2") &&
	       !ddi_prop_exists(DDI_DEV_T_ANY, dip, 0, "kp-d3"),
	       "ddi_prop_remove_all removes every dev_t's properties");
	return 0;
}

static int t_props_pass(struct ktest_ctx *c, int argc, char **argv)
{
	dev_info_t *dip = c->un->dip;
	char *s;
	int rv;

	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "scsi-reset-delay",
				   -1) == 3000,
	       "the host's scsi-reset-delay (3000) without DDI_PROP_DONTPASS");
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS,
				   "scsi-reset-delay", -1) == -1,
	       "not with DDI_PROP_DONTPASS");
	KCHECK(c, ddi_getprop(DDI_DEV_T_ANY, dip, 0, "scsi-watchdog-tick", -1)
	       == 10 &&
	       ddi_getprop(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS,
			   "scsi-watchdog-tick", -1) == -1,
	       "ddi_getprop: scsi-watchdog-tick 10 from the parent, not with DONTPASS");
	KCHECK(c, ddi_prop_exists(DDI_DEV_T_ANY, dip, 0, "scsi-tag-age-limit") &&
	       !ddi_prop_exists(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS,
				"scsi-tag-age-limit"),
	       "ddi_prop_exists: the parent's, not with DONTPASS");
	ddi_prop_update_int(DDI_DEV_T_NONE, dip, "scsi-reset-delay", 12);
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "scsi-reset-delay",
				   -1) == 12,
	       "the node's own property comes before the parent's");
	ddi_prop_remove_all(dip);
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS,
				   SCSI_ADDR_PROP_TARGET, -1) ==
	       c->un->sd->sd_address.a_target,
	       "framework properties survive ddi_prop_remove_all");
	rv = ddi_prop_lookup_string(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS,
				    "class", &s);
	KCHECK(c, rv == DDI_PROP_SUCCESS && !strcmp(s, "scsi"),
	       "class \"scsi\"");
	if (rv == DDI_PROP_SUCCESS)
		ddi_prop_free(s);
	return 0;
}

static int t_props_atomic(struct ktest_ctx *c, int argc, char **argv)
{
	dev_info_t *dip = c->un->dip;
	spinlock_t *lock = &kp_lock;
	int v = 6, a, b, e, r1, r2, len = 0;
	caddr_t ap = NULL;
	char *s = NULL;
	unsigned long flags;

	spin_lock_irqsave(lock, flags);
	r1 = ddi_prop_create(DDI_DEV_T_NONE, dip, 0, "kp-at", (caddr_t)&v,
			     sizeof(v));
	a = ddi_prop_get_int(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS, "kp-at",
			     -1);
	b = ddi_getprop(DDI_DEV_T_ANY, dip, 0, "scsi-reset-delay", -1);
	e = ddi_prop_exists(DDI_DEV_T_ANY, dip, 0, "kp-at");
	r2 = ddi_getlongprop(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS, "kp-at",
			     (caddr_t)&ap, &len);
	spin_unlock_irqrestore(lock, flags);
	KCHECK(c, r1 == DDI_PROP_SUCCESS, "ddi_prop_create under a spinlock");
	KCHECK(c, a == 6 && b == 3000 && e == 1,
	       "lookups under a spinlock (%d %d %d)", a, b, e);
	KCHECK(c, r2 == DDI_PROP_SUCCESS && len == 4 && ap && *(int *)ap == 6,
	       "ddi_getlongprop without DDI_PROP_CANSLEEP under a spinlock (%d)",
	       r2);
	if (r2 == DDI_PROP_SUCCESS && ap)
		kmem_free(ap, len);
	spin_lock_irqsave(lock, flags);
	r1 = ddi_prop_lookup_string(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS,
				    "class", &s);
	spin_unlock_irqrestore(lock, flags);
	KCHECK(c, r1 == DDI_PROP_SUCCESS && s && !strcmp(s, "scsi"),
	       "typed lookup where sleeping is not allowed (%d)", r1);
	if (r1 == DDI_PROP_SUCCESS)
		ddi_prop_free(s);
	ddi_prop_remove_all(dip);
	return 0;
}

/* spaces as '_', to compare with an argv word */
static bool kp_streq(const char *prop, const char *want)
{
	for (; *prop && *want; prop++, want++)
		if ((*prop == ' ' ? '_' : *prop) != *want)
			return false;
	return !*prop && !*want;
}

static void kp_check_str(struct ktest_ctx *c, const char *name,
			 const char *want)
{
	dev_info_t *dip = c->un->dip;
	char *s = NULL;
	int rv;

	rv = ddi_prop_lookup_string(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS,
				    (char *)name, &s);
	KCHECK(c, rv == DDI_PROP_SUCCESS && kp_streq(s, want),
	       "%s \"%s\" (expected %s)", name, rv ? "?" : s, want);
	if (rv == DDI_PROP_SUCCESS)
		ddi_prop_free(s);
}

/* args: <type> <vendor> <product> <revision> (blanks as '_') <target> <lun> */
static int t_props_framework(struct ktest_ctx *c, int argc, char **argv)
{
	dev_info_t *dip = c->un->dip;
	char **sp, want[64];
	int type, tgt, lun, rv;
	uint_t n, i;
	bool found = false;

	if (argc < 6 || kstrtoint(argv[0], 0, &type) ||
	    kstrtoint(argv[4], 0, &tgt) || kstrtoint(argv[5], 0, &lun)) {
		KCHECK(c, 0, "arguments: type vendor product revision target lun");
		return 0;
	}
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS,
				   INQUIRY_DEVICE_TYPE, -1) == type,
	       INQUIRY_DEVICE_TYPE " %d", type);
	kp_check_str(c, INQUIRY_VENDOR_ID, argv[1]);
	kp_check_str(c, INQUIRY_PRODUCT_ID, argv[2]);
	kp_check_str(c, INQUIRY_REVISION_ID, argv[3]);
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS,
				   SCSI_ADDR_PROP_TARGET, -1) == tgt,
	       SCSI_ADDR_PROP_TARGET " %d", tgt);
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS,
				   SCSI_ADDR_PROP_LUN, -1) == lun,
	       SCSI_ADDR_PROP_LUN " %d", lun);
	KCHECK(c, ddi_prop_get_int64(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS,
				     SCSI_ADDR_PROP_LUN64, -1) == lun,
	       SCSI_ADDR_PROP_LUN64 " %d (int64)", lun);
	rv = ddi_prop_lookup_string_array(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS,
					  "compatible", &sp, &n);
	KCHECK(c, rv == DDI_PROP_SUCCESS && n >= 3, "compatible: %u forms", n);
	if (rv != DDI_PROP_SUCCESS)
		return 0;
	for (i = 0; i < n; i++)
		klog(c, "compatible[%u] %s", i, sp[i]);
	KCHECK(c, !strcmp(sp[n - 1], "scsiclass"), "the last form is scsiclass");
	snprintf(want, sizeof(want), "scsiclass,%02x", type);
	for (i = 0; i < n; i++)
		found |= !strcmp(sp[i], want);
	KCHECK(c, found, "a form is %s", want);
	snprintf(want, sizeof(want), "scsiclass,%02x.v%s.p%s", type, argv[1],
		 argv[2]);
	found = false;
	for (i = 0; i < n; i++)
		found |= !strcmp(sp[i], want);
	KCHECK(c, found, "a form is %s", want);
	ddi_prop_free(sp);
	return 0;
}

/* the global properties of the scsa_ktest.conf test_21 writes */
static int t_props_conf(struct ktest_ctx *c, int argc, char **argv)
{
	dev_info_t *dip = c->un->dip;
	char *s, **sp;
	int *ip, rv;
	uint_t n;

	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS,
				   "kconf-dec", -1) == 42, "kconf-dec=42");
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "kconf-hex", -1) ==
	       0x1f, "kconf-hex=0x1F");
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "kconf-oct", -1) ==
	       017, "kconf-oct=017");
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "kconf-neg", 0) == -5,
	       "kconf-neg=-5");
	KCHECK(c, ddi_getprop(DDI_DEV_T_ANY, dip, 0, "kconf-big", 0) == -1,
	       "kconf-big=0xffffffff is -1 as an int");
	rv = ddi_prop_lookup_string(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS,
				    "kconf-str", &s);
	KCHECK(c, rv == DDI_PROP_SUCCESS && !strcmp(s, "hello \"conf\" world"),
	       "kconf-str, with an escaped quote");
	if (rv == DDI_PROP_SUCCESS)
		ddi_prop_free(s);
	rv = ddi_prop_lookup_int_array(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS,
				       "kconf-ints", &ip, &n);
	KCHECK(c, rv == DDI_PROP_SUCCESS && n == 4 && ip[0] == 1 &&
	       ip[1] == 2 && ip[2] == 0x30 && ip[3] == 4,
	       "kconf-ints=1,2,0x30,4 over two lines");
	if (rv == DDI_PROP_SUCCESS)
		ddi_prop_free(ip);
	rv = ddi_prop_lookup_string_array(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS,
					  "device-type-config-list", &sp, &n);
	KCHECK(c, rv == DDI_PROP_SUCCESS && n == 2 && !strcmp(sp[0], "direct")
	       && !strcmp(sp[1], "sequential"),
	       "device-type-config-list=\"direct\", \"sequential\" (sgen's)");
	if (rv == DDI_PROP_SUCCESS)
		ddi_prop_free(sp);
	rv = ddi_prop_lookup_string_array(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS,
					  "inquiry-config-list", &sp, &n);
	KCHECK(c, rv == DDI_PROP_SUCCESS && n == 4 && !strcmp(sp[0], "*") &&
	       !strcmp(sp[3], "PowerToast"), "inquiry-config-list: 4 strings");
	if (rv == DDI_PROP_SUCCESS)
		ddi_prop_free(sp);
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "kconf-bool", 0) == 1,
	       "a bare name is a boolean property");
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "kconf-twice", 0) == 2,
	       "a property defined twice: the later definition (2)");
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "kconf-after-bad", 0)
	       == 7, "the entry after a bad one is used");
	KCHECK(c, !ddi_prop_exists(DDI_DEV_T_ANY, dip, 0, "kconf-bad") &&
	       !ddi_prop_exists(DDI_DEV_T_ANY, dip, 0, "kconf-mixed") &&
	       !ddi_prop_exists(DDI_DEV_T_ANY, dip, 0, "kconf-in-bad"),
	       "bad entries left out entirely");
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "kconf-dec", -1) ==
	       42 && ddi_prop_get_int(KP_DEV(3), dip, 0, "kconf-dec", -1) == -1,
	       "global properties are DDI_DEV_T_NONE ones");
	/* the driver's own property hides the global one */
	ddi_prop_update_int(DDI_DEV_T_NONE, dip, "kconf-dec", 43);
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "kconf-dec", -1) ==
	       43, "a driver property comes before a driver.conf one");
	ddi_prop_remove_all(dip);
	KCHECK(c, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "kconf-dec", -1) ==
	       42, "driver.conf properties survive ddi_prop_remove_all");
	return 0;
}

/* ---- props_drv: drivers without drv_aliases ---- */

#define KP_NDRV	4
static const char *const kp_names[KP_NDRV] = {
	"kprop_conf", "kprop_param", "kprop_newid", "kprop_glue"
};
static struct dev_ops kp_ops[KP_NDRV];
static struct modldrv kp_modldrv[KP_NDRV];
static struct modlinkage kp_ml[KP_NDRV];
static bool kp_installed[KP_NDRV];
static int kp_attached[KP_NDRV];
static int kp_nodeprop[KP_NDRV];	/* attachments with "kprop-node" */
static int kp_badprops[KP_NDRV];	/* attachments whose props were wrong */

static int kp_index(dev_info_t *dip)
{
	int i;

	for (i = 0; i < KP_NDRV; i++)
		if (!strcmp(ddi_driver_name(dip), kp_names[i]))
			return i;
	return -1;
}

static int kp_attach(dev_info_t *dip, ddi_attach_cmd_t cmd)
{
	struct scsi_device *sd = ddi_get_driver_private(dip);
	int i = kp_index(dip);

	if (i < 0 || cmd != DDI_ATTACH)
		return DDI_FAILURE;
	/* the framework's properties are there before attach */
	if (ddi_prop_get_int(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS,
			     SCSI_ADDR_PROP_TARGET, -1) != sd->sd_address.a_target ||
	    !ddi_prop_exists(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS,
			     "compatible"))
		kp_badprops[i]++;
	if (ddi_prop_get_int(DDI_DEV_T_ANY, dip, DDI_PROP_DONTPASS,
			     "kprop-node", 0) == 11)
		kp_nodeprop[i]++;
	kp_attached[i]++;
	return DDI_SUCCESS;
}

static int kp_detach(dev_info_t *dip, ddi_detach_cmd_t cmd)
{
	int i = kp_index(dip);

	if (i >= 0)
		kp_attached[i]--;
	return DDI_SUCCESS;
}

static const char *const kp_glue_aliases[] = { "scsiclass,00", NULL };

/*
 * mod_install/mod_remove in a thread of their own: they take the binding
 * lock, which is held around scsa_ktest's own attach (which takes
 * ktest_lock, held by the test).
 */
struct kp_job {
	int i, install;
	int aliases_rv, rv;
	struct completion done;
};

static int kp_job_fn(void *arg)
{
	struct kp_job *j = arg;
	int i = j->i;

	if (j->install) {
		if (!strcmp(kp_names[i], "kprop_glue"))
			j->aliases_rv = scsa_driver_aliases(kp_names[i],
							    kp_glue_aliases);
		j->rv = mod_install(&kp_ml[i]);
	} else {
		j->rv = mod_remove(&kp_ml[i]);
	}
	complete(&j->done);
	return 0;
}

static int kp_job(int i, int install, int *aliases_rv)
{
	struct kp_job j = { .i = i, .install = install };
	struct task_struct *t;

	init_completion(&j.done);
	t = kthread_run(kp_job_fn, &j, "ktest_props");
	if (IS_ERR(t))
		return ENOMEM;
	wait_for_completion(&j.done);
	if (aliases_rv)
		*aliases_rv = j.aliases_rv;
	return j.rv;
}

/* args: install|remove|check <name> [<attachments> [<with kprop-node>]] */
static int t_props_drv(struct ktest_ctx *c, int argc, char **argv)
{
	int i, want, rv, arv = 0;

	if (argc < 2) {
		KCHECK(c, 0, "arguments: install|remove|check <name> [n]");
		return 0;
	}
	for (i = 0; i < KP_NDRV; i++)
		if (!strcmp(argv[1], kp_names[i]))
			break;
	if (i == KP_NDRV) {
		KCHECK(c, 0, "no test driver %s", argv[1]);
		return 0;
	}
	if (!strcmp(argv[0], "install")) {
		if (kp_installed[i]) {
			KCHECK(c, 0, "%s is installed already", kp_names[i]);
			return 0;
		}
		kp_ops[i] = (struct dev_ops){ .devo_rev = DEVO_REV,
					      .devo_attach = kp_attach,
					      .devo_detach = kp_detach };
		kp_modldrv[i] = (struct modldrv){ .drv_modops = &mod_driverops,
						  .drv_linkinfo = kp_names[i],
						  .drv_dev_ops = &kp_ops[i] };
		kp_ml[i] = (struct modlinkage){ .ml_rev = MODREV_1,
			.ml_linkage = { &kp_modldrv[i], NULL } };
		kp_attached[i] = kp_nodeprop[i] = kp_badprops[i] = 0;
		rv = kp_job(i, 1, &arv);
		if (!strcmp(kp_names[i], "kprop_glue"))
			KCHECK(c, arv == 0, "scsa_driver_aliases(%s, scsiclass,00) = %d",
			       kp_names[i], arv);
		KCHECK(c, rv == 0, "mod_install(%s) = %d", kp_names[i], rv);
		kp_installed[i] = rv == 0;
		klog(c, "%s: %d attached", kp_names[i], kp_attached[i]);
	} else if (!strcmp(argv[0], "remove")) {
		rv = kp_installed[i] ? kp_job(i, 0, NULL) : EINVAL;
		KCHECK(c, rv == 0, "mod_remove(%s) = %d", kp_names[i], rv);
		kp_installed[i] = false;
		KCHECK(c, kp_attached[i] == 0, "every instance detached (%d)",
		       kp_attached[i]);
	} else {
		klog(c, "%s: %d attached, %d with kprop-node, %d with wrong properties",
		     kp_names[i], kp_attached[i], kp_nodeprop[i], kp_badprops[i]);
		KCHECK(c, kp_installed[i], "%s installed", kp_names[i]);
		KCHECK(c, kp_badprops[i] == 0,
		       "the framework's properties were set before attach");
		if (argc > 2 && !kstrtoint(argv[2], 0, &want))
			KCHECK(c, kp_attached[i] == want, "%d attached", want);
		if (argc > 3 && !kstrtoint(argv[3], 0, &want))
			KCHECK(c, kp_nodeprop[i] == want,
			       "%d saw the node entry's kprop-node=11", want);
	}
	return 0;
}

/* called from the module's exit: no test driver may outlive it */
void ktest_props_fini(void)
{
	int i;

	for (i = 0; i < KP_NDRV; i++)
		if (kp_installed[i])
			mod_remove(&kp_ml[i]);
}

const struct ktest_case ktest_props_cases[] = {
	{ "props_basic", t_props_basic },
	{ "props_errors", t_props_errors },
	{ "props_dev", t_props_dev },
	{ "props_pass", t_props_pass },
	{ "props_atomic", t_props_atomic },
	{ "props_framework", t_props_framework },
	{ "props_conf", t_props_conf },
	{ "props_drv", t_props_drv },
	{ }
};
