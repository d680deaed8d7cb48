// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: the driver.conf(5) parser (core/scsa_conf.c) and the property
 * lists (core/scsa_prop.c) on a dev_info of its own.  Solaris-side
 * translation unit.
 */
#include "../core/scsa_sol.h"
#include <kunit/test.h>
#include <linux/slab.h>
#include <linux/string.h>

static struct scsa_conf *parse(struct kunit *test, const char *text)
{
	struct scsa_conf *conf = scsa_conf_parse("kunit.conf", "drv", text,
						 strlen(text));

	KUNIT_ASSERT_NOT_NULL(test, conf);
	return conf;
}

static const ddi_prop_t *find(const struct scsa_conf *conf, const char *name)
{
	const ddi_prop_t *p;

	for (p = conf->global; p; p = p->prop_next)
		if (!strcmp(p->prop_name, name))
			return p;
	return NULL;
}

static int int_of(struct kunit *test, const ddi_prop_t *p, int i)
{
	int v;

	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_ASSERT_EQ(test, p->prop_flags, DDI_PROP_TYPE_INT);
	KUNIT_ASSERT_GE(test, p->prop_len, (i + 1) * 4);
	memcpy(&v, p->prop_val + i * 4, 4);
	return v;
}

static void conf_globals(struct kunit *test)
{
	struct scsa_conf *conf = parse(test,
		"# comment\n"
		"a=1; b=0x10 c=010;\n"
		"neg=-7; max=4294967295; min=-2147483648;\n"
		"s=\"x\\\"y\\\\z\"; l=1,\n 2 , 3; sl=\"a\", \"\", \"b c\";\n"
		"bool; t=1; t=2;\n");
	const ddi_prop_t *p;

	KUNIT_EXPECT_EQ(test, int_of(test, find(conf, "a"), 0), 1);
	KUNIT_EXPECT_EQ(test, int_of(test, find(conf, "b"), 0), 16);
	KUNIT_EXPECT_EQ(test, int_of(test, find(conf, "c"), 0), 8);
	KUNIT_EXPECT_EQ(test, int_of(test, find(conf, "neg"), 0), -7);
	KUNIT_EXPECT_EQ(test, int_of(test, find(conf, "max"), 0), -1);
	KUNIT_EXPECT_EQ(test, int_of(test, find(conf, "min"), 0), INT_MIN);
	p = find(conf, "l");
	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_EQ(test, p->prop_len, 12);
	KUNIT_EXPECT_EQ(test, int_of(test, p, 2), 3);
	p = find(conf, "s");
	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_EQ(test, p->prop_flags, DDI_PROP_TYPE_STRING);
	KUNIT_EXPECT_EQ(test, p->prop_len, 6);
	KUNIT_EXPECT_STREQ(test, (char *)p->prop_val, "x\"y\\z");
	p = find(conf, "sl");
	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_EQ(test, p->prop_len, 2 + 1 + 4);
	KUNIT_EXPECT_EQ(test, memcmp(p->prop_val, "a\0\0b c", 7), 0);
	p = find(conf, "bool");
	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_EXPECT_EQ(test, p->prop_len, 0);
	KUNIT_EXPECT_EQ(test, p->prop_flags, DDI_PROP_TYPE_ANY);
	/* the later definition comes first */
	KUNIT_EXPECT_EQ(test, int_of(test, find(conf, "t"), 0), 2);
	KUNIT_EXPECT_TRUE(test, list_empty(&conf->entries));
	scsa_conf_put(conf);
}

static void conf_errors(struct kunit *test)
{
	static const char bin[] = "a=1;\0\x01\xff;b=2;";
	struct scsa_conf *conf = parse(test,
		"x=1 = 2; y=3;\n"
		"big=0x100000000; under=-2147483649; m=1,\"s\"; e=; q=abc;\n"
		"n=1,,2; ok=4;\n"
		"u=\"abc\n;\n"
		"last=5");

	KUNIT_EXPECT_NULL(test, find(conf, "x"));
	KUNIT_EXPECT_EQ(test, int_of(test, find(conf, "y"), 0), 3);
	KUNIT_EXPECT_NULL(test, find(conf, "big"));
	KUNIT_EXPECT_NULL(test, find(conf, "under"));
	KUNIT_EXPECT_NULL(test, find(conf, "m"));
	KUNIT_EXPECT_NULL(test, find(conf, "e"));
	KUNIT_EXPECT_NULL(test, find(conf, "q"));
	KUNIT_EXPECT_NULL(test, find(conf, "n"));
	KUNIT_EXPECT_EQ(test, int_of(test, find(conf, "ok"), 0), 4);
	KUNIT_EXPECT_NULL(test, find(conf, "u"));
	KUNIT_EXPECT_NULL(test, find(conf, "last"));
	scsa_conf_put(conf);

	conf = scsa_conf_parse("kunit.conf", "drv", bin, sizeof(bin) - 1);
	KUNIT_ASSERT_NOT_NULL(test, conf);
	KUNIT_EXPECT_EQ(test, int_of(test, find(conf, "a"), 0), 1);
	KUNIT_EXPECT_EQ(test, int_of(test, find(conf, "b"), 0), 2);
	scsa_conf_put(conf);
	conf = scsa_conf_parse("kunit.conf", "drv", "", 0);
	KUNIT_ASSERT_NOT_NULL(test, conf);
	KUNIT_EXPECT_NULL(test, conf->global);
	scsa_conf_put(conf);
}

static void conf_nodes(struct kunit *test)
{
	struct scsa_conf *conf = parse(test,
		"name=\"drv\" class=\"scsi\" target=1 lun=2 p=5;\n"
		"name=\"drv\" class=\"scsi\";\n"
		"name=\"other\" class=\"scsi\";\n"
		"name=\"drv\" class=\"pci\";\n"
		"name=\"drv\";\n"
		"name=\"drv\" class=\"scsi\" target=-1;\n"
		"name=\"drv\" parent=\"/x\" lun=3;\n"
		"g=1;\n");
	struct scsa_conf_entry *e;
	int n = 0;

	list_for_each_entry(e, &conf->entries, node) {
		n++;
		if (n == 1) {
			KUNIT_EXPECT_FALSE(test, e->any_target);
			KUNIT_EXPECT_FALSE(test, e->any_lun);
			KUNIT_EXPECT_EQ(test, e->target, 1);
			KUNIT_EXPECT_EQ(test, e->lun, 2ULL);
			KUNIT_EXPECT_EQ(test, e->line, 1);
			KUNIT_ASSERT_NOT_NULL(test, e->props);
		} else if (n == 2) {
			KUNIT_EXPECT_TRUE(test, e->any_target);
			KUNIT_EXPECT_TRUE(test, e->any_lun);
			KUNIT_EXPECT_EQ(test, e->line, 2);
		} else if (n == 3) {
			KUNIT_EXPECT_TRUE(test, e->any_target);
			KUNIT_EXPECT_EQ(test, e->lun, 3ULL);
			KUNIT_EXPECT_EQ(test, e->line, 7);
		}
	}
	KUNIT_EXPECT_EQ(test, n, 3);
	KUNIT_EXPECT_EQ(test, int_of(test, find(conf, "g"), 0), 1);
	KUNIT_EXPECT_NULL(test, find(conf, "name"));
	scsa_conf_put(conf);
}

/* a dev_info of our own, under a parent property node */
struct fake {
	struct dev_info dip;
	struct scsa_propset parent;
};

static struct fake *fake_dip(struct kunit *test)
{
	struct fake *f = kunit_kzalloc(test, sizeof(*f), GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, f);
	scsa_propset_init(&f->parent, NULL);
	scsa_propset_init(&f->dip.props, &f->parent);
	return f;
}

static void fake_free(struct fake *f)
{
	scsa_propset_fini(&f->dip.props);
	scsa_propset_fini(&f->parent);
}

static void props_lists(struct kunit *test)
{
	struct fake *f = fake_dip(test);
	dev_info_t *dip = &f->dip;
	int v = 9;

	KUNIT_ASSERT_EQ(test, scsa_prop_set(&f->parent, DDI_PROP_TYPE_INT,
					    "up", &v, 4), DDI_PROP_SUCCESS);
	KUNIT_EXPECT_EQ(test, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "up", 0),
			9);
	KUNIT_EXPECT_EQ(test, ddi_prop_get_int(DDI_DEV_T_ANY, dip,
					       DDI_PROP_DONTPASS, "up", 0), 0);
	v = 3;
	KUNIT_ASSERT_EQ(test, scsa_prop_set(&dip->props, DDI_PROP_HW_DEF |
					    DDI_PROP_TYPE_INT, "hw", &v, 4),
			DDI_PROP_SUCCESS);
	KUNIT_EXPECT_EQ(test, ddi_prop_update_int(DDI_DEV_T_NONE, dip, "hw", 4),
			DDI_PROP_SUCCESS);
	KUNIT_EXPECT_EQ(test, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "hw", 0),
			4);
	ddi_prop_remove_all(dip);
	KUNIT_EXPECT_EQ(test, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "hw", 0),
			3);
	KUNIT_EXPECT_EQ(test, ddi_prop_undefine(DDI_DEV_T_NONE, dip, 0, "up"),
			DDI_PROP_SUCCESS);
	KUNIT_EXPECT_EQ(test, ddi_prop_get_int(DDI_DEV_T_ANY, dip, 0, "up", -1),
			-1);
	KUNIT_EXPECT_FALSE(test, ddi_prop_exists(DDI_DEV_T_ANY, dip, 0, "up"));
	KUNIT_EXPECT_EQ(test, ddi_prop_remove(DDI_DEV_T_NONE, dip, "up"),
			DDI_PROP_SUCCESS);
	KUNIT_EXPECT_TRUE(test, ddi_prop_exists(DDI_DEV_T_ANY, dip, 0, "up"));
	fake_free(f);
}

static struct kunit_case scsa_props_cases[] = {
	KUNIT_CASE(conf_globals),
	KUNIT_CASE(conf_errors),
	KUNIT_CASE(conf_nodes),
	KUNIT_CASE(props_lists),
	{}
};

static struct kunit_suite scsa_props_suite = {
	.name = "scsa_props",
	.test_cases = scsa_props_cases,
};

kunit_test_suite(scsa_props_suite);
