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
 *   sol_st        what illumos st calls: bp_copyin/bp_copyout on kernel
 *                 and B_PAGEIO bufs (bad input -1), bp_mapin_common,
 *                 biosize; DMA memory (ddi_dma_alloc_handle,
 *                 ddi_dma_mem_alloc, i_ddi_mem_alloc) used for a real
 *                 READ(10); scsi_reset_notify registration, duplicate,
 *                 cancel; DEVI_IS_DEVICE_REMOVED, DEVI_IS_DETACHING,
 *                 ddi_removing_power; scsi_cdb_size[], scsi_cmds[]
 *   sol_bioclone  bioclone(9F) of a kernel and of a B_PAGEIO buf (its
 *                 flags, fields, bio_vecs of the part), a READ(10) into
 *                 a clone landing in the original's pages, clones into a
 *                 caller's buf, bad parts (NULL)
 *   sol_sd <tok>  what else illumos sd calls: the pm_* calls of an
 *                 always-powered device, pm_trans_check's advice (SMART
 *                 and SCSI cycle counters, bad input), scsi_fm_init/fini,
 *                 fm_ena_generate, scsi_fm_ereport_post (logged while
 *                 capable, with <tok>; dropped after scsi_fm_fini), bus
 *                 events (none), do_polled_io; nvlist_* (unique names,
 *                 types, bad input) and ddi_log_sysevent (sd's eject
 *                 request: a uevent the guest sees; bad input);
 *                 dfl_copyin/dfl_free (FKIOCTL copy, bad counts, EFAULT)
 *   sol_watch     scsi_watch_request_submit(9F) on this LUN: the callback
 *                 runs every interval in a thread with TEST UNIT READY's
 *                 GOOD status; a second submit shares the request (ref
 *                 2); suspend stops the calls, resume restarts them; a
 *                 callback returning non-zero stops it; terminate (WAIT,
 *                 ALL_WAIT), unknown tokens and bad flags
 */
#define KTEST_SOLARIS_NAMES
#include "ktest_int.h"
#include <sys/param.h>
#include <sys/poll.h>
#include <sys/scsi/scsi_watch.h>
#include <sys/sunpm.h>
#include <sys/fm/protocol.h>
#include <sys/sysevent/eventdefs.h>
#include <sys/sysevent/dev.h>
#include <sys/dkioc_free_util.h>
#include <sys/file.h>

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
	{
		char *path = kmem_zalloc(MAXPATHLEN, KM_SLEEP);
		char want[64];

		snprintf(want, sizeof(want), "/%s@%s", ddi_node_name(dip),
			 ddi_get_name_addr(dip));
		KCHECK(c, ddi_pathname(dip, path) == path && path[0] == '/' &&
		       strstr(path, "/devices/") &&
		       !strcmp(path + strlen(path) - strlen(want), want),
		       "ddi_pathname: the sysfs path and /name@addr (%s)", path);
		KCHECK(c, ddi_pathname(NULL, path) == path && !path[0],
		       "ddi_pathname(NULL): empty");
		kmem_free(path, MAXPATHLEN);
	}
	KCHECK(c, ddi_driver_major(dip) == DDI_MAJOR_T_NONE ||
	       ddi_driver_major(dip) > 0,
	       "ddi_driver_major: the nodes' major or NONE (%d)",
	       (int)ddi_driver_major(dip));
	KCHECK(c, ddi_driver_major(NULL) == DDI_MAJOR_T_NONE,
	       "ddi_driver_major(NULL): DDI_MAJOR_T_NONE");
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
	{
		long l = 7;
		unsigned long ul;
		longlong_t ll;
		u_longlong_t ull;
		char *end;

		KCHECK(c, ddi_strtol("  -0x1fz", &end, 0, &l) == 0 &&
		       l == -31 && *end == 'z' &&
		       ddi_strtol("0755", NULL, 0, &l) == 0 && l == 0755 &&
		       ddi_strtol("123", NULL, 10, &l) == 0 && l == 123,
		       "ddi_strtol: sign, 0x and 0 prefixes, *nptr");
		l = 7;
		KCHECK(c, ddi_strtol("xyz", &end, 0, &l) == EINVAL && l == 7 &&
		       !strcmp(end, "xyz") &&
		       ddi_strtol("12", NULL, 37, &l) == EINVAL,
		       "ddi_strtol: no digits, bad base: EINVAL, nothing set");
		KCHECK(c, ddi_strtol("9223372036854775808", NULL, 10, &l) ==
		       ERANGE && l == LONG_MAX &&
		       ddi_strtol("-9223372036854775808", NULL, 10, &l) == 0 &&
		       l == LONG_MIN,
		       "ddi_strtol: ERANGE at LONG_MAX + 1; LONG_MIN fits");
		KCHECK(c, ddi_strtoul("ffffffffffffffff", NULL, 16, &ul) == 0 &&
		       ul == ULONG_MAX &&
		       ddi_strtoll("-42", NULL, 0, &ll) == 0 && ll == -42 &&
		       ddi_strtoull("99999999999999999999", NULL, 10, &ull) ==
		       ERANGE && ull == ULLONG_MAX,
		       "ddi_strtoul, ddi_strtoll, ddi_strtoull");
	}
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

static int kso_rn_calls;

static void kso_reset_cb(caddr_t arg)
{
	kso_rn_calls++;
}

/* READ(10) of block 0 into @mem (@bs bytes), polled; the status */
/* READ(10)/WRITE(10) of @nblk blocks at @lba of this LUN into/from @bp */
static int kso_rw(struct ktest_ctx *c, struct buf *bp, bool rd, uint_t lba,
		  uint_t nblk)
{
	uchar_t cdb[CDB_GROUP1] = { rd ? SCMD_READ_G1 : SCMD_WRITE_G1, 0,
				    lba >> 24, lba >> 16, lba >> 8, lba, 0,
				    nblk >> 8, nblk, 0 };
	struct scsi_pkt *pkt;
	int tran = -1, st = -1;

	pkt = ktest_cmd(c, cdb, CDB_GROUP1, bp, 1, 0, 30, &tran);
	if (pkt) {
		st = tran == TRAN_ACCEPT && pkt->pkt_reason == CMD_CMPLT ?
		     (*pkt->pkt_scbp & STATUS_MASK) : -1;
		scsi_destroy_pkt(pkt);
	}
	return st;
}

static int kso_read0(struct ktest_ctx *c, caddr_t mem, int bs)
{
	struct buf *bp = getrbuf(KM_SLEEP);
	int st;

	bp->b_un.b_addr = mem;
	bp->b_bcount = bs;
	bp->b_flags = B_READ;
	st = kso_rw(c, bp, true, 0, 1);
	freerbuf(bp);
	return st;
}

static int t_sol_st(struct ktest_ctx *c, int argc, char **argv)
{
	struct scsi_address *ap = ROUTE(c);
	dev_info_t *dip = c->un->dip;
	ddi_dma_attr_t attr = { .dma_attr_version = DMA_ATTR_V0,
				.dma_attr_addr_hi = ~0ull,
				.dma_attr_count_max = ~0u,
				.dma_attr_sgllen = 1,
				.dma_attr_granular = 512 };
	ddi_dma_attr_t bad = attr;
	ddi_dma_handle_t dh = NULL;
	ddi_acc_handle_t ah = NULL;
	struct bio_vec bv[2];
	struct page *pg[2] = { NULL, NULL };
	char kmem[64], out[64];
	caddr_t dmem = NULL, imem = NULL;
	size_t rlen = 0;
	struct buf *bp;
	int i;

	/* bp_copyin/out: a kernel buf, then a 2-page B_PAGEIO buf */
	bp = getrbuf(KM_SLEEP);
	for (i = 0; i < 64; i++)
		kmem[i] = i;
	bp->b_un.b_addr = kmem;
	bp->b_bcount = sizeof(kmem);
	KCHECK(c, bp_copyin(bp, out, 8, 16) == 0 && !memcmp(out, kmem + 8, 16),
	       "bp_copyin of a kernel buf");
	memset(out, 0x55, 16);
	KCHECK(c, bp_copyout(out, bp, 40, 16) == 0 && kmem[40] == 0x55 &&
	       kmem[55] == 0x55 && kmem[56] == 56, "bp_copyout of a kernel buf");
	KCHECK(c, bp_copyin(bp, out, 60, 8) == -1 &&
	       bp_copyin(bp, out, -1, 1) == -1 && bp_copyin(NULL, out, 0, 1) == -1,
	       "past b_bcount, a negative offset, a NULL buf: -1");
	bioinit(bp);
	pg[0] = alloc_page(GFP_KERNEL | __GFP_ZERO);
	pg[1] = alloc_page(GFP_KERNEL | __GFP_ZERO);
	if (pg[0] && pg[1]) {
		bvec_set_page(&bv[0], pg[0], 100, PAGE_SIZE - 100);
		bvec_set_page(&bv[1], pg[1], 200, 0);
		bp->b_flags = B_PAGEIO | B_READ;
		bp->b_pages = bv;
		bp->b_npages = 2;
		bp->b_bcount = 300;
		memset(out, 0xa5, 64);
		KCHECK(c, bp_copyout(out, bp, 80, 64) == 0 &&
		       ((uchar_t *)page_address(pg[0]))[PAGE_SIZE - 20] == 0xa5 &&
		       ((uchar_t *)page_address(pg[1]))[43] == 0xa5 &&
		       ((uchar_t *)page_address(pg[1]))[44] == 0,
		       "bp_copyout across the two bio_vecs of a B_PAGEIO buf");
		memset(out, 0, 64);
		KCHECK(c, bp_copyin(bp, out, 80, 64) == 0 &&
		       out[0] == (char)0xa5 && out[63] == (char)0xa5,
		       "bp_copyin back from them");
		KCHECK(c, bp_mapin_common(bp, VM_NOSLEEP) == NULL,
		       "bp_mapin_common(VM_NOSLEEP) of an unmapped B_PAGEIO buf: NULL");
		bp->b_flags = B_PHYS | B_READ;
		bp->b_pages = NULL;
		KCHECK(c, bp_copyin(bp, out, 0, 1) == -1 &&
		       bp_mapin_common(bp, VM_SLEEP) == NULL,
		       "a B_PHYS buf without pinned pages: -1, NULL");
	}
	if (pg[0])
		__free_page(pg[0]);
	if (pg[1])
		__free_page(pg[1]);
	bioinit(bp);
	bp->b_un.b_addr = kmem;
	KCHECK(c, bp_mapin_common(bp, VM_NOSLEEP) == kmem,
	       "bp_mapin_common of a kernel buf: its address");
	freerbuf(bp);
	KCHECK(c, biosize() == sizeof(struct buf), "biosize: %zu", biosize());

	/* DMA memory, used for a real transfer */
	bad.dma_attr_sgllen = 0;
	KCHECK(c, ddi_dma_alloc_handle(dip, &bad, DDI_DMA_SLEEP, NULL, &dh) ==
	       DDI_DMA_BADATTR && !dh, "ddi_dma_alloc_handle: bad attributes");
	KCHECK(c, ddi_dma_alloc_handle(dip, &attr, DDI_DMA_SLEEP, NULL, &dh) ==
	       DDI_SUCCESS && dh, "ddi_dma_alloc_handle");
	KCHECK(c, dh && ddi_dma_mem_alloc(dh, 65536, NULL, DDI_DMA_STREAMING,
					  DDI_DMA_SLEEP, NULL, &dmem, &rlen,
					  &ah) == DDI_SUCCESS &&
	       dmem && rlen == 65536 && !dmem[0] && !dmem[65535],
	       "ddi_dma_mem_alloc: 64 KiB, zeroed");
	if (dmem)
		KCHECK(c, kso_read0(c, dmem, 512) == STATUS_GOOD,
		       "a READ(10) into it through scsi_init_pkt");
	ddi_dma_mem_free(&ah);
	ddi_dma_free_handle(&dh);
	KCHECK(c, !ah && !dh, "ddi_dma_mem_free/free_handle clear the handles");
	KCHECK(c, i_ddi_mem_alloc(dip, &attr, 4096, 1, 0, NULL, &imem, &rlen,
				  NULL) == DDI_SUCCESS && imem && rlen == 4096,
	       "i_ddi_mem_alloc");
	if (imem)
		KCHECK(c, kso_read0(c, imem, 512) == STATUS_GOOD,
		       "a READ(10) into i_ddi_mem_alloc memory");
	i_ddi_mem_free(imem, NULL);
	KCHECK(c, ddi_dma_mem_alloc(NULL, 1, NULL, 0, DDI_DMA_SLEEP, NULL,
				    &dmem, NULL, &ah) == DDI_FAILURE &&
	       i_ddi_mem_alloc(dip, &attr, 0, 1, 0, NULL, &imem, NULL, NULL) ==
	       DDI_FAILURE, "no handle, no length: DDI_FAILURE");

	/* reset notification: registration only (resets: test_15) */
	kso_rn_calls = 0;
	KCHECK(c, scsi_reset_notify(ap, SCSI_RESET_NOTIFY, kso_reset_cb,
				    (caddr_t)c) == DDI_SUCCESS &&
	       scsi_reset_notify(ap, SCSI_RESET_NOTIFY, kso_reset_cb,
				 (caddr_t)c) == DDI_FAILURE,
	       "scsi_reset_notify: registered; twice is refused");
	KCHECK(c, scsi_reset_notify(ap, SCSI_RESET_CANCEL, kso_reset_cb,
				    (caddr_t)c) == DDI_SUCCESS &&
	       scsi_reset_notify(ap, SCSI_RESET_CANCEL, kso_reset_cb,
				 (caddr_t)c) == DDI_FAILURE &&
	       scsi_reset_notify(ap, 7, kso_reset_cb, NULL) == DDI_FAILURE &&
	       kso_rn_calls == 0,
	       "cancel; a second cancel and a bad flag are refused");

	KCHECK(c, !DEVI_IS_DEVICE_REMOVED(dip) && !DEVI_IS_DETACHING(dip) &&
	       !ddi_removing_power(dip),
	       "DEVI_IS_DEVICE_REMOVED, DEVI_IS_DETACHING, ddi_removing_power: 0");
	KCHECK(c, scsi_cdb_size[CDB_GROUPID(SCMD_READ)] == 6 &&
	       scsi_cdb_size[CDB_GROUPID(SCMD_READ_G4)] == 16 &&
	       scsi_cdb_size[CDB_GROUPID(SCMD_READ_G5)] == 12 &&
	       scsi_cdb_size[3] == 0, "scsi_cdb_size[] by group");
	for (i = 0; scsi_cmds[i].key != -1; i++)
		if (scsi_cmds[i].key == SCMD_INQUIRY)
			break;
	KCHECK(c, scsi_cmds[i].key == SCMD_INQUIRY &&
	       !strcmp(scsi_cmds[i].message, "inquiry"),
	       "scsi_cmds[] names INQUIRY \"inquiry\" and ends with -1");
	return 0;
}

static atomic_t kso_w_calls, kso_w_good;
static int kso_w_stop_after;

static int kso_watch_cb(caddr_t arg, struct scsi_watch_result *r)
{
	int n = atomic_inc_return(&kso_w_calls);

	if (r && r->statusp && r->pkt &&
	    (*(uchar_t *)r->statusp & STATUS_MASK) == STATUS_GOOD &&
	    r->pkt->pkt_cdbp[0] == SCMD_TEST_UNIT_READY)
		atomic_inc(&kso_w_good);
	if (!preemptible())
		atomic_set(&kso_w_good, -1000);	/* not a thread: a failure */
	return kso_w_stop_after && n >= kso_w_stop_after;
}

static int t_sol_watch(struct ktest_ctx *c, int argc, char **argv)
{
	struct scsi_device *sd = c->un->sd;
	opaque_t t, t2;
	int n;

	atomic_set(&kso_w_calls, 0);
	atomic_set(&kso_w_good, 0);
	kso_w_stop_after = 0;
	t = scsi_watch_request_submit(sd, 50000, SENSE_LENGTH, kso_watch_cb,
				      (caddr_t)c);
	KCHECK(c, t != NULL, "scsi_watch_request_submit: a token");
	if (!t)
		return 0;
	msleep(600);
	n = atomic_read(&kso_w_calls);
	KCHECK(c, n >= 3 && atomic_read(&kso_w_good) == n,
	       "polls every 50 ms in a thread, TUR GOOD (%d calls, %d good)",
	       n, atomic_read(&kso_w_good));
	t2 = scsi_watch_request_submit(sd, 50000, SENSE_LENGTH, kso_watch_cb,
				       (caddr_t)c);
	KCHECK(c, t2 == t && scsi_watch_get_ref_count(t) == 2,
	       "the same callback and argument share the request (ref %d)",
	       scsi_watch_get_ref_count(t));
	KCHECK(c, scsi_watch_request_terminate(t, SCSI_WATCH_TERMINATE_WAIT) ==
	       SCSI_WATCH_TERMINATE_SUCCESS && scsi_watch_get_ref_count(t) == 1,
	       "terminate drops one reference");
	scsi_watch_suspend(t);
	n = atomic_read(&kso_w_calls);
	msleep(300);
	KCHECK(c, atomic_read(&kso_w_calls) == n,
	       "suspended: no call (%d then %d)", n, atomic_read(&kso_w_calls));
	scsi_watch_resume(t);
	msleep(300);
	KCHECK(c, atomic_read(&kso_w_calls) > n, "resumed: calls again (%d)",
	       atomic_read(&kso_w_calls));
	kso_w_stop_after = atomic_read(&kso_w_calls) + 1;
	msleep(400);
	n = atomic_read(&kso_w_calls);
	msleep(300);
	KCHECK(c, atomic_read(&kso_w_calls) == n && n == kso_w_stop_after,
	       "a callback returning non-zero stops the polls (%d calls)", n);
	KCHECK(c, scsi_watch_request_terminate(t, 42) ==
	       SCSI_WATCH_TERMINATE_FAIL, "a bad flag: FAIL");
	KCHECK(c, scsi_watch_request_terminate(t, SCSI_WATCH_TERMINATE_ALL_WAIT) ==
	       SCSI_WATCH_TERMINATE_SUCCESS, "terminate ALL_WAIT of a stopped request");
	KCHECK(c, scsi_watch_request_terminate(t, SCSI_WATCH_TERMINATE_WAIT) ==
	       SCSI_WATCH_TERMINATE_FAIL && scsi_watch_get_ref_count(t) == 0,
	       "the token is gone: FAIL, ref 0");
	KCHECK(c, !scsi_watch_request_submit(NULL, 1000, 0, kso_watch_cb, NULL) &&
	       !scsi_watch_request_submit(sd, 0, 0, kso_watch_cb, NULL) &&
	       !scsi_watch_request_submit(sd, 1000, 0, NULL, NULL),
	       "no device, no interval, no callback: NULL");
	return 0;
}

/* ---- bioclone(9F), as sd and sd_xbuf use it ---- */

static int kso_clone_done_calls;

static int kso_clone_done(struct buf *bp)
{
	kso_clone_done_calls++;
	return 0;
}

static int t_sol_bioclone(struct ktest_ctx *c, int argc, char **argv)
{
	struct page *pg[3] = { NULL, NULL, NULL };
	struct bio_vec bv[3];
	struct buf *bp, *cl, mem;
	char kmem[64];
	uchar_t *pat = NULL, *got = NULL;
	size_t total;
	int i;

	/* a kernel buf: the clone points into it */
	bp = getrbuf(KM_SLEEP);
	bp->b_un.b_addr = kmem;
	bp->b_bcount = sizeof(kmem);
	bp->b_flags = B_READ | B_DONE | B_ASYNC | B_FAILFAST | B_REMAPPED;
	bp->b_proc = (void *)c;
	bp->b_offset = 4096;
	cl = bioclone(bp, 8, 16, makedevice(7, 3), 1234, kso_clone_done, NULL,
		      KM_SLEEP);
	KCHECK(c, cl && cl->b_un.b_addr == kmem + 8 && cl->b_bcount == 16 &&
	       cl->b_blkno == 1234 && cl->b_lblkno == 1234 &&
	       cl->b_edev == makedevice(7, 3) && cl->b_iodone == kso_clone_done &&
	       cl->b_proc == (void *)c && cl->b_offset == 4096 && !cl->b_resid,
	       "a clone of a kernel buf: address, count, block, dev, iodone, proc");
	KCHECK(c, cl && cl->b_flags == (B_READ | B_FAILFAST | B_BUSY),
	       "its flags: B_BUSY and the original's B_READ, B_FAILFAST (0x%x)",
	       cl ? cl->b_flags : -1);
	if (cl) {
		kso_clone_done_calls = 0;
		biodone(cl);
		KCHECK(c, kso_clone_done_calls == 1, "biodone of the clone calls its iodone");
		freerbuf(cl);
	}
	bioinit(&mem);
	mem.b_private = (void *)c;
	KCHECK(c, bioclone(bp, 0, 64, 0, 0, NULL, &mem, KM_NOSLEEP) == &mem &&
	       mem.b_bcount == 64 && !mem.b_private && !mem.b_iodone,
	       "bioclone into a caller's buf: bioreset first, then the clone");
	biofini(&mem);
	KCHECK(c, !bioclone(NULL, 0, 1, 0, 0, NULL, NULL, KM_SLEEP) &&
	       !bioclone(bp, -1, 1, 0, 0, NULL, NULL, KM_SLEEP) &&
	       !bioclone(bp, 65, 0, 0, 0, NULL, NULL, KM_SLEEP) &&
	       !bioclone(bp, 60, 8, 0, 0, NULL, NULL, KM_SLEEP) &&
	       !bioclone(bp, 0, (size_t)-1, 0, 0, NULL, NULL, KM_SLEEP),
	       "no buf, a negative offset, a part past the end: NULL");
	KCHECK(c, bioclone(bp, 64, 0, 0, 0, NULL, &mem, KM_SLEEP) == &mem &&
	       !mem.b_bcount, "an empty part at the very end");
	biofini(&mem);

	/* a B_PAGEIO buf of 3 uneven bio_vecs, cloned for real I/O */
	for (i = 0; i < 3; i++)
		pg[i] = alloc_page(GFP_KERNEL | __GFP_ZERO);
	pat = kmem_alloc(4096, KM_SLEEP);
	got = kmem_zalloc(4096, KM_SLEEP);
	if (!pg[0] || !pg[1] || !pg[2]) {
		KCHECK(c, 0, "no pages for the B_PAGEIO buf");
		goto out;
	}
	bvec_set_page(&bv[0], pg[0], 1536, PAGE_SIZE - 1536);	/* 3 blocks */
	bvec_set_page(&bv[1], pg[1], 1024, 0);			/* 2 blocks */
	bvec_set_page(&bv[2], pg[2], 1536, 512);		/* 3 blocks */
	total = 4096;
	for (i = 0; i < 4096; i++)
		pat[i] = (uchar_t)(i * 7 + (i >> 9));
	bioinit(bp);
	bp->b_un.b_addr = pat;
	bp->b_bcount = total;
	bp->b_flags = B_WRITE;
	KCHECK(c, kso_rw(c, bp, false, 200, 8) == STATUS_GOOD,
	       "WRITE(10) of 8 blocks of a pattern at LBA 200");
	bioinit(bp);
	bp->b_flags = B_PAGEIO | B_READ;
	bp->b_pages = bv;
	bp->b_npages = 3;
	bp->b_bcount = total;
	/* blocks 2..5 of the buf: the end of bv[0], all of bv[1], bv[2]'s first */
	cl = bioclone(bp, 1024, 2048, 0, 202, NULL, NULL, KM_SLEEP);
	KCHECK(c, cl && cl->b_npages == 3 && cl->b_pages != bv &&
	       cl->b_pages[0].bv_len == 512 &&
	       cl->b_pages[0].bv_offset == PAGE_SIZE - 512 &&
	       cl->b_pages[1].bv_len == 1024 && cl->b_pages[2].bv_len == 512 &&
	       cl->b_pages[2].bv_offset == 512 &&
	       cl->b_flags == (B_PAGEIO | B_READ | B_BUSY),
	       "a clone of a B_PAGEIO buf: its own bio_vecs of that part");
	if (cl) {
		KCHECK(c, kso_rw(c, cl, true, 202, 4) == STATUS_GOOD,
		       "READ(10) of LBA 202..205 into the clone");
		KCHECK(c, bp_copyin(bp, got, 1024, 2048) == 0 &&
		       !memcmp(got, pat + 1024, 2048),
		       "the original's bytes 1024..3071 hold what was written there");
		KCHECK(c, bp_copyin(bp, got, 0, 1024) == 0 &&
		       !memchr_inv(got, 0, 1024) &&
		       bp_copyin(bp, got, 3072, 1024) == 0 &&
		       !memchr_inv(got, 0, 1024),
		       "and nothing outside the clone's part was written");
		/* a clone of the clone, then into a caller's buf twice */
		bioinit(&mem);
		KCHECK(c, bioclone(cl, 512, 1536, 0, 203, NULL, &mem, KM_SLEEP) ==
		       &mem && mem.b_npages == 2 &&
		       mem.b_pages[0].bv_page == pg[1] &&
		       bioclone(cl, 0, 512, 0, 202, NULL, &mem, KM_SLEEP) ==
		       &mem && mem.b_npages == 1 && mem.b_pages[0].bv_page == pg[0],
		       "clones of the clone (the old bio_vecs freed by bioreset)");
		biofini(&mem);
		freerbuf(cl);
	}
	cl = bioclone(bp, 0, 4096, 0, 0, NULL, NULL, KM_NOSLEEP);
	KCHECK(c, cl && cl->b_npages == 3 && cl->b_pages[0].bv_len == 1536 &&
	       cl->b_pages[2].bv_len == 1536, "a clone of the whole buf");
	freerbuf(cl);
	bp->b_npages = 2;
	KCHECK(c, !bioclone(bp, 2048, 2048, 0, 0, NULL, NULL, KM_SLEEP),
	       "b_pages holding less than the part: NULL");
out:
	for (i = 0; i < 3; i++)
		if (pg[i])
			__free_page(pg[i]);
	kmem_free(pat, 4096);
	kmem_free(got, 4096);
	freerbuf(bp);
	return 0;
}

/* ---- what else illumos sd calls: PM, FMA, bus events ---- */

/* pm_trans_check() of SCSI cycle counters in service since @date */
static int kso_trans(const char *date, int lifemax, int ncycles, int flag,
		     time_t *iv)
{
	struct pm_trans_data d = { .format = DC_SCSI_FORMAT };

	d.un.scsi_cycles.lifemax = lifemax;
	d.un.scsi_cycles.ncycles = ncycles;
	d.un.scsi_cycles.flag = flag;
	memcpy(d.un.scsi_cycles.svc_date, date, DC_SCSI_MFR_LEN);
	*iv = -1;
	return pm_trans_check(&d, iv);
}

/* dfl_copyin/dfl_free: sd's DKIOCFREE list */
static void kso_dfl(struct ktest_ctx *c)
{
	dkioc_free_list_t *in = kmem_zalloc(DFL_SZ(3), KM_SLEEP);
	dkioc_free_list_t *out = NULL;

	in->dfl_flags = DF_WAIT_SYNC;
	in->dfl_num_exts = 3;
	in->dfl_offset = 4096;
	in->dfl_exts[0].dfle_start = 8;
	in->dfl_exts[0].dfle_length = 16;
	in->dfl_exts[2].dfle_start = 1000;
	in->dfl_exts[2].dfle_length = 24;
	KCHECK(c, dfl_copyin(in, &out, FKIOCTL, KM_SLEEP) == 0 && out &&
	       out != in && !memcmp(out, in, DFL_SZ(3)) && DFL_ISSYNC(out),
	       "dfl_copyin (FKIOCTL): the header and 3 extents copied");
	dfl_free(out);
	dfl_free(NULL);
	out = NULL;
	in->dfl_num_exts = 0;
	KCHECK(c, dfl_copyin(in, &out, FKIOCTL, KM_SLEEP) == EINVAL && !out,
	       "dfl_copyin of no extent: EINVAL");
	in->dfl_num_exts = DFL_COPYIN_MAX_EXTS + 1;
	KCHECK(c, dfl_copyin(in, &out, FKIOCTL, KM_SLEEP) == EINVAL && !out,
	       "more than DFL_COPYIN_MAX_EXTS: EINVAL");
	in->dfl_num_exts = 3;
	KCHECK(c, dfl_copyin(in, &out, 0, KM_SLEEP) == EFAULT && !out,
	       "a kernel address without FKIOCTL: EFAULT (not user memory)");
	KCHECK(c, dfl_copyin(NULL, &out, FKIOCTL, KM_SLEEP) == EINVAL &&
	       dfl_copyin(in, NULL, FKIOCTL, KM_SLEEP) == EINVAL,
	       "no list, no result pointer: EINVAL");
	kmem_free(in, DFL_SZ(3));
}

/* nvlist(9F) and ddi_log_sysevent(9F): sd's eject request event */
static int kso_sysevent(struct ktest_ctx *c, const char *tok)
{
	dev_info_t *dip = c->un->dip;
	nvlist_t *l = NULL, *t = NULL;
	sysevent_id_t eid = { 0, 0 };
	char path[64], longcls[MAX_CLASS_LEN + 2], *sv = NULL;
	uint32_t u32 = 0;
	int64_t i64 = 0;
	spinlock_t lock;
	unsigned long flags;
	int rv;

	KCHECK(c, nvlist_alloc(NULL, NV_UNIQUE_NAME, KM_SLEEP) == EINVAL &&
	       nvlist_alloc(&t, 0x8, KM_SLEEP) == EINVAL && !t,
	       "nvlist_alloc: no pointer, unknown flags: EINVAL");
	KCHECK(c, nvlist_alloc(&l, NV_UNIQUE_NAME, KM_SLEEP) == 0 && l &&
	       nvlist_empty(l), "nvlist_alloc(NV_UNIQUE_NAME): an empty list");
	if (!l)
		return 0;
	snprintf(path, sizeof(path), "/ktest/%s", tok);
	KCHECK(c, nvlist_add_string(l, DEV_PHYS_PATH, "old") == 0 &&
	       nvlist_add_string(l, DEV_PHYS_PATH, path) == 0 &&
	       nvlist_add_uint32(l, "unit", 7) == 0 &&
	       nvlist_add_int64(l, "delta", -5) == 0,
	       "nvlist_add_string (twice: replaced), _uint32, _int64");
	KCHECK(c, nvlist_lookup_string(l, DEV_PHYS_PATH, &sv) == 0 && sv &&
	       !strcmp(sv, path) && nvlist_lookup_uint32(l, "unit", &u32) == 0 &&
	       u32 == 7 && nvlist_lookup_int64(l, "delta", &i64) == 0 &&
	       i64 == -5, "nvlist_lookup_*: the values, the string replaced");
	KCHECK(c, nvlist_lookup_uint64(l, "unit", NULL) == EINVAL &&
	       nvlist_lookup_uint64(l, "unit", (uint64_t *)&i64) == ENOENT &&
	       nvlist_lookup_string(l, "none", &sv) == ENOENT,
	       "lookup with another type or name: ENOENT; no pointer: EINVAL");
	KCHECK(c, nvlist_add_string(l, NULL, "x") == EINVAL &&
	       nvlist_add_string(l, "", "x") == EINVAL &&
	       nvlist_add_string(l, "x", NULL) == EINVAL &&
	       nvlist_add_uint8(NULL, "x", 1) == EINVAL,
	       "nvlist_add_*: no or empty name, no value, no list: EINVAL");
	KCHECK(c, nvlist_alloc(&t, NV_UNIQUE_NAME_TYPE, KM_NOSLEEP) == 0 &&
	       nvlist_add_uint8(t, "a", 1) == 0 && nvlist_add_string(t, "a", "s") == 0 &&
	       nvlist_add_uint8(t, "a", 2) == 0 &&
	       nvlist_lookup_string(t, "a", &sv) == 0 &&
	       nvlist_lookup_uint8(t, "a", (uint8_t *)&u32) == 0 &&
	       (u32 & 0xff) == 2 && nvlist_remove_all(t, "a") == 0 &&
	       !nvlist_exists(t, "a") && nvlist_remove_all(t, "a") == ENOENT,
	       "NV_UNIQUE_NAME_TYPE: one pair per name and type; remove_all");
	nvlist_free(t);
	nvlist_free(NULL);

	rv = ddi_log_sysevent(dip, SUNW_VENDOR, EC_DEV_STATUS,
			      ESC_DEV_EJECT_REQUEST, l, &eid, DDI_NOSLEEP);
	KCHECK(c, rv == DDI_SUCCESS && eid.eid_seq > 0 && eid.eid_ts > 0,
	       "ddi_log_sysevent: DDI_SUCCESS, event %llu (%d)",
	       (unsigned long long)eid.eid_seq, rv);
	nvlist_free(l);		/* the event has its own copy */
	memset(longcls, 'c', sizeof(longcls) - 1);
	longcls[sizeof(longcls) - 1] = 0;
	KCHECK(c, ddi_log_sysevent(dip, NULL, EC_DEV_STATUS, "x", NULL, NULL,
				   DDI_SLEEP) == DDI_EINVAL &&
	       ddi_log_sysevent(dip, SUNW_VENDOR, longcls, "x", NULL, NULL,
				DDI_SLEEP) == DDI_EINVAL &&
	       ddi_log_sysevent(dip, SUNW_VENDOR, EC_DEV_STATUS, "x", NULL,
				NULL, 5) == DDI_EINVAL &&
	       ddi_log_sysevent(NULL, SUNW_VENDOR, EC_DEV_STATUS, "x", NULL,
				NULL, DDI_SLEEP) == DDI_ETRANSPORT,
	       "ddi_log_sysevent: bad names or flag DDI_EINVAL, no device DDI_ETRANSPORT");
	spin_lock_init(&lock);
	spin_lock_irqsave(&lock, flags);
	rv = ddi_log_sysevent(dip, SUNW_VENDOR, EC_DEV_STATUS, "x", NULL, NULL,
			      DDI_SLEEP);
	spin_unlock_irqrestore(&lock, flags);
	KCHECK(c, rv == DDI_ECONTEXT, "DDI_SLEEP under a spinlock: DDI_ECONTEXT (%d)",
	       rv);
	return 0;
}

static int t_sol_sd(struct ktest_ctx *c, int argc, char **argv)
{
	struct scsi_device *sd = c->un->sd;
	dev_info_t *dip = c->un->dip;
	struct pm_trans_data smart = { .format = DC_SMART_FORMAT };
	static uchar_t cdb[3] = { 0x2a, 0x00, 0x01 };
	ddi_eventcookie_t ev = (void *)1;
	ddi_callback_id_t id = (void *)1;
	char year[DC_SCSI_MFR_LEN + 1];
	time64_t now = ktime_get_real_seconds();
	const char *tok;
	time_t iv;
	uint64_t ena;

	if (argc < 1 || strlen(argv[0]) > 40)
		return -EINVAL;
	tok = argv[0];

	/* power management: always powered */
	KCHECK(c, pm_busy_component(dip, 0) == DDI_SUCCESS &&
	       pm_idle_component(dip, 0) == DDI_SUCCESS &&
	       pm_raise_power(dip, 0, 1) == DDI_SUCCESS &&
	       pm_create_components(dip, 1) == DDI_SUCCESS,
	       "pm_busy/idle_component, pm_raise_power, pm_create_components: DDI_SUCCESS");
	KCHECK(c, pm_lower_power(dip, 0, 0) == DDI_FAILURE,
	       "pm_lower_power: DDI_FAILURE (the device stays powered)");
	KCHECK(c, pm_busy_component(NULL, 0) == DDI_FAILURE &&
	       pm_idle_component(dip, -1) == DDI_FAILURE &&
	       pm_raise_power(dip, 0, -1) == DDI_FAILURE &&
	       pm_create_components(dip, 0) == DDI_FAILURE,
	       "no device, a negative component or level: DDI_FAILURE");
	pm_destroy_components(dip);
	KCHECK(c, pm_trans_check(NULL, &iv) == -1 &&
	       pm_trans_check(&smart, NULL) == -1, "pm_trans_check: NULL: -1");
	smart.un.smart_count.allowed = 10;
	smart.un.smart_count.consumed = 9;
	KCHECK(c, pm_trans_check(&smart, &iv) == 1, "SMART: 9 of 10 cycles: 1");
	smart.un.smart_count.consumed = 10;
	iv = 0;
	KCHECK(c, pm_trans_check(&smart, &iv) == 0 && iv == LONG_MAX / HZ,
	       "SMART: 10 of 10: 0, interval LONG_MAX/hz");
	smart.format = 7;
	KCHECK(c, pm_trans_check(&smart, &iv) == -1, "an unknown format: -1");
	KCHECK(c, kso_trans("199901", 1000, 999, 0, &iv) == 1,
	       "SCSI: more than five years in service, within lifemax: 1");
	KCHECK(c, kso_trans("199901", 1000, 1001, 0, &iv) == 0 &&
	       iv == LONG_MAX / HZ, "SCSI: past lifemax: 0, never");
	KCHECK(c, kso_trans("199901", 1000, 10, 1, &iv) == -1 &&
	       kso_trans("199901", 1000, -1, 0, &iv) == -1 &&
	       kso_trans("19x901", 1000, 1, 0, &iv) == -1 &&
	       kso_trans("199953", 1000, 1, 0, &iv) == -1 &&
	       kso_trans("209901", 1000, 1, 0, &iv) == -1,
	       "SCSI: a flag, negative cycles, a bad or future date: -1");
	/* in service since this year's first week (at most 1 year) */
	snprintf(year, sizeof(year), "%04lld00",
		 (long long)(1970 + div_s64(now, 31556952)));
	KCHECK(c, kso_trans(year, 1000, 0, 0, &iv) == 1,
	       "SCSI: new drive (%s), no cycle used: 1", year);
	iv = 0;
	KCHECK(c, kso_trans(year, 1000, 299, 0, &iv) == 0 && iv > 0 &&
	       iv <= 366L * 86400,
	       "SCSI: 299 of the first year's 300 cycles used early: 0, wait %ld s",
	       (long)iv);
	KCHECK(c, kso_trans(year, 1000, 999, 0, &iv) == 0 && iv > 366L * 86400,
	       "SCSI: 999 of 1000 in the first year: 0, wait years (%ld s)",
	       (long)iv);

	/* fault management: ereports logged while capable */
	KCHECK(c, ddi_fm_capable(dip) == DDI_FM_NOT_CAPABLE,
	       "ddi_fm_capable before scsi_fm_init: 0");
	scsi_fm_init(sd);
	KCHECK(c, sd->sd_fm_capable == DDI_FM_EREPORT_CAPABLE &&
	       ddi_fm_capable(dip) == DDI_FM_EREPORT_CAPABLE,
	       "scsi_fm_init: sd_fm_capable DDI_FM_EREPORT_CAPABLE (%d)",
	       sd->sd_fm_capable);
	ena = fm_ena_generate(0, FM_ENA_FMT1);
	KCHECK(c, ENA_FORMAT(ena) == FM_ENA_FMT1 &&
	       ((ena & ENA_FMT1_CPUID_MASK) >> ENA_FMT1_CPUID_SHFT) <
	       num_possible_cpus() && (ena & ENA_FMT1_TIME_MASK),
	       "fm_ena_generate FMT1: format, CPU id, time (0x%llx)", ena);
	KCHECK(c, fm_ena_generate(5, FM_ENA_FMT2) == ((5ull << 10) | 2) &&
	       fm_ena_generate(5, FM_ENA_FMT0) == 0,
	       "fm_ena_generate FMT2: the time above the format; FMT0: 0");
	scsi_fm_ereport_post(sd, 0, NULL, "cmd.disk.ktest", 0x1234, "id1,sd@x",
			     NULL, DDI_NOSLEEP, NULL,
			     "op-code", DATA_TYPE_UINT8, 0x28,
			     "lba", DATA_TYPE_UINT64, (uint64_t)0x123456789ull,
			     "stat-code", DATA_TYPE_STRING, tok,
			     "cdb", DATA_TYPE_UINT8_ARRAY, 3, cdb, NULL);
	scsi_fm_fini(sd);
	KCHECK(c, ddi_fm_capable(dip) == DDI_FM_NOT_CAPABLE,
	       "scsi_fm_fini: not capable any more");
	scsi_fm_ereport_post(sd, 0, NULL, "cmd.disk.ktest-dropped", 0, NULL,
			     NULL, DDI_NOSLEEP, NULL,
			     "stat-code", DATA_TYPE_STRING, tok, NULL);

	/* bus events: none under scsa-compat */
	KCHECK(c, ddi_get_eventcookie(dip, "SUNW,sf:DEVICE-INSERTION.1", &ev) ==
	       DDI_FAILURE && !ev &&
	       ddi_add_event_handler(dip, ev, NULL, NULL, &id) == DDI_FAILURE &&
	       !id && ddi_remove_event_handler(id) == DDI_FAILURE,
	       "ddi_get_eventcookie, ddi_add/remove_event_handler: DDI_FAILURE");
	KCHECK(c, do_polled_io == 0, "do_polled_io is 0");
	kso_dfl(c);
	return kso_sysevent(c, tok);
}

const struct ktest_case ktest_sol_cases[] = {
	{ "sol_sd", t_sol_sd },
	{ "sol_bioclone", t_sol_bioclone },
	{ "sol_watch", t_sol_watch },
	{ "sol_st", t_sol_st },
	{ "sol_devinfo", t_sol_devinfo },
	{ "sol_kmem_cache", t_sol_kmem_cache },
	{ "sol_misc", t_sol_misc },
	{ "sol_inquiry", t_sol_inquiry },
	{ }
};
