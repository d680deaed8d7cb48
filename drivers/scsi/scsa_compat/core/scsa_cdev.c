// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_cdev.c - character minor nodes of Solaris-style drivers:
 * ddi_create_minor_node(9F) and ddi_remove_minor_node(9F) as Linux
 * character devices whose file operations call the driver's cb_ops
 * (<sys/conf.h>), with uiomove(9F) and drv_priv(9F).
 *
 * Naming: a node is the Linux device "<driver><instance>:<name>" of class
 * "scsa" (/sys/class/scsa/), a child of the Linux SCSI device the
 * instance is attached to, and devtmpfs makes it
 * /dev/scsa/<driver><instance>:<name>, mode 0600, owner root (Solaris'
 * default minor_perm for a raw SCSI node), e.g. /dev/scsa/scsa_sgen0:direct.
 * Its sysfs attribute node_type is the node_type string it was created
 * with.  dev_t: each driver gets one dynamic character major (named after
 * its ddi_driver_name() in /proc/devices) at its first node, covering all 2^20
 * minors; a node's minor is the minor_num the driver chose.  The driver
 * sees illumos's 64-bit dev_t, makedevice(major, minor_num), so getminor()
 * is what it expects; the Linux device number of the same node is
 * MKDEV(major, minor_num), which is why minor_num must be below 2^20.  The
 * major is released by mod_remove().
 *
 * Lifetime: each node has a kref (the table's and one per open file) and
 * an rw_semaphore "active".  Every call into the driver holds it for
 * reading.  Before devo_detach (and at ddi_remove_minor_node()) the node is
 * marked gone under the write lock, which waits for calls in progress: no
 * entry point runs during or after detach; operations on files still open
 * then fail with ENXIO and their close calls nothing.  Every open file
 * holds a reference to the driver's module, so it cannot be unloaded
 * (rmmod fails with EBUSY) while a node is open; device removal cannot be
 * refused and revokes as above.  Nodes created in devo_attach cannot be
 * opened (ENXIO) until devo_attach has returned DDI_SUCCESS.
 */
#define pr_fmt(fmt) "scsa_compat: " fmt

#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/module.h>
#include <linux/fs.h>
#include <linux/cdev.h>
#include <linux/device.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/xarray.h>
#include <linux/rwsem.h>
#include <linux/kref.h>
#include <linux/uaccess.h>
#include <linux/capability.h>
#include <linux/cred.h>
#include <linux/user_namespace.h>
#include <linux/debugfs.h>
#include <linux/seq_file.h>
#include <linux/kdev_t.h>
#include <scsa/scsa_kcompat.h>
#include <sys/conf.h>

#define SCSA_CDEV_MINORS	(1U << MINORBITS)
#define SCSA_MINOR_NAME_MAX	64

enum scsa_minor_state {
	SCSA_MN_PENDING,		/* created in devo_attach, not yet open */
	SCSA_MN_LIVE,
	SCSA_MN_GONE,			/* revoked: no more calls into the driver */
};

/* One minor node. */
struct scsa_minor {
	struct kref ref;		/* the table's, and one per open file */
	struct list_head dip_node;	/* on dip->minors, scsa_cdev_lock */
	struct cb_ops *cb;
	struct module *owner;		/* the driver's module */
	dev_t dev;			/* Solaris: makedevice(major, minor) */
	u32 ldevt;			/* Linux: MKDEV(major, minor) */
	char *name;			/* the driver's minor name */
	char *node_type;
	char *devname;			/* "<driver><instance>:<name>" */
	struct device *ldev;		/* NULL once removed */
	struct rw_semaphore active;	/* read: a call into the driver */
	int state;			/* enum scsa_minor_state */
	struct rw_semaphore oc_sem;	/* serialises cb_open and cb_close */
	struct xarray opens;		/* minor -> open count (xa values) */
};

/* One open file. */
struct scsa_cdev_file {
	struct scsa_minor *m;		/* holds m->owner, the driver */
	dev_t dev;			/* as cb_open left it */
	int flag;			/* FREAD ... given to cb_open */
};

static DEFINE_MUTEX(scsa_cdev_lock);	/* dip->minors, majors, removal */
static DEFINE_XARRAY(scsa_minors);	/* dev_t -> node, xa_lock for lookup */

static void scsa_minor_release(struct kref *ref)
{
	struct scsa_minor *m = container_of(ref, struct scsa_minor, ref);

	xa_destroy(&m->opens);
	kfree(m->name);
	kfree(m->node_type);
	kfree(m->devname);
	kfree(m);
}

static void scsa_minor_put(struct scsa_minor *m)
{
	kref_put(&m->ref, scsa_minor_release);
}

/*
 * The node of @dev, with a reference to it and to its driver's module.
 * Both are taken under the table's lock: a node still in the table
 * belongs to a module whose exit has not finished removing it, so the
 * module is still there for try_module_get() (which fails once its exit
 * has begun).
 */
static struct scsa_minor *scsa_minor_get(u32 ldevt)
{
	struct scsa_minor *m;

	xa_lock(&scsa_minors);
	m = xa_load(&scsa_minors, ldevt);
	if (m && !try_module_get(m->owner))
		m = NULL;
	if (m)
		kref_get(&m->ref);
	xa_unlock(&scsa_minors);
	return m;
}

/* A driver's (positive, Solaris-style) errno as a Linux return value. */
static int scsa_errno(int err)
{
	if (err > 0 && err < MAX_ERRNO)
		return -err;
	if (err < 0 && err >= -MAX_ERRNO)
		return err;		/* already Linux-style */
	pr_warn_ratelimited("driver entry point returned %d: EIO\n", err);
	return -EIO;
}

/* The Solaris file flags (<sys/file.h>) of an open file. */
static int scsa_file_flags(struct file *file)
{
	int flag = 0;

	if (file->f_mode & FMODE_READ)
		flag |= FREAD;
	if (file->f_mode & FMODE_WRITE)
		flag |= FWRITE;
	if (file->f_flags & O_NONBLOCK)
		flag |= FNONBLOCK | FNDELAY;
	if (file->f_flags & O_APPEND)
		flag |= FAPPEND;
	if ((file->f_flags & O_SYNC) == O_SYNC)
		flag |= FSYNC;
	else if (file->f_flags & O_DSYNC)
		flag |= FDSYNC;
	return flag;
}

/*
 * Count an open (+1) or a close (-1) of @minor on @m (oc_sem held).
 * Return: the new count, or -ENOMEM.
 */
static long scsa_open_count(struct scsa_minor *m, unsigned long minor,
			    int delta)
{
	void *v = xa_load(&m->opens, minor);
	long n = (v ? (long)xa_to_value(v) : 0) + delta;

	if (n <= 0) {
		xa_erase(&m->opens, minor);
		return 0;
	}
	if (xa_err(xa_store(&m->opens, minor, xa_mk_value(n), GFP_KERNEL)))
		return -ENOMEM;
	return n;
}

static int scsa_cdev_open(struct inode *inode, struct file *file)
{
	struct scsa_minor *m = scsa_minor_get(inode->i_rdev);
	struct scsa_cdev_file *f;
	int err = 0, flag;
	dev_t dev;

	if (!m)
		return -ENXIO;	/* no such node, or its driver is going away */
	f = kzalloc(sizeof(*f), GFP_KERNEL);
	if (!f) {
		err = ENOMEM;
		goto out_put;
	}
	flag = scsa_file_flags(file);
	if (file->f_flags & O_EXCL)
		flag |= FEXCL;
	dev = m->dev;
	down_read(&m->active);
	if (READ_ONCE(m->state) != SCSA_MN_LIVE) {
		err = ENXIO;
	} else {
		down_write(&m->oc_sem);
		if (m->cb->cb_open)
			err = m->cb->cb_open(&dev, flag, OTYP_CHR,
					     (cred_t *)current_cred());
		if (!err && scsa_open_count(m, getminor(dev), 1) < 0) {
			/* no memory to count it: undo the open */
			if (!xa_load(&m->opens, getminor(dev)) && m->cb->cb_close)
				m->cb->cb_close(dev, flag, OTYP_CHR,
						(cred_t *)current_cred());
			err = ENOMEM;
		}
		up_write(&m->oc_sem);
	}
	up_read(&m->active);
	if (err)
		goto out_put;
	f->m = m;
	f->dev = dev;
	f->flag = flag;
	file->private_data = f;
	return 0;

out_put:
	kfree(f);
	module_put(m->owner);
	scsa_minor_put(m);
	return scsa_errno(err);
}

static int scsa_cdev_release(struct inode *inode, struct file *file)
{
	struct scsa_cdev_file *f = file->private_data;
	struct scsa_minor *m = f->m;

	down_read(&m->active);
	if (READ_ONCE(m->state) == SCSA_MN_LIVE) {
		down_write(&m->oc_sem);
		/* Solaris calls close(9E) on the last close of a dev_t */
		if (scsa_open_count(m, getminor(f->dev), -1) == 0 &&
		    m->cb->cb_close)
			m->cb->cb_close(f->dev, f->flag & ~FEXCL, OTYP_CHR,
					(cred_t *)file->f_cred);
		up_write(&m->oc_sem);
	}
	up_read(&m->active);
	module_put(m->owner);
	scsa_minor_put(m);
	kfree(f);
	return 0;
}

static ssize_t scsa_cdev_rw(struct file *file, char __user *ubuf,
			    size_t count, loff_t *ppos, bool wr)
{
	struct scsa_cdev_file *f = file->private_data;
	struct scsa_minor *m = f->m;
	struct iovec iov = { .iov_base = ubuf, .iov_len = count };
	struct uio uio = {
		.uio_iov = &iov,
		.uio_iovcnt = 1,
		.uio_loffset = *ppos,
		.uio_segflg = UIO_USERSPACE,
		.uio_fmode = scsa_file_flags(file),
		.uio_resid = count,
	};
	int (*fn)(dev_t, struct uio *, cred_t *);
	ssize_t moved;
	int err;

	down_read(&m->active);
	if (READ_ONCE(m->state) != SCSA_MN_LIVE) {
		err = ENXIO;
	} else {
		fn = wr ? m->cb->cb_write : m->cb->cb_read;
		err = fn ? fn(f->dev, &uio, (cred_t *)current_cred()) :
			   ENXIO;	/* nodev */
	}
	up_read(&m->active);

	if (uio.uio_resid < 0 || uio.uio_resid > count) {
		pr_warn_ratelimited("%s: uio_resid %zd of %zu bytes after %s\n",
				    m->devname, uio.uio_resid, count,
				    wr ? "write" : "read");
		uio.uio_resid = count;
		err = err ?: EIO;
	}
	moved = count - uio.uio_resid;
	/* as Solaris: the file offset is where the driver left uio_loffset */
	if (uio.uio_loffset >= 0)
		*ppos = uio.uio_loffset;
	/* as Solaris read(2): an error wins, except EINTR after some data */
	if (err && !(err == EINTR && moved))
		return scsa_errno(err);
	return moved;
}

static ssize_t scsa_cdev_read(struct file *file, char __user *ubuf,
			      size_t count, loff_t *ppos)
{
	return scsa_cdev_rw(file, ubuf, count, ppos, false);
}

static ssize_t scsa_cdev_write(struct file *file, const char __user *ubuf,
			       size_t count, loff_t *ppos)
{
	return scsa_cdev_rw(file, (char __user *)ubuf, count, ppos, true);
}

static long scsa_cdev_ioctl(struct file *file, unsigned int cmd,
			    unsigned long arg)
{
	struct scsa_cdev_file *f = file->private_data;
	struct scsa_minor *m = f->m;
	int err, rval = 0;

	down_read(&m->active);
	if (READ_ONCE(m->state) != SCSA_MN_LIVE)
		err = ENXIO;
	else if (!m->cb->cb_ioctl)
		err = ENOTTY;
	else
		err = m->cb->cb_ioctl(f->dev, (int)cmd, (intptr_t)arg,
				      scsa_file_flags(file),
				      (cred_t *)current_cred(), &rval);
	up_read(&m->active);
	return err ? scsa_errno(err) : rval;
}

/* chrdev_open() puts these in file->f_op; owner: the shim's module. */
static const struct file_operations scsa_cdev_fops = {
	.owner		= THIS_MODULE,
	.open		= scsa_cdev_open,
	.release	= scsa_cdev_release,
	.read		= scsa_cdev_read,
	.write		= scsa_cdev_write,
	.unlocked_ioctl	= scsa_cdev_ioctl,
	.llseek		= default_llseek,
};

/* ---- the "scsa" class: /dev/scsa/<name>, mode 0600 ---- */

static char *scsa_cdev_devnode(SCSA_DEVNODE_CONST struct device *dev,
			       umode_t *mode)
{
	if (mode)
		*mode = 0600;
	return kasprintf(GFP_KERNEL, "scsa/%s", dev_name(dev));
}

static ssize_t node_type_show(struct device *dev,
			      struct device_attribute *attr, char *buf)
{
	struct scsa_minor *m = dev_get_drvdata(dev);

	return sysfs_emit(buf, "%s\n", m->node_type);
}
static DEVICE_ATTR_RO(node_type);

static struct attribute *scsa_cdev_attrs[] = {
	&dev_attr_node_type.attr,
	NULL,
};
ATTRIBUTE_GROUPS(scsa_cdev);

static struct class scsa_cdev_class = {
	.name		= "scsa",
	.devnode	= scsa_cdev_devnode,
	.dev_groups	= scsa_cdev_groups,
};

/* The driver's character major, allocated at its first node. */
static int scsa_cdev_major(struct scsa_tgt_driver *drv)
{
	const char *name = drv->name;	/* ddi_driver_name(): no spaces */
	struct cdev *c;
	u32 base;			/* a Linux device number */
	int err;

	lockdep_assert_held(&scsa_cdev_lock);
	if (drv->cmajor)
		return 0;
	err = alloc_chrdev_region(&base, 0, SCSA_CDEV_MINORS, name);
	if (err)
		return err;
	c = cdev_alloc();
	if (!c) {
		unregister_chrdev_region(base, SCSA_CDEV_MINORS);
		return -ENOMEM;
	}
	c->ops = &scsa_cdev_fops;
	c->owner = THIS_MODULE;
	err = cdev_add(c, base, SCSA_CDEV_MINORS);
	if (err) {
		kobject_put(&c->kobj);
		unregister_chrdev_region(base, SCSA_CDEV_MINORS);
		return err;
	}
	drv->cmajor = MAJOR(base);
	drv->cdev = c;
	return 0;
}

/**
 * scsa_cdev_driver_fini() - release a driver's character major.
 * @drv: the driver, being unregistered by mod_remove(): every instance is
 *       detached, so it has no minor nodes left.
 *
 * Files still open (only possible for a driver without a module) keep
 * the cdev's memory and only fail with ENXIO.
 *
 * Context: process; may sleep.
 */
void scsa_cdev_driver_fini(struct scsa_tgt_driver *drv)
{
	mutex_lock(&scsa_cdev_lock);
	if (drv->cdev) {
		cdev_del(drv->cdev);
		unregister_chrdev_region(MKDEV(drv->cmajor, 0),
					 SCSA_CDEV_MINORS);
		drv->cdev = NULL;
		drv->cmajor = 0;
	}
	mutex_unlock(&scsa_cdev_lock);
}

/**
 * ddi_create_minor_node() - create a character minor node of @dip.
 * @dip:       the device (usually in devo_attach).
 * @name:      the minor name, e.g. "direct" or "a,raw": 1 to 64
 *             characters, no '/', unique among @dip's nodes.
 * @spec_type: S_IFCHR.  Deviation: S_IFBLK is refused (a driver's block
 *             device is Linux glue, see Documentation/porting-guide.rst).
 * @minor_num: the minor number, 0 to 2^20 - 1, unique within the driver;
 *             the node's dev_t is makedevice(<the driver's major>,
 *             @minor_num) and what its cb_ops entry points receive.
 * @node_type: a DDI_NT_* string (<sys/sunddi.h>), kept as the sysfs
 *             attribute node_type; NULL: DDI_PSEUDO.
 * @flag:      0 or PRIVONLY_DEV (accepted: every node is 0600 root
 *             anyway).  Deviation: CLONE_DEV is not supported.
 *
 * Creates /dev/scsa/<driver><instance>:<name> (devtmpfs), mode 0600,
 * owner root, whose open(2), close(2), read(2), write(2) and ioctl(2) call
 * the driver's devo_cb_ops (see <sys/conf.h>).  A node created during
 * devo_attach can be opened once devo_attach has succeeded.  The shim
 * removes the nodes a driver leaves at detach.
 * Source: ddi_create_minor_node(9F).
 *
 * Context: process; may sleep.  Not from the node's own entry points.
 * Return: DDI_SUCCESS; DDI_FAILURE (with a warning) if @dip or @name is
 * NULL or @name is invalid or in use on @dip, @spec_type is not S_IFCHR,
 * @flag has CLONE_DEV or an unknown bit, @minor_num is out of range or
 * in use, the driver has no devo_cb_ops, called where sleeping is not
 * allowed, or memory, a major number or the Linux device could not be had.
 */
int ddi_create_minor_node(dev_info_t *dip, const char *name, int spec_type,
			  minor_t minor_num, const char *node_type, int flag)
{
	struct scsa_tgt_driver *drv = dip ? dip->drv : NULL;
	struct cb_ops *cb = drv ? drv->md->drv_dev_ops->devo_cb_ops : NULL;
	struct scsa_minor *m, *o;
	struct device *ldev;
	const char *why;
	int err;

	if (!dip || !name) {
		why = "no dip or name";
		goto bad;
	}
	if (!*name || strlen(name) > SCSA_MINOR_NAME_MAX || strchr(name, '/')) {
		why = "invalid minor name";
		goto bad;
	}
	if (spec_type != S_IFCHR) {
		why = "spec_type is not S_IFCHR";
		goto bad;
	}
	if (flag & ~PRIVONLY_DEV) {
		why = "unsupported flag (CLONE_DEV?)";
		goto bad;
	}
	if (minor_num >= SCSA_CDEV_MINORS) {
		why = "minor number beyond 2^20 - 1";
		goto bad;
	}
	if (!cb) {
		why = "the driver's dev_ops have no devo_cb_ops";
		goto bad;
	}
	if (!scsa_may_sleep()) {
		why = "called where sleeping is not allowed";
		goto bad;
	}

	m = kzalloc(sizeof(*m), GFP_KERNEL);
	if (!m)
		return DDI_FAILURE;
	kref_init(&m->ref);
	INIT_LIST_HEAD(&m->dip_node);
	init_rwsem(&m->active);
	init_rwsem(&m->oc_sem);
	xa_init(&m->opens);
	m->cb = cb;
	m->owner = drv->owner;
	m->name = kstrdup(name, GFP_KERNEL);
	m->node_type = kstrdup(node_type ?: DDI_PSEUDO, GFP_KERNEL);
	m->devname = kasprintf(GFP_KERNEL, "%s%d:%s", ddi_driver_name(dip),
			       dip->instance, name);
	if (!m->name || !m->node_type || !m->devname) {
		scsa_minor_put(m);
		return DDI_FAILURE;
	}

	mutex_lock(&scsa_cdev_lock);
	list_for_each_entry(o, &dip->minors, dip_node) {
		if (!strcmp(o->name, name)) {
			mutex_unlock(&scsa_cdev_lock);
			scsa_minor_put(m);
			why = "minor name already in use";
			goto bad;
		}
	}
	err = scsa_cdev_major(drv);
	if (err) {
		mutex_unlock(&scsa_cdev_lock);
		scsa_minor_put(m);
		why = "no character major number";
		goto bad;
	}
	m->dev = makedevice(drv->cmajor, minor_num);
	m->ldevt = MKDEV(drv->cmajor, minor_num);
	m->state = dip->attaching ? SCSA_MN_PENDING : SCSA_MN_LIVE;
	if (xa_insert(&scsa_minors, m->ldevt, m, GFP_KERNEL)) {
		mutex_unlock(&scsa_cdev_lock);
		scsa_minor_put(m);
		why = "minor number already in use";
		goto bad;
	}
	list_add_tail(&m->dip_node, &dip->minors);
	mutex_unlock(&scsa_cdev_lock);

	ldev = device_create(&scsa_cdev_class, ddi_get_linux_device(dip),
			     m->ldevt, m, "%s", m->devname);
	if (IS_ERR(ldev)) {
		pr_warn("ddi_create_minor_node: %s: device_create: %ld\n",
			m->devname, PTR_ERR(ldev));
		mutex_lock(&scsa_cdev_lock);
		list_del_init(&m->dip_node);
		xa_erase(&scsa_minors, m->ldevt);
		mutex_unlock(&scsa_cdev_lock);
		scsa_minor_put(m);
		return DDI_FAILURE;
	}
	mutex_lock(&scsa_cdev_lock);
	m->ldev = ldev;
	mutex_unlock(&scsa_cdev_lock);
	return DDI_SUCCESS;

bad:
	pr_warn("ddi_create_minor_node(%s%d, \"%s\"): %s\n",
		dip ? ddi_driver_name(dip) : "?", dip ? dip->instance : -1,
		name ?: "(null)", why);
	return DDI_FAILURE;
}
EXPORT_SYMBOL_GPL(scsa_ddi_create_minor_node);

/* Stop every call into the driver through @m; waits for those running. */
static void scsa_minor_revoke(struct scsa_minor *m)
{
	down_write(&m->active);
	WRITE_ONCE(m->state, SCSA_MN_GONE);
	up_write(&m->active);
}

/**
 * ddi_remove_minor_node() - remove minor nodes of @dip.
 * @dip:  the device; NULL is ignored.
 * @name: the minor name given to ddi_create_minor_node(), or NULL for
 *        every node of @dip.  A name @dip has no node of is ignored.
 *
 * Waits for calls into the driver through the node(s) to return; files
 * still open then fail with ENXIO (and their close calls nothing), and
 * the /dev and sysfs entries go away.  Source: ddi_remove_minor_node(9F).
 *
 * Context: process; may sleep.  Not from the entry points of a node being
 * removed (it would wait for itself).
 */
void ddi_remove_minor_node(dev_info_t *dip, const char *name)
{
	struct scsa_minor *m, *o;
	struct device *ldev;

	if (!dip)
		return;
	for (;;) {
		m = NULL;
		mutex_lock(&scsa_cdev_lock);
		list_for_each_entry(o, &dip->minors, dip_node) {
			if (!name || !strcmp(o->name, name)) {
				m = o;
				break;
			}
		}
		if (m) {
			list_del_init(&m->dip_node);
			xa_erase(&scsa_minors, m->ldevt);
			ldev = m->ldev;
			m->ldev = NULL;
		}
		mutex_unlock(&scsa_cdev_lock);
		if (!m)
			break;
		scsa_minor_revoke(m);
		if (ldev)
			device_unregister(ldev);
		scsa_minor_put(m);	/* the table's reference */
		if (name)
			break;
	}
}
EXPORT_SYMBOL_GPL(scsa_ddi_remove_minor_node);

/**
 * scsa_cdev_attached() - @dip's devo_attach succeeded: its nodes open.
 * @dip: the device.
 *
 * Context: process (the binding path).
 */
void scsa_cdev_attached(struct dev_info *dip)
{
	struct scsa_minor *m;

	mutex_lock(&scsa_cdev_lock);
	list_for_each_entry(m, &dip->minors, dip_node)
		if (READ_ONCE(m->state) == SCSA_MN_PENDING)
			WRITE_ONCE(m->state, SCSA_MN_LIVE);
	mutex_unlock(&scsa_cdev_lock);
}

/**
 * scsa_cdev_revoke() - before devo_detach: no more calls into @dip's
 * cb_ops; waits for those in progress.
 * @dip: the device.
 *
 * The nodes stay until the driver or scsa_cdev_remove_all() removes them;
 * opening them fails (ENXIO) meanwhile.
 *
 * Context: process; sleeps while an entry point of @dip runs.
 */
void scsa_cdev_revoke(struct dev_info *dip)
{
	struct scsa_minor *m, *o;

	for (;;) {
		m = NULL;
		mutex_lock(&scsa_cdev_lock);
		list_for_each_entry(o, &dip->minors, dip_node) {
			if (READ_ONCE(o->state) != SCSA_MN_GONE) {
				m = o;
				kref_get(&m->ref);
				break;
			}
		}
		mutex_unlock(&scsa_cdev_lock);
		if (!m)
			break;
		scsa_minor_revoke(m);
		scsa_minor_put(m);
	}
}

/**
 * scsa_cdev_remove_all() - remove the minor nodes @dip still has.
 * @dip: the device, detached (or its attach failed).
 *
 * Context: process; may sleep.
 */
void scsa_cdev_remove_all(struct dev_info *dip)
{
	ddi_remove_minor_node(dip, NULL);
}

/* ---- uiomove(9F), drv_priv(9F) ---- */

/**
 * uiomove() - copy between a kernel buffer and the memory a uio describes.
 * @address: the kernel buffer, @nbytes bytes.
 * @nbytes:  bytes to copy at most; fewer if the uio has less room
 *           (uio_resid).
 * @rwflag:  UIO_READ: from @address to the uio (a read(9E) returning
 *           data); UIO_WRITE: from the uio to @address.
 * @uio_p:   the transfer; uio_iov, uio_iovcnt, uio_loffset and uio_resid
 *           are advanced by the bytes copied.
 *
 * UIO_USERSPACE and UIO_USERISPACE iovecs hold user addresses of the
 * calling process, UIO_SYSSPACE ones kernel addresses.
 * Source: uiomove(9F).
 *
 * Context: user addresses: process context of the process they belong to
 * (may fault and sleep); UIO_SYSSPACE: any.
 * Return: 0; EFAULT if a user address cannot be read or written (the
 * bytes before it were copied and counted), if called for user memory
 * where that is not possible, or if @address or @uio_p is NULL; EINVAL
 * for an unknown @rwflag or uio_segflg.
 */
int uiomove(caddr_t address, size_t nbytes, enum uio_rw rwflag, uio_t *uio_p)
{
	bool user;

	if (!uio_p || (!address && nbytes))
		return EFAULT;
	if (rwflag != UIO_READ && rwflag != UIO_WRITE)
		return EINVAL;
	if (scsa_uio_is_user(uio_p) < 0)
		return EINVAL;
	user = scsa_uio_is_user(uio_p);
	if (user && (!scsa_may_sleep() || !current->mm)) {
		pr_warn_ratelimited("uiomove: user copy where it is not possible\n");
		return EFAULT;
	}
	while (nbytes && uio_p->uio_resid > 0 && uio_p->uio_iovcnt > 0) {
		iovec_t *iov = uio_p->uio_iov;
		size_t cnt = min_t(size_t, iov->iov_len, nbytes);
		size_t left = 0;

		cnt = min_t(size_t, cnt, uio_p->uio_resid);
		if (!cnt) {
			uio_p->uio_iov++;
			uio_p->uio_iovcnt--;
			continue;
		}
		if (user && rwflag == UIO_READ)
			left = copy_to_user(iov->iov_base, address, cnt);
		else if (user)
			left = copy_from_user(address, iov->iov_base, cnt);
		else if (rwflag == UIO_READ)
			memcpy((void __force *)iov->iov_base, address, cnt);
		else
			memcpy(address, (void __force *)iov->iov_base, cnt);
		cnt -= left;
		iov->iov_base += cnt;
		iov->iov_len -= cnt;
		uio_p->uio_resid -= cnt;
		uio_p->uio_loffset += cnt;
		address += cnt;
		nbytes -= cnt;
		if (left)
			return EFAULT;
	}
	return 0;
}
EXPORT_SYMBOL_GPL(scsa_uiomove);

/**
 * drv_priv() - are these credentials privileged?
 * @cr: credentials, as an entry point received them.
 *
 * "Privileged" is Linux's CAP_SYS_RAWIO (the capability raw SCSI access
 * needs on Linux, the nearest to Solaris' PRIV_SYS_DEVICES): for the
 * caller's own credentials through capable() (so LSMs have their say),
 * for others (close(9E) gets the opener's) from their effective set in
 * the initial user namespace.  Source: drv_priv(9F).
 *
 * Context: process; does not sleep.
 * Return: 0 if privileged; EPERM if not, or if @cr is NULL.
 */
int drv_priv(cred_t *cr)
{
	if (!cr)
		return EPERM;
	if (cr == current_cred())
		return capable(CAP_SYS_RAWIO) ? 0 : EPERM;
	return cr->user_ns == &init_user_ns &&
	       cap_raised(cr->cap_effective, CAP_SYS_RAWIO) ? 0 : EPERM;
}
EXPORT_SYMBOL_GPL(scsa_drv_priv);

/* ---- debugfs: minors ---- */

static const char * const scsa_mn_state_name[] = {
	[SCSA_MN_PENDING] = "pending",
	[SCSA_MN_LIVE] = "live",
	[SCSA_MN_GONE] = "gone",
};

/* "<name> <major>:<minor> <node_type> <state>" per node */
static int scsa_minors_show(struct seq_file *sf, void *v)
{
	struct scsa_minor *m;
	unsigned long idx;

	mutex_lock(&scsa_cdev_lock);
	xa_for_each(&scsa_minors, idx, m)
		seq_printf(sf, "%s %u:%u %s %s\n", m->devname, getmajor(m->dev),
			   getminor(m->dev), m->node_type,
			   scsa_mn_state_name[READ_ONCE(m->state)]);
	mutex_unlock(&scsa_cdev_lock);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(scsa_minors);

int scsa_cdev_init(void)
{
	int err = class_register(&scsa_cdev_class);

	if (err)
		return err;
	debugfs_create_file("minors", 0444, scsa_debugfs_dir, NULL,
			    &scsa_minors_fops);
	return 0;
}

void scsa_cdev_exit(void)
{
	WARN_ON(!xa_empty(&scsa_minors));
	class_unregister(&scsa_cdev_class);
}
