// SPDX-License-Identifier: GPL-2.0
/*
 * ktest_sol.c - the Solaris types, names and small DDI services of issue
 * 10, as a Solaris driver sees them (this file gets the Solaris min, max,
 * current-free namespace and kmem_cache_*, not Linux's):
 *   sol_devinfo   ddi_get_name, ddi_node_name, ddi_get_parent (the host
 *                 adapter's node: name, instance = host number, no
 *                 grandparent, the same node every call), ddi_dev_is_sid,
 *                 ddi_dev_is_needed, ddi_get_cred, nochpoll,
 *                 ddi_quiesce_not_supported, mod_modname
 *   sol_kmem_cache kmem_cache_create(9F) with a constructor/destructor
 *                 and private argument, alignment, a failing constructor
 *                 (NULL for KM_NOSLEEP), bad arguments, destroy(NULL)
 *   sol_misc      bcopy (overlapping), bzero, min/max/umin/umax, printf,
 *                 sense_keys[], scsi_pkt_size(), dev_t arithmetic
 *                 (64-bit, minors above 2^20, cmpdev), VERIFY of a true
 *                 expression, ASSERT compiled out without DEBUG
 *   sol_inquiry   struct scsi_inquiry's bit fields against raw bytes, and
 *                 the INQUIRY data of this LUN (byte 0 whole: qualifier
 *                 000b, the device type)
 */
#define KTEST_SOLARIS_NAMES
#include "ktest_int.h"
#include <sys/param.h>
#include <sys/poll.h>

static int kso_ctor_calls, kso_dtor_calls, kso_ctor_fail;
static void *kso_priv_seen;

static int kso_ctor(void *buf, void *priv, int kmflag)
{
	kso_ctor_calls++;
	kso_priv_seen = priv;
	if (kso_ctor_fail)
		return -1;
	*(uint32_t *)buf = 0x5ca5ca;
	return 0;
}

static void kso_dtor(void *buf, void *priv)
{
	if (*(uint32_t *)buf == 0x5ca5ca)
		kso_dtor_calls++;
}

static int t_sol_devinfo(struct ktest_ctx *c, int argc, char **argv)
{
	dev_info_t *dip = c->un->dip, *p, *p2;
	unsigned int host;
	short rev = 1;

	KCHECK(c, !strcmp(ddi_get_name(dip), ddi_driver_name(dip)) &&
	       !strcmp(ddi_node_name(dip), ddi_driver_name(dip)),
	       "ddi_get_name/ddi_node_name = the driver's name (%s)",
	       ddi_get_name(dip));
	p = ddi_get_parent(dip);
	p2 = ddi_get_parent(dip);
	KCHECK(c, p && p == p2, "ddi_get_parent: one parent node, every call");
	if (p) {
		KCHECK(c, !strcmp(ddi_get_name(p), "scsa_vhba") &&
		       !strcmp(ddi_driver_name(p), "scsa_vhba"),
		       "the parent is named after the host adapter (%s)",
		       ddi_get_name(p));
		KCHECK(c, sscanf(c->un->name, "%u:", &host) == 1 &&
		       ddi_get_instance(p) == host,
		       "the parent's instance is the host number (%d)",
		       ddi_get_instance(p));
		KCHECK(c, !ddi_get_parent(p), "the parent has no parent");
		KCHECK(c, ddi_dev_is_sid(p) == DDI_FAILURE,
		       "ddi_dev_is_sid of the parent: DDI_FAILURE");
	}
	KCHECK(c, !ddi_get_parent(NULL), "ddi_get_parent(NULL): NULL");
	KCHECK(c, ddi_dev_is_sid(dip) == DDI_SUCCESS,
	       "ddi_dev_is_sid: a device the host found is self-identifying");
	KCHECK(c, ddi_dev_is_sid(NULL) == DDI_FAILURE, "ddi_dev_is_sid(NULL)");
	KCHECK(c, ddi_dev_is_needed(dip, 0, 1) == DDI_SUCCESS &&
	       ddi_dev_is_needed(NULL, 0, 1) == DDI_FAILURE &&
	       ddi_dev_is_needed(dip, -1, 1) == DDI_FAILURE,
	       "ddi_dev_is_needed: DDI_SUCCESS; DDI_FAILURE for bad input");
	KCHECK(c, (const void *)ddi_get_cred() ==
	       (const void *)rcu_access_pointer(get_current()->cred),
	       "ddi_get_cred: the calling thread's credentials");
	KCHECK(c, nochpoll(makedevice(1, 2), 1, 0, &rev, NULL) == ENXIO &&
	       rev == 1, "nochpoll: ENXIO, nothing written");
	KCHECK(c, ddi_quiesce_not_supported(dip) == DDI_FAILURE &&
	       ddi_quiesce_not_needed(dip) == DDI_SUCCESS,
	       "ddi_quiesce_not_supported: DDI_FAILURE (not_needed: SUCCESS)");
	KCHECK(c, !strcmp(mod_modname(NULL), "scsa_ktest"),
	       "mod_modname: the module's name (%s)", mod_modname(NULL));
	return 0;
}

static int t_sol_kmem_cache(struct ktest_ctx *c, int argc, char **argv)
{
	kmem_cache_t *cp;
	struct kmem_cache *same;	/* illumos's spelling of the type */
	void *a, *b;
	int priv;

	kso_ctor_calls = kso_dtor_calls = kso_ctor_fail = 0;
	cp = kmem_cache_create("ktest_sol", 100, 64, kso_ctor, kso_dtor,
			       NULL, &priv, NULL, 0);
	same = cp;
	KCHECK(c, cp && same == cp, "kmem_cache_create: a cache");
	if (!cp)
		return 0;
	a = kmem_cache_alloc(cp, KM_SLEEP);
	b = kmem_cache_alloc(cp, KM_NOSLEEP);
	KCHECK(c, a && b && a != b && kso_ctor_calls == 2 &&
	       kso_priv_seen == &priv && *(uint32_t *)a == 0x5ca5ca,
	       "alloc: constructed objects, the constructor got priv (%d calls)",
	       kso_ctor_calls);
	KCHECK(c, a && b && !((uintptr_t)a & 63) && !((uintptr_t)b & 63),
	       "alloc: 64-byte aligned as asked");
	kmem_cache_free(cp, a);
	kmem_cache_free(cp, b);
	kmem_cache_free(cp, NULL);
	KCHECK(c, kso_dtor_calls == 2, "free: the destructor ran on each (%d)",
	       kso_dtor_calls);
	kso_ctor_fail = 1;
	a = kmem_cache_alloc(cp, KM_NOSLEEP);
	KCHECK(c, !a, "a failing constructor: KM_NOSLEEP alloc is NULL");
	kso_ctor_fail = 0;
	kmem_cache_destroy(cp);
	kmem_cache_destroy(NULL);
	KCHECK(c, !kmem_cache_create(NULL, 8, 0, NULL, NULL, NULL, NULL, NULL, 0) &&
	       !kmem_cache_create("ktest_sol0", 0, 0, NULL, NULL, NULL, NULL,
				  NULL, 0) &&
	       !kmem_cache_create("ktest_sol3", 8, 3, NULL, NULL, NULL, NULL,
				  NULL, 0) &&
	       !kmem_cache_create("ktest_solv", 8, 0, NULL, NULL, NULL, NULL,
				  (vmem_t *)&priv, 0),
	       "bad name, size, alignment or arena: NULL");
	return 0;
}

static int t_sol_misc(struct ktest_ctx *c, int argc, char **argv)
{
	char buf[16] = "abcdefgh";
	dev_t d = makedevice(5, 0x123456);
	int n;

	bcopy(buf, buf + 2, 6);
	KCHECK(c, !memcmp(buf, "ababcdef", 8), "bcopy: overlapping copies");
	bzero(buf, 4);
	KCHECK(c, !buf[0] && !buf[3] && buf[4] == 'c', "bzero: 4 bytes");
	KCHECK(c, min(-1, 1) == -1 && max(-1, 1) == 1 &&
	       umin(3u, 7u) == 3 && umax(3u, 7u) == 7,
	       "min/max (int) and umin/umax (uint_t)");
	n = printf("ktest_sol: printf %d\n", 42);
	KCHECK(c, n > 0, "printf: to the kernel log (%d)", n);
	KCHECK(c, !strcmp(sense_keys[KEY_MEDIUM_ERROR], "Media_Error") &&
	       !strcmp(sense_keys[SUN_KEY_WRONGMEDIA], "wrong_tape_media") &&
	       sense_keys[KEY_MEDIUM_ERROR] == scsi_sname(KEY_MEDIUM_ERROR),
	       "sense_keys[]: the names scsi_sname() returns");
	KCHECK(c, scsi_pkt_size() == 160, "scsi_pkt_size: illumos's 160 bytes");
	KCHECK(c, sizeof(dev_t) == 8 && getmajor(d) == 5 &&
	       getminor(d) == 0x123456 && d == 0x500123456ul,
	       "dev_t: 64 bits, 32-bit major and minor");
	KCHECK(c, cmpdev(makedevice(1, 2)) == 0x102 &&
	       cmpdev(d) == (o_dev_t)-1 && expdev(0x102) == makedevice(1, 2),
	       "cmpdev/expdev: the 16-bit form, NODEV if it does not fit");
	VERIFY(n > 0);
	VERIFY3U(sizeof(daddr_t), ==, 8);
	ASSERT(0);		/* no DEBUG: compiled out */
	ASSERT3U(1, ==, 2);
	KCHECK(c, 1, "VERIFY of true is silent; ASSERT is off without DEBUG");
	return 0;
}

static int t_sol_inquiry(struct ktest_ctx *c, int argc, char **argv)
{
	uchar_t raw[SUN_INQSIZE] = { 0 };
	struct scsi_inquiry *q = (struct scsi_inquiry *)raw;
	struct scsi_device *sd = c->un->sd;

	raw[0] = 0x3d;		/* qualifier 001b, type 0x1d */
	raw[1] = 0x80;		/* RMB */
	raw[2] = 0x05;		/* version */
	raw[3] = 0x12;		/* HiSup, RDF 2 */
	raw[6] = 0x40;		/* EncServ */
	raw[7] = 0x02 | 0x20;	/* CmdQue, WBus16 */
	memcpy(raw + 36, "SERIAL000001", 12);
	KCHECK(c, q->inq_dtype == 0x3d &&
	       (q->inq_dtype & DPQ_MASK) == DPQ_SUPPORTED &&
	       (q->inq_dtype & DTYPE_MASK) == 0x1d,
	       "byte 0 is one member: qualifier and type");
	KCHECK(c, q->inq_rmb && !q->inq_qual && q->inq_ansi == 5 &&
	       q->inq_rdf == RDF_SCSI2 && q->inq_hisup,
	       "bytes 1-3: RMB, version, HiSup, response data format");
	KCHECK(c, q->inq_encserv && !q->inq_bque && !q->inq_mchngr &&
	       q->inq_cmdque && q->inq_wbus16 && !q->inq_wbus32 &&
	       !q->inq_sync && !q->inq_reladdr,
	       "bytes 6-7: EncServ, CmdQue, WBus16 at illumos's bits");
	KCHECK(c, !memcmp(q->inq_serial, "SERIAL000001", 12),
	       "inq_serial: bytes 36-47");
	KCHECK(c, DTYPE_NOTPRESENT == 0x7f, "DTYPE_NOTPRESENT 0x7f");
	KCHECK(c, scsi_probe(sd, NULL_FUNC) == SCSIPROBE_EXISTS && sd->sd_inq,
	       "scsi_probe: this LUN exists");
	if (!sd->sd_inq)
		return 0;
	KCHECK(c, (sd->sd_inq->inq_dtype & DPQ_MASK) == DPQ_POSSIBLE &&
	       sd->sd_inq->inq_dtype == DTYPE_DIRECT,
	       "this LUN: qualifier 000b, a direct-access device (byte 0 %#x)",
	       sd->sd_inq->inq_dtype);
	KCHECK(c, !strncmp(sd->sd_inq->inq_vid, "SCSAVHBA", 8),
	       "its vendor id (%.8s)", sd->sd_inq->inq_vid);
	return 0;
}

const struct ktest_case ktest_sol_cases[] = {
	{ "sol_devinfo", t_sol_devinfo },
	{ "sol_kmem_cache", t_sol_kmem_cache },
	{ "sol_misc", t_sol_misc },
	{ "sol_inquiry", t_sol_inquiry },
	{ }
};
