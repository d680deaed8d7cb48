// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_conf.c - driver.conf(5) files: /etc/scsa/<driver>.conf, read when
 * the driver calls mod_install().
 *
 * Syntax (driver.conf(5)): entries end with ';' and may span lines; '#'
 * starts a comment to the end of the line.  An entry is a list of
 * properties separated by white space: "name=value[,value...]" where the
 * values are all integers (decimal, 0x hex or 0 octal, optionally
 * negative, 32-bit: an int property, or an int array for a list) or all
 * double-quoted strings (\", \\, \n and \t are escapes; a string
 * property, or a string array for a list); a bare "name" is a boolean
 * (zero-length) property.  An entry with a "name", "class" or "parent"
 * property is a node entry, e.g.
 *
 *	name="sgen" class="scsi" target=0 lun=0;
 *
 * offering the driver the SCSI device at target 0, LUN 0 of every host
 * (without target=/lun=: every device); its other properties become
 * system properties of the node.  Every other entry holds global
 * properties, seen by ddi_prop_* on every instance of the driver; when
 * a name is defined twice the later definition wins.
 *
 * Errors: a bad entry is reported once as "<file>:<line>: <what>" and
 * ignored; the rest of the file is used.  A missing file is not an error.
 */
#define pr_fmt(fmt) "scsa_compat: " fmt

#include "scsa_sol.h"
#include <linux/fs.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/ctype.h>
#include <linux/kref.h>

#define SCSA_CONF_DIR		"/etc/scsa"
#define SCSA_CONF_MAX		(1024 * 1024)	/* bytes */
#define SCSA_CONF_NAME_MAX	128

#define SCSA_CONF_ERRS_MAX	20	/* reported per file */

struct scsa_cur {
	const char *file;
	const char *s, *end;
	int line;
	bool bad;		/* this entry already reported */
	int errors;
};

static __printf(2, 3) void scsa_conf_err(struct scsa_cur *c,
					 const char *fmt, ...)
{
	struct va_format vaf;
	va_list ap;

	if (c->bad)
		return;
	c->bad = true;
	if (++c->errors > SCSA_CONF_ERRS_MAX) {
		if (c->errors == SCSA_CONF_ERRS_MAX + 1)
			pr_warn("%s:%d: more bad entries, not reported\n",
				c->file, c->line);
		return;
	}
	va_start(ap, fmt);
	vaf.fmt = fmt;
	vaf.va = &ap;
	pr_warn("%s:%d: %pV; entry ignored\n", c->file, c->line, &vaf);
	va_end(ap);
}

/* Skip white space and comments; return the next character or -1. */
static int scsa_skip(struct scsa_cur *c)
{
	while (c->s < c->end) {
		char ch = *c->s;

		if (ch == '\n') {
			c->line++;
			c->s++;
		} else if (isspace((unsigned char)ch)) {
			c->s++;
		} else if (ch == '#') {
			while (c->s < c->end && *c->s != '\n')
				c->s++;
		} else {
			return (unsigned char)ch;
		}
	}
	return -1;
}

/* after an error: past the next ';' (or to the end) */
static void scsa_skip_entry(struct scsa_cur *c)
{
	int ch;

	while ((ch = scsa_skip(c)) >= 0) {
		c->s++;
		if (ch == ';')
			return;
		if (ch == '"') {
			while (c->s < c->end && *c->s != '"' && *c->s != '\n')
				c->s++;
			if (c->s < c->end && *c->s == '"')
				c->s++;
		}
	}
}

static bool scsa_name_char(int ch)
{
	return ch > 0 && (isalnum(ch) || strchr("_-.+@$:/", ch));
}

struct scsa_vbuf {
	u8 *b;
	size_t len, cap;
};

static bool scsa_vbuf_add(struct scsa_vbuf *v, const void *p, size_t n)
{
	if (v->len + n > v->cap) {
		size_t cap = max(v->cap * 2, v->len + n + 32);
		u8 *nb = krealloc(v->b, cap, GFP_KERNEL);

		if (!nb)
			return false;
		v->b = nb;
		v->cap = cap;
	}
	memcpy(v->b + v->len, p, n);
	v->len += n;
	return true;
}

static int scsa_conf_string(struct scsa_cur *c, struct scsa_vbuf *v)
{
	c->s++;			/* the opening quote */
	while (c->s < c->end && *c->s != '"') {
		char ch;

		if (*c->s == '\n') {
			scsa_conf_err(c, "unterminated string");
			return -EINVAL;
		}
		ch = *c->s++;
		if (ch == '\\' && c->s < c->end) {
			ch = *c->s++;
			ch = ch == 'n' ? '\n' : ch == 't' ? '\t' : ch;
		}
		if (!scsa_vbuf_add(v, &ch, 1))
			return -ENOMEM;
	}
	if (c->s >= c->end) {
		scsa_conf_err(c, "unterminated string");
		return -EINVAL;
	}
	c->s++;
	return scsa_vbuf_add(v, "", 1) ? 0 : -ENOMEM;
}

static int scsa_conf_int(struct scsa_cur *c, struct scsa_vbuf *v)
{
	char tok[24];
	size_t n = 0;
	long long x;
	int i;

	if (*c->s == '-')
		tok[n++] = *c->s++;
	while (c->s < c->end && isalnum((unsigned char)*c->s) &&
	       n < sizeof(tok) - 1)
		tok[n++] = *c->s++;
	tok[n] = 0;
	if (kstrtoll(tok, 0, &x)) {
		scsa_conf_err(c, "bad integer '%s'", tok);
		return -EINVAL;
	}
	if (x < INT_MIN || x > UINT_MAX) {
		scsa_conf_err(c, "integer %s out of range (32 bits)", tok);
		return -EINVAL;
	}
	i = (int)(u32)x;
	return scsa_vbuf_add(v, &i, sizeof(i)) ? 0 : -ENOMEM;
}

/* "name" or "name=value[,value...]": one property pushed on *@list */
static int scsa_conf_pair(struct scsa_cur *c, ddi_prop_t ***tail)
{
	char name[SCSA_CONF_NAME_MAX];
	struct scsa_vbuf v = {};
	int type = 0, n = 0, ch, err = 0;
	ddi_prop_t *p;

	while (c->s < c->end && scsa_name_char((unsigned char)*c->s)) {
		if (n == sizeof(name) - 1) {
			scsa_conf_err(c, "property name too long");
			return -EINVAL;
		}
		name[n++] = *c->s++;
	}
	name[n] = 0;
	ch = scsa_skip(c);
	if (ch != '=') {
		type = DDI_PROP_TYPE_ANY;	/* a boolean property */
		goto add;
	}
	c->s++;
	for (;;) {
		int t;

		ch = scsa_skip(c);
		if (ch == '"') {
			t = DDI_PROP_TYPE_STRING;
			err = scsa_conf_string(c, &v);
		} else if (ch == '-' || (ch >= '0' && ch <= '9')) {
			t = DDI_PROP_TYPE_INT;
			err = scsa_conf_int(c, &v);
		} else {
			scsa_conf_err(c, "property '%s': expected an integer or a double-quoted string",
				      name);
			err = -EINVAL;
		}
		if (err)
			goto out;
		if (type && type != t) {
			scsa_conf_err(c, "property '%s' mixes integers and strings",
				      name);
			err = -EINVAL;
			goto out;
		}
		type = t;
		if (scsa_skip(c) != ',')
			break;
		c->s++;
	}
add:
	p = scsa_prop_new_conf(name, type, v.b, v.len);
	if (!p) {
		err = -ENOMEM;
		goto out;
	}
	**tail = p;
	*tail = &p->prop_next;
out:
	kfree(v.b);
	return err;
}

static ddi_prop_t *scsa_conf_take(ddi_prop_t **list, const char *name)
{
	ddi_prop_t **pp, *p;

	for (pp = list; *pp; pp = &(*pp)->prop_next) {
		if (!strcmp((*pp)->prop_name, name)) {
			p = *pp;
			*pp = p->prop_next;
			p->prop_next = NULL;
			return p;
		}
	}
	return NULL;
}

static bool scsa_conf_is_string(const ddi_prop_t *p)
{
	return p && p->prop_flags == DDI_PROP_TYPE_STRING && p->prop_len;
}

static bool scsa_conf_one_int(const ddi_prop_t *p, int *v)
{
	if (!p || p->prop_flags != DDI_PROP_TYPE_INT || p->prop_len != 4)
		return false;
	memcpy(v, p->prop_val, 4);
	return true;
}

/* A node entry: keep it if it is for @drvname and a SCSI host. */
static void scsa_conf_node(struct scsa_cur *c, struct scsa_conf *conf,
			   const char *drvname, ddi_prop_t *props, int line)
{
	ddi_prop_t *pname, *pclass, *pparent, *p;
	struct scsa_conf_entry *e = NULL;
	int t, cur = c->line;

	c->line = line;		/* report the entry's first line */
	pname = scsa_conf_take(&props, "name");
	pclass = scsa_conf_take(&props, "class");
	pparent = scsa_conf_take(&props, "parent");
	if (!scsa_conf_is_string(pname)) {
		scsa_conf_err(c, "node entry without a name=\"<driver>\" string");
		goto out;
	}
	if (strcmp(pname->prop_val, drvname)) {
		scsa_conf_err(c, "node entry for \"%*pE\", not \"%s\"",
			      (int)strlen(pname->prop_val), pname->prop_val,
			      drvname);
		goto out;
	}
	if (!pclass && !pparent) {
		scsa_conf_err(c, "node entry without class= or parent=");
		goto out;
	}
	if (pclass && (!scsa_conf_is_string(pclass) ||
		       strcmp(pclass->prop_val, "scsi"))) {
		scsa_conf_err(c, "class must be \"scsi\" (the only nexus class here)");
		goto out;
	}
	if (pparent && !scsa_conf_is_string(pparent)) {
		scsa_conf_err(c, "parent must be a string");
		goto out;
	}
	e = kzalloc(sizeof(*e), GFP_KERNEL);
	if (!e)
		goto out;
	e->line = line;
	e->any_target = e->any_lun = true;
	for (p = props; p; p = p->prop_next) {
		if (!strcmp(p->prop_name, SCSI_ADDR_PROP_TARGET)) {
			if (!scsa_conf_one_int(p, &t) || t < 0) {
				scsa_conf_err(c, "target must be one integer >= 0");
				goto out;
			}
			e->any_target = false;
			e->target = t;
		} else if (!strcmp(p->prop_name, SCSI_ADDR_PROP_LUN)) {
			if (!scsa_conf_one_int(p, &t) || t < 0) {
				scsa_conf_err(c, "lun must be one integer >= 0");
				goto out;
			}
			e->any_lun = false;
			e->lun = t;
		}
	}
	if (pparent)
		pr_info("%s:%d: parent=\"%*pE\" is not matched: every SCSI host is offered\n",
			c->file, line, (int)strlen(pparent->prop_val),
			(char *)pparent->prop_val);
	e->props = props;
	props = NULL;
	list_add_tail(&e->node, &conf->entries);
	e = NULL;
out:
	c->line = cur;
	kfree(e);
	scsa_prop_list_free(pname);
	scsa_prop_list_free(pclass);
	scsa_prop_list_free(pparent);
	scsa_prop_list_free(props);
}

static void scsa_conf_release(struct kref *ref)
{
	struct scsa_conf *conf = container_of(ref, struct scsa_conf, ref);
	struct scsa_conf_entry *e, *tmp;

	list_for_each_entry_safe(e, tmp, &conf->entries, node) {
		scsa_prop_list_free(e->props);
		kfree(e);
	}
	scsa_prop_list_free(conf->global);
	kfree(conf);
}

void scsa_conf_put(struct scsa_conf *conf)
{
	if (conf)
		kref_put(&conf->ref, scsa_conf_release);
}

struct scsa_conf *scsa_conf_get(struct scsa_conf *conf)
{
	if (conf)
		kref_get(&conf->ref);
	return conf;
}

/* an entry ended with ';' */
static void scsa_conf_entry(struct scsa_cur *c, struct scsa_conf *conf,
			    const char *drvname, ddi_prop_t *entry, int line)
{
	ddi_prop_t *p, *next;

	for (p = entry; p; p = p->prop_next)
		if (!strcmp(p->prop_name, "name") ||
		    !strcmp(p->prop_name, "class") ||
		    !strcmp(p->prop_name, "parent"))
			break;
	if (p) {
		scsa_conf_node(c, conf, drvname, entry, line);
		return;
	}
	/* global properties: pushed, so that a later definition wins */
	for (p = entry; p; p = next) {
		next = p->prop_next;
		p->prop_next = conf->global;
		conf->global = p;
	}
}

/**
 * scsa_conf_parse() - parse the text of a driver.conf(5) file.
 * @file:    its name, for messages.
 * @drvname: the driver it is for (node entries must name it).
 * @text:    the text, @len bytes (need not be NUL-terminated).
 * @len:     bytes.
 *
 * Context: process; may sleep.
 * Return: the parsed file (scsa_conf_put() it); NULL if memory is short.
 * Bad entries are reported ("<file>:<line>: ...") and left out.
 */
struct scsa_conf *scsa_conf_parse(const char *file, const char *drvname,
				  const char *text, size_t len)
{
	struct scsa_cur c = { .file = file, .s = text, .end = text + len,
			      .line = 1 };
	ddi_prop_t *entry = NULL, **tail = &entry;
	struct scsa_conf *conf;
	int ch, line = 1, err;

	conf = kzalloc(sizeof(*conf), GFP_KERNEL);
	if (!conf)
		return NULL;
	kref_init(&conf->ref);
	INIT_LIST_HEAD(&conf->entries);
	for (;;) {
		ch = scsa_skip(&c);
		if (ch < 0) {
			if (entry) {
				c.line = line;
				scsa_conf_err(&c, "missing ';' at the end of the file");
				scsa_prop_list_free(entry);
			}
			break;
		}
		if (!entry)
			line = c.line;
		if (ch == ';') {
			c.s++;
			if (entry)
				scsa_conf_entry(&c, conf, drvname, entry, line);
			entry = NULL;
			tail = &entry;
			c.bad = false;
			continue;
		}
		if (!scsa_name_char(ch)) {
			if (ch < 0x7f && isprint(ch))
				scsa_conf_err(&c, "unexpected character '%c'", ch);
			else
				scsa_conf_err(&c, "unexpected byte 0x%02x", ch);
			err = -EINVAL;
		} else {
			err = scsa_conf_pair(&c, &tail);
		}
		if (err) {
			scsa_prop_list_free(entry);
			entry = NULL;
			tail = &entry;
			if (err == -ENOMEM) {
				pr_warn("%s: out of memory; the rest is ignored\n",
					file);
				break;
			}
			scsa_skip_entry(&c);
			c.bad = false;
		}
	}
	return conf;
}

/**
 * scsa_conf_load() - read /etc/scsa/<drvname>.conf.
 * @drvname: the driver's name (ddi_driver_name()).
 *
 * Context: process; may sleep (file I/O).
 * Return: the parsed file (scsa_conf_put() it); NULL when there is no
 * such file, it cannot be read (logged), it is larger than 1 MiB
 * (logged) or memory is short.
 */
struct scsa_conf *scsa_conf_load(const char *drvname)
{
	struct scsa_conf *conf = NULL;
	struct scsa_conf_entry *e;
	const ddi_prop_t *p;
	struct file *f;
	char *path, *buf = NULL;
	loff_t pos = 0, size;
	ssize_t n;
	int ng = 0, ne = 0;

	if (!drvname[0] || strchr(drvname, '/'))
		return NULL;
	path = kasprintf(GFP_KERNEL, SCSA_CONF_DIR "/%s.conf", drvname);
	if (!path)
		return NULL;
	f = filp_open(path, O_RDONLY, 0);
	if (IS_ERR(f)) {
		if (PTR_ERR(f) != -ENOENT && PTR_ERR(f) != -ENOTDIR)
			pr_warn("%s: cannot open (%ld); ignored\n", path,
				PTR_ERR(f));
		goto out;
	}
	size = i_size_read(file_inode(f));
	if (size > SCSA_CONF_MAX) {
		pr_warn("%s: larger than %d bytes; ignored\n", path,
			SCSA_CONF_MAX);
		goto out_close;
	}
	buf = kvmalloc(size + 1, GFP_KERNEL);
	if (!buf)
		goto out_close;
	while (pos < size) {
		n = kernel_read(f, buf + pos, size - pos, &pos);
		if (n < 0) {
			pr_warn("%s: read error %zd; ignored\n", path, n);
			goto out_close;
		}
		if (n == 0)
			break;
	}
	conf = scsa_conf_parse(path, drvname, buf, pos);
	if (conf) {
		for (p = conf->global; p; p = p->prop_next)
			ng++;
		list_for_each_entry(e, &conf->entries, node)
			ne++;
		pr_info("%s: %d global properties, %d node entries\n", path,
			ng, ne);
	}
out_close:
	filp_close(f, NULL);
out:
	kvfree(buf);
	kfree(path);
	return conf;
}
