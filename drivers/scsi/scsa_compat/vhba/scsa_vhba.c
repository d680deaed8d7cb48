// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_vhba - a virtual SCSI host adapter with RAM-backed logical units.
 *
 * This is a Linux-native low-level driver used to test the SCSA
 * compatibility layer (and Linux's own sd) without real hardware.
 *
 * Structure:
 *
 *  - A root device "scsa_vhba" and a private bus of the same name.  Each
 *    virtual adapter is a struct device on that bus; the bus probe routine
 *    allocates and registers the Scsi_Host, the bus remove routine tears it
 *    down.
 *
 *  - Each adapter's struct device gets a DMA mask and DMA parameters, and
 *    all data moves through scsi_dma_map(): the "device" reads and writes
 *    the mapped segments at their DMA addresses, the way a bus-mastering
 *    controller would.  Under swiotlb=force the data is bounced exactly as
 *    for real hardware.  Response data of non-media commands (INQUIRY, MODE
 *    SENSE, ...) goes through the same path, so that every byte the
 *    initiator sees has been through the DMA API.
 *
 *  - queuecommand() never completes a command inline.  It puts the command
 *    (through its blk-mq private data, hostt->cmd_size) on a per-host list
 *    and kicks a per-host work item, directly or through an hrtimer when a
 *    completion delay is configured.  The work item runs in process context,
 *    executes the commands in order, one at a time, and calls scsi_done().
 *    Because a host's work item never runs concurrently with itself, the
 *    RAM stores of that host need no locking of their own.
 *
 *  - A command's state (queued, running, dropped) is protected by the
 *    per-host spinlock; that lock is the only lock on the I/O path.  Error
 *    handlers remove queued commands from the list under the lock, so that
 *    a command is completed either by the worker or by the error handler,
 *    never by both, and wait for the command the worker is executing.
 *
 *  - Fault injection and statistics live in debugfs (scsa_vhba/) and are
 *    atomics, shared by all hosts.
 *
 *  - With ses_lun=N, target 0 of every host also has an enclosure services
 *    LUN N (peripheral device type 0Dh, EncServ set): a SES-2 standalone
 *    enclosure services process with one enclosure of four array device
 *    slots, a power supply, two cooling fans and a temperature sensor.  See
 *    "SCSI enclosure services LUN" below for what it implements.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/atomic.h>
#include <linux/debugfs.h>
#include <linux/device.h>
#include <linux/dma-direct.h>
#include <linux/dma-mapping.h>
#include <linux/fs.h>
#include <linux/hrtimer.h>
#include <linux/kernel.h>
#include <linux/ktime.h>
#include <linux/list.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/scatterlist.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/vmalloc.h>
#include <linux/wait.h>
#include <linux/workqueue.h>

#include <scsi/scsi.h>
#include <scsi/scsi_cmnd.h>
#include <scsi/scsi_common.h>
#include <scsi/scsi_device.h>
#include <scsi/scsi_host.h>
#include <scsi/scsi_proto.h>
#include <scsa/scsa_hba.h>
#include <scsa/scsa_kcompat.h>	/* unaligned helpers, SCSA_SHT_CONST */

#define VHBA_NAME		"scsa_vhba"
#define VHBA_VENDOR		"SCSAVHBA"	/* 8 characters */
#define VHBA_PRODUCT		"VDISK"
#define VHBA_SES_PRODUCT	"VENCLOSURE"	/* at most 16 characters */
#define VHBA_REVISION		"0001"
#define VHBA_THIS_ID		7
#define VHBA_MAX_HOSTS		16
#define VHBA_MAX_TGTS		16
#define VHBA_MAX_LUNS		256
#define VHBA_MAX_CAN_QUEUE	4096
#define VHBA_MAX_DELAY_US	10000000U
#define VHBA_RESP_LEN		4096	/* >= 8 + 8 * VHBA_MAX_LUNS */

/* Additional sense codes used here (ASC, ASCQ). */
#define VHBA_ASC_INVALID_OPCODE		0x20
#define VHBA_ASC_LBA_OUT_OF_RANGE	0x21
#define VHBA_ASC_INVALID_FIELD_CDB	0x24
#define VHBA_ASC_LUN_NOT_SUPPORTED	0x25
#define VHBA_ASC_SAVING_NOT_SUPPORTED	0x39
#define VHBA_ASC_INVALID_FIELD_PARAM	0x26

/* ---------------------------------------------------------------------- */
/* Module parameters (read at load time only)                              */

static unsigned int num_hosts = 1;
module_param(num_hosts, uint, 0444);
MODULE_PARM_DESC(num_hosts, "number of virtual host adapters (1..16, default 1)");

static unsigned int num_tgts = 1;
module_param(num_tgts, uint, 0444);
MODULE_PARM_DESC(num_tgts, "targets per host (1..16, default 1; SCSI id 7 is the adapter)");

static unsigned int num_luns = 1;
module_param(num_luns, uint, 0444);
MODULE_PARM_DESC(num_luns, "LUNs per target (1..256, default 1)");

static unsigned int dev_size_mb = 64;
module_param(dev_size_mb, uint, 0444);
MODULE_PARM_DESC(dev_size_mb, "size of each LUN's RAM store in MiB (default 64)");

static unsigned int sector_size = 512;
module_param(sector_size, uint, 0444);
MODULE_PARM_DESC(sector_size, "logical block size in bytes: 512 or 4096 (default 512)");

static unsigned int max_sectors = 2048;
module_param(max_sectors, uint, 0444);
MODULE_PARM_DESC(max_sectors, "max transfer per command in 512-byte units (default 2048)");

static unsigned int sg_tablesize = 128;
module_param(sg_tablesize, uint, 0444);
MODULE_PARM_DESC(sg_tablesize, "max scatter/gather segments per command (1..2048, default 128)");

static unsigned int max_segment_size = 65536;
module_param(max_segment_size, uint, 0444);
MODULE_PARM_DESC(max_segment_size, "max bytes per s/g segment (>= PAGE_SIZE, default 65536)");

static unsigned long seg_boundary = 0xffffffffUL;
module_param(seg_boundary, ulong, 0444);
MODULE_PARM_DESC(seg_boundary, "segment boundary mask, 2^n-1 >= PAGE_SIZE-1 (default 0xffffffff)");

static unsigned int dma_bits = 64;
module_param(dma_bits, uint, 0444);
MODULE_PARM_DESC(dma_bits, "DMA address width of the adapters (32..64, default 64)");

static unsigned int can_queue = 64;
module_param(can_queue, uint, 0444);
MODULE_PARM_DESC(can_queue, "max outstanding commands per host (1..4096, default 64)");

static unsigned int delay_us;
module_param(delay_us, uint, 0444);
MODULE_PARM_DESC(delay_us, "completion delay in microseconds (0 = as soon as the worker runs)");

static unsigned int map_registers;
module_param(map_registers, uint, 0444);
MODULE_PARM_DESC(map_registers,
		 "DMA windows (map registers) shared by all hosts for scsa_compat packets; 0 = unlimited (changeable in debugfs)");

static int ses_lun = -1;
module_param(ses_lun, int, 0444);
MODULE_PARM_DESC(ses_lun,
		 "LUN of an SES enclosure services device on target 0 of each host (num_luns..255; default -1: none)");

/* ---------------------------------------------------------------------- */
/* Data structures                                                         */

/**
 * enum vhba_cmd_state - where a command is, from the driver's point of view
 * @VHBA_CMD_IDLE: not owned by the driver (completed, aborted or reset)
 * @VHBA_CMD_QUEUED: on the host's pending list, waiting for the worker
 * @VHBA_CMD_RUNNING: taken off the list by the worker, being executed
 * @VHBA_CMD_DROPPED: swallowed by fault injection, will never complete
 *
 * Transitions happen under &vhba_host.lock only.
 */
enum vhba_cmd_state {
	VHBA_CMD_IDLE,
	VHBA_CMD_QUEUED,
	VHBA_CMD_RUNNING,
	VHBA_CMD_DROPPED,
};

/**
 * struct vhba_cmd - per-command private data (blk-mq pdu, hostt->cmd_size)
 * @entry: link on &vhba_host.pending while @state is %VHBA_CMD_QUEUED
 * @cmd: the command this data belongs to
 * @state: see &enum vhba_cmd_state
 * @due: earliest completion time when a delay is configured
 * @nents: mapped s/g entries while the worker executes the command
 * @inject_sense: end with the injected sense instead of executing
 * @sense_code: injected sense, key << 16 | asc << 8 | ascq
 */
struct vhba_cmd {
	struct list_head entry;
	struct scsi_cmnd *cmd;
	enum vhba_cmd_state state;
	ktime_t due;
	int nents;
	bool inject_sense;
	u32 sense_code;
};

struct vhba_ses;

/**
 * struct vhba_lun - one logical unit: RAM-backed disk or enclosure
 * @store: dev_size_mb MiB of zeroed vmalloc memory (NULL for the enclosure)
 * @nblocks: capacity in logical blocks (0 for the enclosure)
 * @ses: the enclosure services model if this is the SES LUN, else NULL
 */
struct vhba_lun {
	u8 *store;
	u64 nblocks;
	struct vhba_ses *ses;
};

/**
 * struct vhba_host - one virtual adapter
 * @dev: the adapter's device on the scsa_vhba bus (also its DMA device)
 * @dma_parms: storage for @dev.dma_parms
 * @shost: the SCSI host, valid between probe and remove
 * @index: adapter number, 0..num_hosts-1
 * @probe_err: result of the last probe, for vhba_add_host()
 * @lock: protects @pending, @running, @run_gen, @shutdown and the state of
 *	every command of this host
 * @pending: commands waiting for the worker, in arrival (= due) order
 * @running: the command the worker is executing, or NULL
 * @run_gen: incremented each time the worker finishes a command
 * @shutdown: set on removal: do not re-arm @timer or re-queue @work
 * @idle_wq: error handlers wait here for the worker to finish a command
 * @work: the completion worker
 * @timer: queues @work when the first pending command becomes due
 * @luns: num_tgts * num_luns logical units
 * @resp: response buffer for non-media commands, used by the worker only
 * @scsa_registered: its DMA-window ops are registered with scsa_compat
 * @ses_lu: the enclosure services LUN (ses_lun on target 0), if enabled
 * @ses_dbg: its debugfs directory, scsa_vhba/ses<index>/
 */
struct vhba_host {
	struct device dev;
	struct device_dma_parameters dma_parms;
	struct Scsi_Host *shost;
	unsigned int index;
	int probe_err;

	spinlock_t lock;
	struct list_head pending;
	struct scsi_cmnd *running;
	unsigned long run_gen;
	bool shutdown;
	wait_queue_head_t idle_wq;
	struct work_struct work;
	struct hrtimer timer;

	struct vhba_lun *luns;
	u8 *resp;
	bool scsa_registered;
	struct vhba_lun ses_lu;
	struct dentry *ses_dbg;
};

#define to_vhba_host(d) container_of(d, struct vhba_host, dev)

/* Fault injection, shared by all hosts; written through debugfs. */
static atomic_t vhba_drop_next = ATOMIC_INIT(0);
static atomic_t vhba_busy_next = ATOMIC_INIT(0);
static atomic_t vhba_sense_next = ATOMIC_INIT(0);
static atomic_t vhba_sense_code = ATOMIC_INIT(0);

/*
 * DMA windows ("map registers") as scsa_compat sees them: one per packet
 * bound with scsi_init_pkt(), shared by all hosts.  fail_alloc makes the
 * next N reservations fail, transiently or permanently.
 */
static atomic_t vhba_mr_limit = ATOMIC_INIT(0);
static atomic_t vhba_mr_used = ATOMIC_INIT(0);
static atomic_t vhba_fail_alloc = ATOMIC_INIT(0);
static bool vhba_fail_permanent;

static struct {
	atomic64_t commands;
	atomic64_t reads;
	atomic64_t writes;
	atomic64_t bytes_read;
	atomic64_t bytes_written;
	atomic64_t dropped;
	atomic64_t aborts;
	atomic64_t resets;
	atomic64_t busy;
	atomic64_t sense_injected;
	atomic64_t requeued;
	atomic64_t windows_refused;
	atomic64_t dma_beyond_mask;
	atomic64_t dma_max_addr;
} vhba_stats;

static struct device *vhba_root;
static struct workqueue_struct *vhba_wq;
static struct dentry *vhba_debugfs;
static struct vhba_host **vhba_hosts;

static struct vhba_host *shost_to_vhba(struct Scsi_Host *shost)
{
	return *(struct vhba_host **)shost_priv(shost);
}

/* ---------------------------------------------------------------------- */
/* Data movement                                                           */

/**
 * vhba_note_dma() - check one mapped segment against the adapter's DMA mask
 * @dev: the mapping device
 * @sg: a segment mapped with scsi_dma_map()
 *
 * Counts segments that end beyond the mask (the DMA API should have
 * bounced them) and records the highest bus address seen, so that a test
 * can tell whether memory above a 32-bit mask was involved at all.
 */
static void vhba_note_dma(struct device *dev, struct scatterlist *sg)
{
	u64 end = sg_dma_address(sg) + sg_dma_len(sg) - 1;
	s64 old = atomic64_read(&vhba_stats.dma_max_addr);

	if (end > dma_get_mask(dev))
		atomic64_inc(&vhba_stats.dma_beyond_mask);
	while (end > (u64)old) {
		s64 prev = atomic64_cmpxchg(&vhba_stats.dma_max_addr, old, end);

		if (prev == old)
			break;
		old = prev;
	}
}

/**
 * vhba_dma_copy() - move data like a bus master, through the DMA mapping
 * @vh: the adapter; @vh->shost->dma_dev is the mapping device
 * @cmd: command whose data buffer the worker mapped with scsi_dma_map()
 * @buf: linear kernel buffer (LUN store or response buffer)
 * @len: number of bytes to move
 * @to_initiator: true for data-in (copy @buf into the command's buffer),
 *	false for data-out (copy the command's buffer into @buf)
 *
 * Each mapped segment is accessed at the kernel address of its DMA address,
 * i.e. in the swiotlb bounce buffer when the mapping bounced, so the DMA
 * API's copies in scsi_dma_map()/scsi_dma_unmap() are what moves the data
 * to and from the initiator's pages.  This assumes the dma-direct mapping
 * (no IOMMU translation), which is what a device on this private bus gets.
 *
 * Return: number of bytes moved; less than @len if the buffer is shorter.
 */
static size_t vhba_dma_copy(struct vhba_host *vh, struct scsi_cmnd *cmd,
			    void *buf, size_t len, bool to_initiator)
{
	struct vhba_cmd *vc = scsi_cmd_priv(cmd);
	struct device *dev = vh->shost->dma_dev;
	struct scatterlist *sg;
	size_t done = 0;
	int i;

	for_each_sg(scsi_sglist(cmd), sg, vc->nents, i) {
		size_t n = min_t(size_t, sg_dma_len(sg), len - done);
		void *va;

		if (!n)
			break;
		vhba_note_dma(dev, sg);
		va = phys_to_virt(dma_to_phys(dev, sg_dma_address(sg)));
		if (to_initiator)
			memcpy(va, buf + done, n);
		else
			memcpy(buf + done, va, n);
		done += n;
	}
	return done;
}

static void vhba_check_condition(struct scsi_cmnd *cmd, u8 key, u8 asc,
				 u8 ascq)
{
	/* Sets the result to CHECK CONDITION; fixed-format sense. */
	scsi_build_sense(cmd, 0, key, asc, ascq);
	scsi_set_resid(cmd, scsi_bufflen(cmd));
}

static void vhba_invalid_field(struct scsi_cmnd *cmd)
{
	vhba_check_condition(cmd, ILLEGAL_REQUEST, VHBA_ASC_INVALID_FIELD_CDB, 0);
}

static u8 *vhba_resp_buf(struct vhba_host *vh)
{
	memset(vh->resp, 0, VHBA_RESP_LEN);
	return vh->resp;
}

/**
 * vhba_reply() - return response data of a non-media command
 * @vh: the adapter
 * @cmd: the command
 * @len: bytes of response data built in @vh->resp
 * @alloc_len: the CDB's allocation length
 *
 * Transfers min(@len, @alloc_len) bytes, truncated further by the size of
 * the initiator's buffer, and sets the residual count accordingly.
 */
static void vhba_reply(struct vhba_host *vh, struct scsi_cmnd *cmd,
		       size_t len, size_t alloc_len)
{
	size_t moved = vhba_dma_copy(vh, cmd, vh->resp, min(len, alloc_len),
				     true);

	scsi_set_resid(cmd, scsi_bufflen(cmd) - moved);
}

/* ---------------------------------------------------------------------- */
/* Command emulation                                                       */

typedef void (*vhba_resp_fn)(struct vhba_host *vh, struct vhba_lun *lun,
			     struct scsi_cmnd *cmd);

static int vhba_tgt_index(struct scsi_device *sdev);

static u8 vhba_lun_type(const struct vhba_lun *lun)
{
	return lun->ses ? TYPE_ENCLOSURE : TYPE_DISK;
}

static void vhba_inquiry_std(struct vhba_lun *lun, u8 *b)
{
	const char *product = lun && lun->ses ? VHBA_SES_PRODUCT : VHBA_PRODUCT;

	b[0] = lun ? vhba_lun_type(lun) : 0x7f;	/* PQ 3: no LUN here */
	b[2] = 6;			/* SPC-4 */
	b[3] = 0x12;			/* HISUP, response data format 2 */
	b[4] = 36 - 5;
	if (lun && lun->ses)
		b[6] = 0x40;		/* ENCSERV (SES-2 4.1.2) */
	b[7] = 0x02;			/* CMDQUE */
	memcpy(&b[8], VHBA_VENDOR, 8);
	memset(&b[16], ' ', 16);
	memcpy(&b[16], product, strlen(product));
	memcpy(&b[32], VHBA_REVISION, 4);
}

static int vhba_serial(struct scsi_cmnd *cmd, char *s, size_t size)
{
	struct scsi_device *sdev = cmd->device;

	return scnprintf(s, size, "vhba-%u-%u-%llu", sdev->host->host_no,
			 sdev->id, sdev->lun);
}

/**
 * vhba_inquiry_vpd() - build a vital product data page
 * @vh: the adapter
 * @lun: the logical unit (a disk: no block limits page for the enclosure)
 * @cmd: the INQUIRY command
 * @b: response buffer (zeroed, VHBA_RESP_LEN bytes)
 * @page: page code
 *
 * Return: page length including the 4-byte header, or 0 if @page is not
 * supported.
 */
static size_t vhba_inquiry_vpd(struct vhba_host *vh, struct vhba_lun *lun,
			       struct scsi_cmnd *cmd, u8 *b, u8 page)
{
	struct scsi_device *sdev = cmd->device;
	char serial[40];
	size_t n = 4, slen;
	u64 naa;

	b[0] = vhba_lun_type(lun);
	b[1] = page;
	if (lun->ses && page == 0xb0)	/* block limits: disks only */
		return 0;
	switch (page) {
	case 0x00:			/* supported pages */
		b[n++] = 0x00;
		b[n++] = 0x80;
		b[n++] = 0x83;
		if (!lun->ses)
			b[n++] = 0xb0;
		break;
	case 0x80:			/* unit serial number */
		n += vhba_serial(cmd, (char *)&b[4], 36);
		break;
	case 0x83:			/* device identification */
		/*
		 * NAA locally assigned (3h), binary, LU association:
		 * 3h, 0x5ca, then host, target and LUN, 16 bits each.
		 */
		naa = 3ULL << 60 | 0x5caULL << 48 |
		      (u64)(sdev->host->host_no & 0xffff) << 32 |
		      (u64)(sdev->id & 0xffff) << 16 | (sdev->lun & 0xffff);
		b[n++] = 0x01;
		b[n++] = 0x03;
		n++;
		b[n++] = 8;
		put_unaligned_be64(naa, &b[n]);
		n += 8;
		/* T10 vendor ID, ASCII, LU association */
		slen = vhba_serial(cmd, serial, sizeof(serial));
		b[n++] = 0x02;
		b[n++] = 0x01;
		n++;
		b[n++] = 8 + slen;
		memcpy(&b[n], VHBA_VENDOR, 8);
		memcpy(&b[n + 8], serial, slen);
		n += 8 + slen;
		break;
	case 0xb0:			/* block limits */
		/* maximum transfer length, in logical blocks */
		put_unaligned_be32(vh->shost->max_sectors / (sector_size >> 9),
				   &b[8]);
		n = 64;
		break;
	default:
		return 0;
	}
	put_unaligned_be16(n - 4, &b[2]);
	return n;
}

static void vhba_resp_inquiry(struct vhba_host *vh, struct vhba_lun *lun,
			      struct scsi_cmnd *cmd)
{
	const u8 *cdb = cmd->cmnd;
	u32 alloc_len = get_unaligned_be16(&cdb[3]);
	u8 *b = vhba_resp_buf(vh);
	size_t n;

	if (cdb[1] & 0x02) {		/* CmdDt is obsolete */
		vhba_invalid_field(cmd);
		return;
	}
	if (!(cdb[1] & 0x01)) {
		if (cdb[2]) {
			vhba_invalid_field(cmd);
			return;
		}
		vhba_inquiry_std(lun, b);
		vhba_reply(vh, cmd, 36, alloc_len);
		return;
	}
	if (!lun) {
		vhba_check_condition(cmd, ILLEGAL_REQUEST,
				     VHBA_ASC_LUN_NOT_SUPPORTED, 0);
		return;
	}
	n = vhba_inquiry_vpd(vh, lun, cmd, b, cdb[2]);
	if (!n) {
		vhba_invalid_field(cmd);
		return;
	}
	vhba_reply(vh, cmd, n, alloc_len);
}

static void vhba_resp_request_sense(struct vhba_host *vh, struct vhba_lun *lun,
				    struct scsi_cmnd *cmd)
{
	const u8 *cdb = cmd->cmnd;
	u8 key = lun ? NO_SENSE : ILLEGAL_REQUEST;
	u8 asc = lun ? 0 : VHBA_ASC_LUN_NOT_SUPPORTED;
	u8 *b = vhba_resp_buf(vh);

	/* Sense is always delivered with the failing command: nothing pending. */
	if (cdb[1] & 0x01) {		/* DESC: descriptor format */
		b[0] = 0x72;
		b[1] = key;
		b[2] = asc;
		vhba_reply(vh, cmd, 8, cdb[4]);
	} else {
		b[0] = 0x70;
		b[2] = key;
		b[7] = 10;
		b[12] = asc;
		vhba_reply(vh, cmd, 18, cdb[4]);
	}
}

static void vhba_resp_good(struct vhba_host *vh, struct vhba_lun *lun,
			   struct scsi_cmnd *cmd)
{
	/* TEST UNIT READY, START STOP UNIT, SYNCHRONIZE CACHE: RAM is ready. */
}

static void vhba_resp_readcap10(struct vhba_host *vh, struct vhba_lun *lun,
				struct scsi_cmnd *cmd)
{
	u8 *b = vhba_resp_buf(vh);
	u64 last = lun->nblocks - 1;

	put_unaligned_be32(last > 0xfffffffeULL ? 0xffffffff : (u32)last, &b[0]);
	put_unaligned_be32(sector_size, &b[4]);
	vhba_reply(vh, cmd, 8, 8);
}

static void vhba_resp_service_action_in(struct vhba_host *vh,
					struct vhba_lun *lun,
					struct scsi_cmnd *cmd)
{
	const u8 *cdb = cmd->cmnd;
	u8 *b;

	if ((cdb[1] & 0x1f) != SAI_READ_CAPACITY_16) {
		vhba_invalid_field(cmd);
		return;
	}
	b = vhba_resp_buf(vh);
	put_unaligned_be64(lun->nblocks - 1, &b[0]);
	put_unaligned_be32(sector_size, &b[8]);
	vhba_reply(vh, cmd, 32, get_unaligned_be32(&cdb[10]));
}

/**
 * vhba_lba_check() - validate a media access range
 * @lun: the logical unit
 * @cmd: the command, ends in CHECK CONDITION if the range is invalid
 * @lba: first logical block
 * @nblk: number of blocks
 *
 * Return: true if the range is inside the medium.
 */
static bool vhba_lba_check(struct vhba_lun *lun, struct scsi_cmnd *cmd,
			   u64 lba, u32 nblk)
{
	if (lba >= lun->nblocks || nblk > lun->nblocks - lba) {
		vhba_check_condition(cmd, ILLEGAL_REQUEST,
				     VHBA_ASC_LBA_OUT_OF_RANGE, 0);
		return false;
	}
	return true;
}

/**
 * vhba_resp_rw() - READ(6/10/16) and WRITE(6/10/16)
 * @vh: the adapter
 * @lun: the logical unit
 * @cmd: the command
 *
 * Moves min(transfer length, buffer length) bytes between the store and the
 * initiator's buffer through the DMA mapping; the rest is residual.
 */
static void vhba_resp_rw(struct vhba_host *vh, struct vhba_lun *lun,
			 struct scsi_cmnd *cmd)
{
	const u8 *cdb = cmd->cmnd;
	bool write = false;
	size_t len, moved;
	u64 lba;
	u32 nblk;

	switch (cdb[0]) {
	case WRITE_6:
		write = true;
		fallthrough;
	case READ_6:
		lba = get_unaligned_be24(&cdb[1]) & 0x1fffff;
		nblk = cdb[4] ? cdb[4] : 256;
		break;
	case WRITE_10:
		write = true;
		fallthrough;
	case READ_10:
		lba = get_unaligned_be32(&cdb[2]);
		nblk = get_unaligned_be16(&cdb[7]);
		break;
	case WRITE_16:
		write = true;
		fallthrough;
	default:			/* READ_16 */
		lba = get_unaligned_be64(&cdb[2]);
		nblk = get_unaligned_be32(&cdb[10]);
		break;
	}
	if (!vhba_lba_check(lun, cmd, lba, nblk))
		return;

	len = min_t(u64, (u64)nblk * sector_size, scsi_bufflen(cmd));
	moved = vhba_dma_copy(vh, cmd, lun->store + lba * sector_size, len,
			      !write);
	scsi_set_resid(cmd, scsi_bufflen(cmd) - moved);
	if (write) {
		atomic64_inc(&vhba_stats.writes);
		atomic64_add(moved, &vhba_stats.bytes_written);
	} else {
		atomic64_inc(&vhba_stats.reads);
		atomic64_add(moved, &vhba_stats.bytes_read);
	}
}

static void vhba_resp_verify(struct vhba_host *vh, struct vhba_lun *lun,
			     struct scsi_cmnd *cmd)
{
	const u8 *cdb = cmd->cmnd;

	/* Range check only; any BYTCHK data is accepted unchecked. */
	if (cdb[0] == VERIFY)
		vhba_lba_check(lun, cmd, get_unaligned_be32(&cdb[2]),
			       get_unaligned_be16(&cdb[7]));
	else
		vhba_lba_check(lun, cmd, get_unaligned_be64(&cdb[2]),
			       get_unaligned_be32(&cdb[10]));
}

/**
 * vhba_mode_page() - build one mode page
 * @page: page code (0x08 caching or 0x0a control)
 * @pc: page control: 0 current, 1 changeable, 2 default
 * @p: where to build it
 *
 * Return: page length in bytes.
 */
static size_t vhba_mode_page(u8 page, u8 pc, u8 *p)
{
	if (page == 0x08) {		/* caching */
		p[0] = 0x08;
		p[1] = 0x12;
		if (pc != 1)
			p[2] = 0x04;	/* WCE; nothing is changeable */
		return 20;
	}
	p[0] = 0x0a;			/* control; D_SENSE 0: fixed sense */
	p[1] = 0x0a;
	return 12;
}

static void vhba_resp_mode_sense(struct vhba_host *vh, struct vhba_lun *lun,
				 struct scsi_cmnd *cmd)
{
	const u8 *cdb = cmd->cmnd;
	bool ten = cdb[0] == MODE_SENSE_10;
	bool llba = ten && (cdb[1] & 0x10);
	u8 pc = cdb[2] >> 6, page = cdb[2] & 0x3f, subpage = cdb[3];
	size_t hdr = ten ? 8 : 4, bdlen = 0, n;
	u32 alloc_len = ten ? get_unaligned_be16(&cdb[7]) : cdb[4];
	u8 *b, *p;

	if (pc == 3) {
		vhba_check_condition(cmd, ILLEGAL_REQUEST,
				     VHBA_ASC_SAVING_NOT_SUPPORTED, 0);
		return;
	}
	if (subpage && !(page == 0x3f && subpage == 0xff)) {
		vhba_invalid_field(cmd);
		return;
	}
	if (page != 0x08 && page != 0x0a && page != 0x3f) {
		vhba_invalid_field(cmd);
		return;
	}

	b = vhba_resp_buf(vh);
	if (!(cdb[1] & 0x08)) {		/* DBD clear: block descriptor */
		p = &b[hdr];
		if (llba) {
			bdlen = 16;
			put_unaligned_be64(lun->nblocks, &p[0]);
			put_unaligned_be32(sector_size, &p[12]);
		} else {
			bdlen = 8;
			put_unaligned_be32(min_t(u64, lun->nblocks, 0xffffff),
					   &p[0]);
			p[0] = 0;	/* density code */
			put_unaligned_be32(sector_size, &p[4]);
		}
	}
	p = &b[hdr + bdlen];
	n = 0;
	if (page == 0x08 || page == 0x3f)
		n += vhba_mode_page(0x08, pc, p + n);
	if (page == 0x0a || page == 0x3f)
		n += vhba_mode_page(0x0a, pc, p + n);
	n += hdr + bdlen;

	/* Device-specific parameter: not write protected, DPOFUA. */
	if (ten) {
		put_unaligned_be16(n - 2, &b[0]);
		b[3] = 0x10;
		b[4] = llba ? 0x01 : 0;
		put_unaligned_be16(bdlen, &b[6]);
	} else {
		b[0] = n - 1;
		b[2] = 0x10;
		b[3] = bdlen;
	}
	vhba_reply(vh, cmd, n, alloc_len);
}

static void vhba_resp_report_luns(struct vhba_host *vh, struct vhba_lun *lun,
				  struct scsi_cmnd *cmd)
{
	const u8 *cdb = cmd->cmnd;
	u32 alloc_len = get_unaligned_be32(&cdb[6]);
	unsigned int i, count = num_luns;
	bool ses = vh->ses_lu.ses && vhba_tgt_index(cmd->device) == 0;
	u8 *b;

	switch (cdb[2]) {		/* SELECT REPORT */
	case 0x00:
	case 0x02:
		break;
	case 0x01:			/* well-known LUNs only: none */
		count = 0;
		ses = false;
		break;
	default:
		vhba_invalid_field(cmd);
		return;
	}
	if (alloc_len < 4) {
		vhba_invalid_field(cmd);
		return;
	}
	b = vhba_resp_buf(vh);
	for (i = 0; i < count; i++)
		int_to_scsilun(i, (struct scsi_lun *)&b[8 + 8 * i]);
	if (ses)			/* ses_lun >= num_luns: listed last */
		int_to_scsilun(ses_lun, (struct scsi_lun *)&b[8 + 8 * count++]);
	put_unaligned_be32(count * 8, &b[0]);
	vhba_reply(vh, cmd, 8 + 8 * count, alloc_len);
}

/* ---------------------------------------------------------------------- */
/* SCSI enclosure services LUN                                             */

/*
 * With ses_lun=N, target 0 of every host has LUN N as well: a standalone
 * enclosure services process as SES-2 describes it (peripheral device type
 * 0Dh, ENCSERV set in the standard INQUIRY data), for one enclosure without
 * subenclosures.  Its elements, in the order of the type descriptor headers:
 *
 *	type 17h array device slot	4 elements	"Slot0" .. "Slot3"
 *	type 02h power supply		1		"PSU0"
 *	type 03h cooling		2		"Fan0", "Fan1"
 *	type 04h temperature sensor	1		"Temp0"
 *
 * Element numbers (debugfs elem<N>) count the individual elements in that
 * order, 0..7, without the overall elements.
 *
 * Commands: TEST UNIT READY, INQUIRY (standard data and the VPD pages 00h,
 * 80h and 83h), REQUEST SENSE, REPORT LUNS, RECEIVE DIAGNOSTIC RESULTS and
 * SEND DIAGNOSTIC; anything else ends in ILLEGAL REQUEST, INVALID COMMAND
 * OPERATION CODE.
 *
 * RECEIVE DIAGNOSTIC RESULTS with PCV=1 returns the pages 00h (supported
 * diagnostic pages: 00h, 01h, 02h, 07h), 01h (configuration: the enclosure
 * descriptor with logical identifier, vendor, product and revision, the
 * four type descriptor headers and their texts), 02h (enclosure status:
 * INFO/NON-CRIT/CRIT/UNRECOV, the generation code, an overall status
 * element per type, whose status code is 0 "unsupported", and one status
 * element per element) and 07h (element descriptor: the texts above).  With
 * PCV=0 (page code 0) it returns the page the last SEND DIAGNOSTIC sent
 * (00h, or 02h as the status page), 00h before any.  An unsupported page,
 * or PCV=0 with a page code: ILLEGAL REQUEST, INVALID FIELD IN CDB (24h/00h).
 * The allocation length truncates the page; the residual says how much.
 *
 * SEND DIAGNOSTIC: SELFTEST=1 without a parameter list is the default self
 * test and passes.  A self-test code, PF=0 with a parameter list, or a
 * parameter list length that truncates the page (also: one shorter than the
 * 4-byte page header) is INVALID FIELD IN CDB, as SPC-4 says.  With PF=1 the
 * page is 00h (accepted, selects what PCV=0 returns) or 02h (enclosure
 * control); any other page code, a control page of the wrong length or one
 * whose EXPECTED GENERATION CODE is not the current generation code is
 * INVALID FIELD IN PARAMETER LIST (26h/00h), and nothing is changed.
 *
 * Enclosure control: the INFO/NON-CRIT/CRIT/UNRECOV request bits are kept
 * until the next control page and are ORed into those of the status page
 * (which also reports CRIT, NON-CRIT and UNRECOV when an element has that
 * status).  An individual control element with SELECT set is stored; the
 * bits it controls then show in that element's status (see ctl_mask below:
 * PRDFAIL, DISABLE; for device slots RQST IDENT, RQST REMOVE, RQST INSERT,
 * DO NOT REMOVE, RQST FAULT, DEVICE OFF, ENABLE BYP A/B and the array
 * device slot byte 1; for the others RQST IDENT, RQST FAIL and, for power
 * supplies and fans, RQST ON, whose absence shows as OFF).  RST SWAP clears
 * the SWAP bit.  Control elements without SELECT and the overall control
 * elements change nothing.
 *
 * The rest of each status element (the element status code, temperature,
 * fan speed, FAULT SENSED, ...) is the "environment", set through debugfs
 * (scsa_vhba/ses<index>/elem<N>).  The generation code starts at 1 and is
 * changed only through debugfs (scsa_vhba/ses<index>/generation), which
 * stands for a configuration change; the pages are built from the same
 * state under one lock, so a page never mixes two generations.
 */

#define VHBA_SES_NTYPES		4
#define VHBA_SES_NELEM		8
#define VHBA_SES_PAGE2_LEN	(8 + 4 * (VHBA_SES_NTYPES + VHBA_SES_NELEM))

/* Element type codes (SES-2) */
#define VHBA_SES_ET_POWER	0x02
#define VHBA_SES_ET_COOLING	0x03
#define VHBA_SES_ET_TEMP	0x04
#define VHBA_SES_ET_ARRAY_SLOT	0x17

/* Element status codes (SES-2), byte 0 bits 3-0 of a status element */
static const char * const vhba_ses_codes[] = {
	"unsupported", "ok", "crit", "noncrit", "unrecov", "notinstalled",
	"unknown", "notavail", "noaccess",
};

/* Page byte 1 of the enclosure status page */
#define VHBA_SES_UNRECOV	0x01
#define VHBA_SES_CRIT		0x02
#define VHBA_SES_NONCRIT	0x04

/**
 * struct vhba_ses_type - one element type of the enclosure
 * @code: element type code
 * @count: number of elements (NUMBER OF POSSIBLE ELEMENTS)
 * @name: type name in debugfs
 * @text: type descriptor text (configuration page)
 * @overall: descriptor text of the overall element (element descriptor page)
 * @elem: descriptor text of an element, followed by its number in the type
 * @ctl_mask: status bits that come from the stored control element
 * @env_init: status bits of the environment at load
 * @ctl_init: control element at load
 */
struct vhba_ses_type {
	u8 code;
	u8 count;
	const char *name;
	const char *text;
	const char *overall;
	const char *elem;
	u8 ctl_mask[4];
	u8 env_init[4];
	u8 ctl_init[4];
};

static const struct vhba_ses_type vhba_ses_types[VHBA_SES_NTYPES] = {
	{ VHBA_SES_ET_ARRAY_SLOT, 4, "array_device_slot",
	  "Array device slots", "Slots", "Slot",
	  { 0x60, 0xff, 0x4e, 0x3c }, { 0x01, 0, 0, 0 }, { 0, 0, 0, 0 } },
	{ VHBA_SES_ET_POWER, 1, "power_supply",
	  "Power supply", "PSUs", "PSU",
	  { 0x60, 0x80, 0x00, 0x60 }, { 0x01, 0, 0, 0 }, { 0, 0, 0, 0x20 } },
	/* 3000 rpm (300 in units of 10 rpm), speed code 3 */
	{ VHBA_SES_ET_COOLING, 2, "cooling",
	  "Cooling fans", "Fans", "Fan",
	  { 0x60, 0x80, 0x00, 0x60 }, { 0x01, 0x01, 0x2c, 0x03 },
	  { 0, 0, 0, 0x20 } },
	/* 25 degrees Celsius: 25 + 20 */
	{ VHBA_SES_ET_TEMP, 1, "temperature_sensor",
	  "Temperature sensor", "Temps", "Temp",
	  { 0x60, 0xc0, 0x00, 0x00 }, { 0x01, 0, 45, 0 }, { 0, 0, 0, 0 } },
};

/**
 * struct vhba_ses_elem - one individual element
 * @ses: the enclosure it belongs to
 * @type: its type
 * @nth: its number within the type
 * @env: status bytes the environment (debugfs) sets
 * @ctl: the last control element with SELECT set the host sent
 */
struct vhba_ses_elem {
	struct vhba_ses *ses;
	const struct vhba_ses_type *type;
	unsigned int nth;
	u8 env[4];
	u8 ctl[4];
};

/**
 * struct vhba_ses - the enclosure services process of one host
 * @lock: protects everything below; taken by the worker (building and
 *	parsing pages) and by the debugfs handlers, both in process context
 * @vh: the adapter
 * @gen: generation code
 * @rqst_flags: INFO/NON-CRIT/CRIT/UNRECOV requested by the last control page
 * @last_sent: page code of the last page SEND DIAGNOSTIC accepted
 * @elem: the individual elements, in page order
 */
struct vhba_ses {
	spinlock_t lock;
	struct vhba_host *vh;
	u32 gen;
	u8 rqst_flags;
	u8 last_sent;
	struct vhba_ses_elem elem[VHBA_SES_NELEM];
};

static void vhba_ses_elem_reset(struct vhba_ses_elem *e)
{
	memcpy(e->env, e->type->env_init, 4);
	memcpy(e->ctl, e->type->ctl_init, 4);
}

/**
 * vhba_ses_elem_status() - the status element of one element, as reported
 * @e: the element; its enclosure's lock is held
 * @out: 4 bytes
 *
 * The environment's bits, overlaid with those the stored control element
 * controls.  Byte 0 bit 7 is reserved in a status element.
 */
static void vhba_ses_elem_status(const struct vhba_ses_elem *e, u8 *out)
{
	const u8 *m = e->type->ctl_mask;
	int i;

	for (i = 0; i < 4; i++)
		out[i] = (e->env[i] & ~m[i]) | (e->ctl[i] & m[i]);
	out[0] &= 0x7f;
	if (e->type->code == VHBA_SES_ET_POWER ||
	    e->type->code == VHBA_SES_ET_COOLING) {
		if (out[3] & 0x20)		/* RQSTED ON */
			out[3] &= ~0x10;
		else
			out[3] |= 0x10;		/* OFF */
	}
}

static u8 vhba_ses_flags(const struct vhba_ses *ses)
{
	u8 flags = ses->rqst_flags, st[4];
	int i;

	for (i = 0; i < VHBA_SES_NELEM; i++) {
		vhba_ses_elem_status(&ses->elem[i], st);
		switch (st[0] & 0x0f) {
		case 2:
			flags |= VHBA_SES_CRIT;
			break;
		case 3:
			flags |= VHBA_SES_NONCRIT;
			break;
		case 4:
			flags |= VHBA_SES_UNRECOV;
			break;
		}
	}
	return flags;
}

static size_t vhba_ses_text(u8 *p, const char *s)
{
	size_t n = strlen(s);

	memcpy(p, s, n);
	return n;
}

/**
 * vhba_ses_page() - build a diagnostic page of the enclosure
 * @ses: the enclosure; its lock is held
 * @page: page code
 * @b: zeroed buffer of VHBA_RESP_LEN bytes (every page is far smaller)
 *
 * Return: the page length including its 4-byte header, or 0 if @page is
 * not supported.
 */
static size_t vhba_ses_page(struct vhba_ses *ses, u8 page, u8 *b)
{
	struct Scsi_Host *shost = ses->vh->shost;
	size_t n = 8;
	u8 *d;
	int t, j, e = 0;

	b[0] = page;
	switch (page) {
	case 0x00:			/* supported diagnostic pages */
		b[4] = 0x00;
		b[5] = 0x01;
		b[6] = 0x02;
		b[7] = 0x07;
		put_unaligned_be16(4, &b[2]);
		return 8;
	case 0x01:			/* configuration */
		d = &b[8];		/* the enclosure descriptor */
		d[0] = 0x11;		/* process 1 of 1 */
		d[1] = 0;		/* subenclosure identifier */
		d[2] = VHBA_SES_NTYPES;
		d[3] = 36;		/* enclosure descriptor length */
		/* NAA 3h, like the LUNs' names, with 0xffff for the target */
		put_unaligned_be64(3ULL << 60 | 0x5caULL << 48 |
				   (u64)(shost->host_no & 0xffff) << 32 |
				   0xffffULL << 16 | (ses_lun & 0xffff), &d[4]);
		memcpy(&d[12], VHBA_VENDOR, 8);
		memset(&d[20], ' ', 16);
		vhba_ses_text(&d[20], VHBA_SES_PRODUCT);
		memcpy(&d[36], VHBA_REVISION, 4);
		n += 40;
		for (t = 0; t < VHBA_SES_NTYPES; t++, n += 4) {
			b[n] = vhba_ses_types[t].code;
			b[n + 1] = vhba_ses_types[t].count;
			b[n + 2] = 0;
			b[n + 3] = strlen(vhba_ses_types[t].text);
		}
		for (t = 0; t < VHBA_SES_NTYPES; t++)
			n += vhba_ses_text(&b[n], vhba_ses_types[t].text);
		break;
	case 0x02:			/* enclosure status */
		b[1] = vhba_ses_flags(ses);
		for (t = 0; t < VHBA_SES_NTYPES; t++) {
			n += 4;		/* overall status: unsupported */
			for (j = 0; j < vhba_ses_types[t].count; j++, n += 4)
				vhba_ses_elem_status(&ses->elem[e++], &b[n]);
		}
		break;
	case 0x07:			/* element descriptor */
		for (t = 0; t < VHBA_SES_NTYPES; t++) {
			const struct vhba_ses_type *ty = &vhba_ses_types[t];
			size_t len = vhba_ses_text(&b[n + 4], ty->overall);

			put_unaligned_be16(len, &b[n + 2]);
			n += 4 + len;
			for (j = 0; j < ty->count; j++) {
				len = sprintf((char *)&b[n + 4], "%s%d",
					      ty->elem, j);
				put_unaligned_be16(len, &b[n + 2]);
				n += 4 + len;
			}
		}
		break;
	default:
		return 0;
	}
	put_unaligned_be16(n - 4, &b[2]);
	put_unaligned_be32(ses->gen, &b[4]);
	return n;
}

/**
 * vhba_ses_control() - apply an enclosure control page
 * @ses: the enclosure; its lock is held
 * @p: the page, at least 4 + its page length bytes
 *
 * Checks the whole page before changing anything.
 *
 * Return: 0, or the additional sense code to fail the command with.
 */
static u8 vhba_ses_control(struct vhba_ses *ses, const u8 *p)
{
	size_t off = 8;
	int t, j, e = 0;

	if (get_unaligned_be16(&p[2]) + 4 != VHBA_SES_PAGE2_LEN ||
	    get_unaligned_be32(&p[4]) != ses->gen)
		return VHBA_ASC_INVALID_FIELD_PARAM;

	ses->rqst_flags = p[1] & 0x0f;
	for (t = 0; t < VHBA_SES_NTYPES; t++) {
		off += 4;		/* overall control: not used */
		for (j = 0; j < vhba_ses_types[t].count; j++, e++, off += 4) {
			struct vhba_ses_elem *el = &ses->elem[e];

			if (!(p[off] & 0x80))	/* SELECT */
				continue;
			memcpy(el->ctl, &p[off], 4);
			if (p[off] & 0x10)	/* RST SWAP */
				el->env[0] &= ~0x10;
		}
	}
	return 0;
}

static void vhba_ses_resp_recv_diag(struct vhba_host *vh, struct vhba_lun *lun,
				    struct scsi_cmnd *cmd)
{
	const u8 *cdb = cmd->cmnd;
	struct vhba_ses *ses = lun->ses;
	u8 page = cdb[2], *b;
	size_t n;

	if (!(cdb[1] & 0x01)) {		/* PCV 0: the last page sent */
		if (page) {
			vhba_invalid_field(cmd);
			return;
		}
		page = READ_ONCE(ses->last_sent);
	}
	b = vhba_resp_buf(vh);
	spin_lock(&ses->lock);
	n = vhba_ses_page(ses, page, b);
	spin_unlock(&ses->lock);
	if (!n) {
		vhba_invalid_field(cmd);
		return;
	}
	vhba_reply(vh, cmd, n, get_unaligned_be16(&cdb[3]));
}

static void vhba_ses_resp_send_diag(struct vhba_host *vh, struct vhba_lun *lun,
				    struct scsi_cmnd *cmd)
{
	const u8 *cdb = cmd->cmnd;
	struct vhba_ses *ses = lun->ses;
	u32 plen = get_unaligned_be16(&cdb[3]);
	u8 code = cdb[1] >> 5, *b, asc = 0;
	size_t moved;

	if (cdb[1] & 0x04) {		/* SELFTEST: the default self test */
		if (code || plen)
			vhba_invalid_field(cmd);
		return;
	}
	if (code) {			/* background/foreground self tests */
		vhba_invalid_field(cmd);
		return;
	}
	if (!plen)
		return;
	if (!(cdb[1] & 0x10) || plen > VHBA_RESP_LEN) {	/* PF */
		vhba_invalid_field(cmd);
		return;
	}
	b = vhba_resp_buf(vh);
	moved = vhba_dma_copy(vh, cmd, b, plen, false);
	scsi_set_resid(cmd, scsi_bufflen(cmd) - moved);
	if (moved < plen || plen < 4 || plen < 4 + get_unaligned_be16(&b[2])) {
		vhba_invalid_field(cmd);	/* a truncated page */
		return;
	}
	switch (b[0]) {
	case 0x00:
		WRITE_ONCE(ses->last_sent, 0x00);
		break;
	case 0x02:
		spin_lock(&ses->lock);
		asc = vhba_ses_control(ses, b);
		spin_unlock(&ses->lock);
		if (!asc)
			WRITE_ONCE(ses->last_sent, 0x02);
		break;
	default:
		asc = VHBA_ASC_INVALID_FIELD_PARAM;
		break;
	}
	if (asc)
		vhba_check_condition(cmd, ILLEGAL_REQUEST, asc, 0);
}

/* debugfs: scsa_vhba/ses<index>/{elem<N>,generation,hctl} */

static ssize_t vhba_ses_elem_read(struct file *file, char __user *ubuf,
				  size_t count, loff_t *ppos)
{
	struct vhba_ses_elem *e = file->private_data;
	struct vhba_ses *ses = e->ses;
	const char *type = e->type->name;
	u8 st[4], ctl[4];
	char buf[256];
	int len, fault, ident;

	spin_lock(&ses->lock);
	vhba_ses_elem_status(e, st);
	memcpy(ctl, e->ctl, 4);
	spin_unlock(&ses->lock);

	switch (e->type->code) {
	case VHBA_SES_ET_ARRAY_SLOT:
		ident = !!(st[2] & 0x02);
		fault = !!(st[3] & 0x60);	/* FAULT SENSED, FAULT REQSTD */
		break;
	case VHBA_SES_ET_TEMP:
		ident = !!(st[1] & 0x80);
		fault = !!(st[1] & 0x40);
		break;
	default:
		ident = !!(st[1] & 0x80);
		fault = !!(st[3] & 0x40);
		break;
	}
	len = scnprintf(buf, sizeof(buf),
			"type %s\nstatus %s\nbytes 0x%02x 0x%02x 0x%02x 0x%02x\ncontrol 0x%02x 0x%02x 0x%02x 0x%02x\nident %d\nfault %d\n",
			type, (st[0] & 0x0f) < ARRAY_SIZE(vhba_ses_codes) ?
			vhba_ses_codes[st[0] & 0x0f] : "reserved",
			st[0], st[1], st[2], st[3],
			ctl[0], ctl[1], ctl[2], ctl[3], ident, fault);
	if (e->type->code == VHBA_SES_ET_TEMP)
		len += scnprintf(buf + len, sizeof(buf) - len, "temp %d\n",
				 st[2] ? st[2] - 20 : 0);
	if (e->type->code == VHBA_SES_ET_COOLING)
		len += scnprintf(buf + len, sizeof(buf) - len, "rpm %d\n",
				 ((st[1] & 0x07) << 8 | st[2]) * 10);
	return simple_read_from_buffer(ubuf, count, ppos, buf, len);
}

/**
 * vhba_ses_elem_write() - set the environment of one element (debugfs)
 * @file: scsa_vhba/ses<index>/elem<N>; private data: the element
 * @ubuf: one of: a status code word (ok, crit, noncrit, unrecov,
 *	notinstalled, unknown, notavail, noaccess, unsupported); four numbers,
 *	the status bytes (decimal or 0x hex; bits a control element owns are
 *	overlaid when reported); "temp <degrees C>" (-19..235, temperature
 *	sensors); "rpm <n>" (0..20470, cooling); "reset" (the state at load,
 *	control element included)
 * @count: its length, less than 64 bytes
 * @ppos: unused
 *
 * Context: process context.
 * Return: @count, -EINVAL for anything else, -EFAULT.
 */
static ssize_t vhba_ses_elem_write(struct file *file, const char __user *ubuf,
				   size_t count, loff_t *ppos)
{
	struct vhba_ses_elem *e = file->private_data;
	struct vhba_ses *ses = e->ses;
	char buf[64], *s, *word;
	int v[4], i, pos = 0;

	if (count >= sizeof(buf))
		return -EINVAL;
	if (copy_from_user(buf, ubuf, count))
		return -EFAULT;
	buf[count] = '\0';
	s = strim(buf);

	if (sscanf(s, "%i %i %i %i%n", &v[0], &v[1], &v[2], &v[3], &pos) == 4 &&
	    !s[pos]) {
		for (i = 0; i < 4; i++)
			if (v[i] < 0 || v[i] > 0xff)
				return -EINVAL;
		spin_lock(&ses->lock);
		for (i = 0; i < 4; i++)
			e->env[i] = v[i];
		spin_unlock(&ses->lock);
		return count;
	}
	word = strsep(&s, " \t");
	if (s) {			/* "temp C", "rpm N" */
		if (kstrtoint(skip_spaces(s), 0, &v[0]))
			return -EINVAL;
		if (!strcmp(word, "temp") && e->type->code == VHBA_SES_ET_TEMP &&
		    v[0] >= -19 && v[0] <= 235) {
			spin_lock(&ses->lock);
			e->env[2] = v[0] + 20;
			spin_unlock(&ses->lock);
			return count;
		}
		if (!strcmp(word, "rpm") && e->type->code == VHBA_SES_ET_COOLING &&
		    v[0] >= 0 && v[0] <= 20470) {
			spin_lock(&ses->lock);
			e->env[1] = (e->env[1] & ~0x07) | (v[0] / 10) >> 8;
			e->env[2] = (v[0] / 10) & 0xff;
			spin_unlock(&ses->lock);
			return count;
		}
		return -EINVAL;
	}
	if (!strcmp(word, "reset")) {
		spin_lock(&ses->lock);
		vhba_ses_elem_reset(e);
		spin_unlock(&ses->lock);
		return count;
	}
	for (i = 0; i < ARRAY_SIZE(vhba_ses_codes); i++) {
		if (strcmp(word, vhba_ses_codes[i]))
			continue;
		spin_lock(&ses->lock);
		e->env[0] = (e->env[0] & ~0x0f) | i;
		spin_unlock(&ses->lock);
		return count;
	}
	return -EINVAL;
}

static const struct file_operations vhba_ses_elem_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= vhba_ses_elem_read,
	.write	= vhba_ses_elem_write,
	.llseek	= default_llseek,
};

static int vhba_ses_gen_get(void *data, u64 *val)
{
	struct vhba_ses *ses = data;

	spin_lock(&ses->lock);
	*val = ses->gen;
	spin_unlock(&ses->lock);
	return 0;
}

/* A new generation code: the configuration changed. */
static int vhba_ses_gen_set(void *data, u64 val)
{
	struct vhba_ses *ses = data;

	if (val > U32_MAX)
		return -EINVAL;
	spin_lock(&ses->lock);
	ses->gen = val;
	spin_unlock(&ses->lock);
	return 0;
}
DEFINE_DEBUGFS_ATTRIBUTE(vhba_ses_gen_fops, vhba_ses_gen_get, vhba_ses_gen_set,
			 "%llu\n");

static int vhba_ses_hctl_show(struct seq_file *m, void *unused)
{
	struct vhba_ses *ses = m->private;

	seq_printf(m, "%u:0:0:%d\n", ses->vh->shost->host_no, ses_lun);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(vhba_ses_hctl);

/**
 * vhba_ses_debugfs_add() - create scsa_vhba/ses<index>/ for a host
 * @vh: the adapter, with its Scsi_Host added
 *
 * Removed by vhba_ses_debugfs_remove() before the host goes.
 */
static void vhba_ses_debugfs_add(struct vhba_host *vh)
{
	struct vhba_ses *ses = vh->ses_lu.ses;
	char name[16];
	int i;

	if (!ses)
		return;
	snprintf(name, sizeof(name), "ses%u", vh->index);
	vh->ses_dbg = debugfs_create_dir(name, vhba_debugfs);
	for (i = 0; i < VHBA_SES_NELEM; i++) {
		snprintf(name, sizeof(name), "elem%d", i);
		debugfs_create_file(name, 0600, vh->ses_dbg, &ses->elem[i],
				    &vhba_ses_elem_fops);
	}
	debugfs_create_file_unsafe("generation", 0600, vh->ses_dbg, ses,
				   &vhba_ses_gen_fops);
	debugfs_create_file("hctl", 0444, vh->ses_dbg, ses,
			    &vhba_ses_hctl_fops);
}

static void vhba_ses_debugfs_remove(struct vhba_host *vh)
{
	debugfs_remove_recursive(vh->ses_dbg);
	vh->ses_dbg = NULL;
}

/**
 * vhba_ses_alloc() - the enclosure of a host, if ses_lun asks for one
 * @vh: the adapter
 *
 * Return: 0 or -ENOMEM; the enclosure is freed by vhba_free_luns().
 */
static int vhba_ses_alloc(struct vhba_host *vh)
{
	struct vhba_ses *ses;
	int t, j, e = 0;

	if (ses_lun < 0)
		return 0;
	ses = kzalloc(sizeof(*ses), GFP_KERNEL);
	if (!ses)
		return -ENOMEM;
	spin_lock_init(&ses->lock);
	ses->vh = vh;
	ses->gen = 1;
	for (t = 0; t < VHBA_SES_NTYPES; t++) {
		for (j = 0; j < vhba_ses_types[t].count; j++, e++) {
			ses->elem[e].ses = ses;
			ses->elem[e].type = &vhba_ses_types[t];
			ses->elem[e].nth = j;
			vhba_ses_elem_reset(&ses->elem[e]);
		}
	}
	vh->ses_lu.ses = ses;
	return 0;
}

/* Flags of &struct vhba_opcode */
#define VHBA_F_ANY_LUN	0x01	/* valid for a LUN that does not exist */
#define VHBA_F_NO_SENSE_INJ 0x02 /* never hit by sense_next */

/**
 * struct vhba_opcode - one entry of the dispatch table
 * @fn: responder; NULL means the opcode is not supported
 * @min_len: minimum CDB length
 * @dir: data direction the responder needs (DMA_NONE: no data moved)
 * @flags: %VHBA_F_ANY_LUN, %VHBA_F_NO_SENSE_INJ
 */
struct vhba_opcode {
	vhba_resp_fn fn;
	u8 min_len;
	u8 dir;
	u8 flags;
};

static const struct vhba_opcode vhba_opcodes[256] = {
	[TEST_UNIT_READY]	= { vhba_resp_good, 6, DMA_NONE, 0 },
	[REQUEST_SENSE]		= { vhba_resp_request_sense, 6, DMA_FROM_DEVICE,
				    VHBA_F_ANY_LUN | VHBA_F_NO_SENSE_INJ },
	[READ_6]		= { vhba_resp_rw, 6, DMA_FROM_DEVICE, 0 },
	[WRITE_6]		= { vhba_resp_rw, 6, DMA_TO_DEVICE, 0 },
	[INQUIRY]		= { vhba_resp_inquiry, 6, DMA_FROM_DEVICE,
				    VHBA_F_ANY_LUN | VHBA_F_NO_SENSE_INJ },
	[MODE_SENSE]		= { vhba_resp_mode_sense, 6, DMA_FROM_DEVICE, 0 },
	[START_STOP]		= { vhba_resp_good, 6, DMA_NONE, 0 },
	[READ_CAPACITY]		= { vhba_resp_readcap10, 10, DMA_FROM_DEVICE, 0 },
	[READ_10]		= { vhba_resp_rw, 10, DMA_FROM_DEVICE, 0 },
	[WRITE_10]		= { vhba_resp_rw, 10, DMA_TO_DEVICE, 0 },
	[VERIFY]		= { vhba_resp_verify, 10, DMA_NONE, 0 },
	[SYNCHRONIZE_CACHE]	= { vhba_resp_good, 10, DMA_NONE, 0 },
	[MODE_SENSE_10]		= { vhba_resp_mode_sense, 10, DMA_FROM_DEVICE, 0 },
	[READ_16]		= { vhba_resp_rw, 16, DMA_FROM_DEVICE, 0 },
	[WRITE_16]		= { vhba_resp_rw, 16, DMA_TO_DEVICE, 0 },
	[VERIFY_16]		= { vhba_resp_verify, 16, DMA_NONE, 0 },
	[SYNCHRONIZE_CACHE_16]	= { vhba_resp_good, 16, DMA_NONE, 0 },
	[SERVICE_ACTION_IN_16]	= { vhba_resp_service_action_in, 16,
				    DMA_FROM_DEVICE, 0 },
	[REPORT_LUNS]		= { vhba_resp_report_luns, 12, DMA_FROM_DEVICE,
				    VHBA_F_ANY_LUN | VHBA_F_NO_SENSE_INJ },
};

/* The enclosure services LUN: SPC commands and the two diagnostic ones. */
static const struct vhba_opcode vhba_ses_opcodes[256] = {
	[TEST_UNIT_READY]	= { vhba_resp_good, 6, DMA_NONE, 0 },
	[REQUEST_SENSE]		= { vhba_resp_request_sense, 6, DMA_FROM_DEVICE,
				    VHBA_F_ANY_LUN | VHBA_F_NO_SENSE_INJ },
	[INQUIRY]		= { vhba_resp_inquiry, 6, DMA_FROM_DEVICE,
				    VHBA_F_ANY_LUN | VHBA_F_NO_SENSE_INJ },
	[RECEIVE_DIAGNOSTIC]	= { vhba_ses_resp_recv_diag, 6, DMA_FROM_DEVICE, 0 },
	[SEND_DIAGNOSTIC]	= { vhba_ses_resp_send_diag, 6, DMA_TO_DEVICE, 0 },
	[REPORT_LUNS]		= { vhba_resp_report_luns, 12, DMA_FROM_DEVICE,
				    VHBA_F_ANY_LUN | VHBA_F_NO_SENSE_INJ },
};

/**
 * vhba_tgt_index() - the target number of a SCSI device on its adapter
 * @sdev: the SCSI device
 *
 * Target ids skip the adapter's own id 7.
 *
 * Return: 0..num_tgts-1, or -1 if no target has that address.
 */
static int vhba_tgt_index(struct scsi_device *sdev)
{
	unsigned int t = sdev->id;

	if (sdev->channel || t == VHBA_THIS_ID)
		return -1;
	if (t > VHBA_THIS_ID)
		t--;
	return t < num_tgts ? t : -1;
}

/**
 * vhba_find_lun() - the logical unit a SCSI device addresses
 * @vh: the adapter
 * @sdev: the SCSI device
 *
 * Target ids skip the adapter's own id 7.
 *
 * Return: the LUN, or NULL if nothing exists at that address.
 */
static struct vhba_lun *vhba_find_lun(struct vhba_host *vh,
				      struct scsi_device *sdev)
{
	int t = vhba_tgt_index(sdev);

	if (t < 0)
		return NULL;
	if (t == 0 && vh->ses_lu.ses && sdev->lun == ses_lun)
		return &vh->ses_lu;
	if (sdev->lun >= num_luns)
		return NULL;
	return &vh->luns[t * num_luns + sdev->lun];
}

/**
 * vhba_rw_no_buffer() - a READ or WRITE that would move data, but no buffer
 * @cmd: the command
 *
 * A target would enter a data phase the initiator did not prepare for (no
 * data transfer expected).  Only the media commands are judged: their
 * transfer length is known from the CDB (READ(6)/WRITE(6) length 0 means
 * 256 blocks).
 *
 * Return: true if @cmd has no data buffer but asks for blocks to move.
 */
static bool vhba_rw_no_buffer(struct scsi_cmnd *cmd)
{
	const u8 *cdb = cmd->cmnd;

	if (scsi_bufflen(cmd))
		return false;
	switch (cdb[0]) {
	case READ_6:
	case WRITE_6:
		return true;
	case READ_10:
	case WRITE_10:
		return get_unaligned_be16(&cdb[7]) != 0;
	case READ_16:
	case WRITE_16:
		return get_unaligned_be32(&cdb[10]) != 0;
	}
	return false;
}

/**
 * vhba_execute() - execute one command (worker context)
 * @vh: the adapter
 * @cmd: the command; its result and residual are set on return
 *
 * Maps the data buffer with scsi_dma_map() when the command moves data,
 * runs the responder and unmaps again, so the data has reached the
 * initiator's pages before scsi_done() is called.
 *
 * Context: process context (the completion worker); does not sleep.
 */
static void vhba_execute(struct vhba_host *vh, struct scsi_cmnd *cmd)
{
	struct vhba_cmd *vc = scsi_cmd_priv(cmd);
	struct vhba_lun *lun = vhba_find_lun(vh, cmd->device);
	const struct vhba_opcode *op = lun && lun->ses ?
		&vhba_ses_opcodes[cmd->cmnd[0]] : &vhba_opcodes[cmd->cmnd[0]];
	bool mapped = false;

	cmd->result = 0;
	scsi_set_resid(cmd, 0);
	vc->nents = 0;

	if (vc->inject_sense) {
		atomic64_inc(&vhba_stats.sense_injected);
		vhba_check_condition(cmd, (vc->sense_code >> 16) & 0x0f,
				     (vc->sense_code >> 8) & 0xff,
				     vc->sense_code & 0xff);
		return;
	}
	if (!lun && !(op->flags & VHBA_F_ANY_LUN)) {
		vhba_check_condition(cmd, ILLEGAL_REQUEST,
				     VHBA_ASC_LUN_NOT_SUPPORTED, 0);
		return;
	}
	if (!op->fn) {
		vhba_check_condition(cmd, ILLEGAL_REQUEST,
				     VHBA_ASC_INVALID_OPCODE, 0);
		return;
	}
	if (cmd->cmd_len < op->min_len) {
		vhba_invalid_field(cmd);
		return;
	}

	if (vhba_rw_no_buffer(cmd)) {
		/* An unexpected data phase: reported like a wrong direction. */
		scmd_printk(KERN_INFO, cmd, "data phase without a data buffer\n");
		cmd->result = DID_ERROR << 16;
		return;
	}
	if (op->dir != DMA_NONE && scsi_bufflen(cmd)) {
		if (cmd->sc_data_direction != op->dir) {
			/* The initiator's buffer points the wrong way. */
			scmd_printk(KERN_INFO, cmd,
				    "data direction %d, opcode needs %d\n",
				    cmd->sc_data_direction, op->dir);
			cmd->result = DID_ERROR << 16;
			scsi_set_resid(cmd, scsi_bufflen(cmd));
			return;
		}
		vc->nents = scsi_dma_map(cmd);
		if (vc->nents < 0) {
			/*
			 * Mapping failed (swiotlb or IOVA space exhausted).
			 * A real HBA would return SCSI_MLQUEUE_HOST_BUSY from
			 * queuecommand, but the worker is past that point;
			 * DID_REQUEUE makes the midlayer requeue the command
			 * without using up its retries.
			 */
			atomic64_inc(&vhba_stats.requeued);
			vc->nents = 0;
			cmd->result = DID_REQUEUE << 16;
			return;
		}
		mapped = true;
	}

	op->fn(vh, lun, cmd);

	if (mapped)
		scsi_dma_unmap(cmd);
}

/* ---------------------------------------------------------------------- */
/* Queueing and completion                                                 */

/**
 * vhba_work_fn() - the completion worker of one adapter
 * @work: &vhba_host.work
 *
 * Takes due commands off the pending list one at a time, executes them and
 * completes them.  If the head of the list is not due yet, arms the timer
 * for it and returns.  While a command executes it is &vhba_host.running;
 * error handlers wait for &vhba_host.run_gen to change before they give a
 * command back to the midlayer.  The command is not touched after
 * scsi_done(), it may already be reused.
 */
static void vhba_work_fn(struct work_struct *work)
{
	struct vhba_host *vh = container_of(work, struct vhba_host, work);
	struct vhba_cmd *vc;
	struct scsi_cmnd *cmd;

	for (;;) {
		spin_lock_irq(&vh->lock);
		vc = list_first_entry_or_null(&vh->pending, struct vhba_cmd,
					      entry);
		if (!vc) {
			spin_unlock_irq(&vh->lock);
			break;
		}
		if (delay_us && ktime_before(ktime_get(), vc->due)) {
			if (!vh->shutdown)
				hrtimer_start(&vh->timer, vc->due,
					      HRTIMER_MODE_ABS);
			spin_unlock_irq(&vh->lock);
			break;
		}
		list_del_init(&vc->entry);
		vc->state = VHBA_CMD_RUNNING;
		cmd = vc->cmd;
		vh->running = cmd;
		spin_unlock_irq(&vh->lock);

		vhba_execute(vh, cmd);
		scsi_done(cmd);

		spin_lock_irq(&vh->lock);
		vh->running = NULL;
		vh->run_gen++;
		spin_unlock_irq(&vh->lock);
		wake_up_all(&vh->idle_wq);
		cond_resched();
	}
}

static enum hrtimer_restart vhba_timer_fn(struct hrtimer *timer)
{
	struct vhba_host *vh = container_of(timer, struct vhba_host, timer);

	if (!READ_ONCE(vh->shutdown))
		queue_work(vhba_wq, &vh->work);
	return HRTIMER_NORESTART;
}

/**
 * vhba_queuecommand() - accept a command from the midlayer
 * @shost: the host
 * @cmd: the command
 *
 * Applies busy/drop/sense injection, then queues the command for the
 * worker.  Never completes the command itself.
 *
 * Context: atomic; must not sleep.
 * Return: 0, or %SCSI_MLQUEUE_HOST_BUSY when busy_next injects it.
 */
static int vhba_queuecommand(struct Scsi_Host *shost, struct scsi_cmnd *cmd)
{
	struct vhba_host *vh = shost_to_vhba(shost);
	struct vhba_cmd *vc = scsi_cmd_priv(cmd);
	unsigned long flags;
	bool was_empty;

	if (atomic_dec_if_positive(&vhba_busy_next) >= 0) {
		atomic64_inc(&vhba_stats.busy);
		return SCSI_MLQUEUE_HOST_BUSY;
	}
	atomic64_inc(&vhba_stats.commands);

	vc->cmd = cmd;
	vc->nents = 0;
	if (atomic_dec_if_positive(&vhba_drop_next) >= 0) {
		atomic64_inc(&vhba_stats.dropped);
		spin_lock_irqsave(&vh->lock, flags);
		vc->state = VHBA_CMD_DROPPED;
		spin_unlock_irqrestore(&vh->lock, flags);
		return 0;
	}

	vc->inject_sense = false;
	if (!(vhba_opcodes[cmd->cmnd[0]].flags & VHBA_F_NO_SENSE_INJ) &&
	    atomic_dec_if_positive(&vhba_sense_next) >= 0) {
		vc->inject_sense = true;
		vc->sense_code = atomic_read(&vhba_sense_code);
	}
	vc->due = delay_us ? ktime_add_us(ktime_get(), delay_us) : 0;

	spin_lock_irqsave(&vh->lock, flags);
	was_empty = list_empty(&vh->pending);
	list_add_tail(&vc->entry, &vh->pending);
	vc->state = VHBA_CMD_QUEUED;
	if (delay_us && was_empty && !vh->shutdown)
		hrtimer_start(&vh->timer, vc->due, HRTIMER_MODE_ABS);
	spin_unlock_irqrestore(&vh->lock, flags);

	if (!delay_us)
		queue_work(vhba_wq, &vh->work);
	return 0;
}

/* ---------------------------------------------------------------------- */
/* Error handling                                                          */

static bool vhba_gen_changed(struct vhba_host *vh, unsigned long gen)
{
	return READ_ONCE(vh->run_gen) != gen;
}

/**
 * vhba_eh_abort() - abort one command
 * @cmd: the command
 *
 * A queued command is taken off the pending list (it will then never be
 * completed by the worker); a dropped one needs nothing; for the command
 * the worker is executing, wait until it has finished.
 *
 * Context: process context, may sleep.
 * Return: SUCCESS.
 */
static int vhba_eh_abort(struct scsi_cmnd *cmd)
{
	struct vhba_host *vh = shost_to_vhba(cmd->device->host);
	struct vhba_cmd *vc = scsi_cmd_priv(cmd);
	const char *what = "not outstanding";
	unsigned long gen = 0;
	bool wait = false;

	spin_lock_irq(&vh->lock);
	if (vc->state == VHBA_CMD_QUEUED) {
		list_del_init(&vc->entry);
		vc->state = VHBA_CMD_IDLE;
		what = "removed from queue";
	} else if (vh->running == cmd) {
		wait = true;
		gen = vh->run_gen;
		what = "waited for worker";
	} else if (vc->state == VHBA_CMD_DROPPED) {
		vc->state = VHBA_CMD_IDLE;
		what = "dropped command";
	}
	spin_unlock_irq(&vh->lock);

	if (wait)
		wait_event(vh->idle_wq, vhba_gen_changed(vh, gen));
	atomic64_inc(&vhba_stats.aborts);
	scmd_printk(KERN_INFO, cmd, "abort opcode 0x%02x: %s\n", cmd->cmnd[0],
		    what);
	return SUCCESS;
}

enum vhba_reset_scope {
	VHBA_RESET_DEVICE,
	VHBA_RESET_TARGET,
	VHBA_RESET_BUS,
	VHBA_RESET_HOST,
};

static bool vhba_in_scope(struct scsi_cmnd *victim, struct scsi_device *sdev,
			  enum vhba_reset_scope scope)
{
	struct scsi_device *v = victim->device;

	switch (scope) {
	case VHBA_RESET_DEVICE:
		return v == sdev;
	case VHBA_RESET_TARGET:
		return v->channel == sdev->channel && v->id == sdev->id;
	case VHBA_RESET_BUS:
		return v->channel == sdev->channel;
	default:
		return true;
	}
}

/**
 * vhba_reset() - common part of the reset handlers
 * @cmd: the command the midlayer passed to the handler
 * @scope: what is being reset
 *
 * Completes every queued command inside @scope with DID_RESET (commands
 * already timed out are owned by the error handler and scsi_done() ignores
 * them), forgets dropped ones, and waits for the command the worker is
 * executing, if any.
 *
 * Context: process context, may sleep.
 * Return: SUCCESS.
 */
static int vhba_reset(struct scsi_cmnd *cmd, enum vhba_reset_scope scope)
{
	static const char * const names[] = { "device", "target", "bus",
					      "host" };
	struct scsi_device *sdev = cmd->device;
	struct vhba_host *vh = shost_to_vhba(sdev->host);
	struct vhba_cmd *vc, *tmp;
	unsigned int count = 0;
	unsigned long gen;
	LIST_HEAD(victims);
	bool busy;

	spin_lock_irq(&vh->lock);
	list_for_each_entry_safe(vc, tmp, &vh->pending, entry) {
		if (!vhba_in_scope(vc->cmd, sdev, scope))
			continue;
		list_move_tail(&vc->entry, &victims);
		vc->state = VHBA_CMD_IDLE;
	}
	busy = vh->running;
	gen = vh->run_gen;
	spin_unlock_irq(&vh->lock);

	list_for_each_entry_safe(vc, tmp, &victims, entry) {
		struct scsi_cmnd *victim = vc->cmd;

		list_del_init(&vc->entry);
		victim->result = DID_RESET << 16;
		scsi_set_resid(victim, scsi_bufflen(victim));
		scsi_done(victim);
		count++;
	}
	if (busy)
		wait_event(vh->idle_wq, vhba_gen_changed(vh, gen));

	atomic64_inc(&vhba_stats.resets);
	sdev_printk(KERN_INFO, sdev, "%s reset, %u queued command(s) reset\n",
		    names[scope], count);
	return SUCCESS;
}

static int vhba_eh_device_reset(struct scsi_cmnd *cmd)
{
	return vhba_reset(cmd, VHBA_RESET_DEVICE);
}

static int vhba_eh_target_reset(struct scsi_cmnd *cmd)
{
	return vhba_reset(cmd, VHBA_RESET_TARGET);
}

static int vhba_eh_bus_reset(struct scsi_cmnd *cmd)
{
	return vhba_reset(cmd, VHBA_RESET_BUS);
}

static int vhba_eh_host_reset(struct scsi_cmnd *cmd)
{
	return vhba_reset(cmd, VHBA_RESET_HOST);
}

/*
 * Values that come from module parameters are set on the Scsi_Host in
 * vhba_probe(); the template holds the defaults.
 */
static SCSA_SHT_CONST struct scsi_host_template vhba_template = {
	.module			= THIS_MODULE,
	.name			= "SCSA virtual HBA",
	.proc_name		= VHBA_NAME,
	.queuecommand		= vhba_queuecommand,
	.change_queue_depth	= scsi_change_queue_depth,
	.eh_abort_handler	= vhba_eh_abort,
	.eh_device_reset_handler = vhba_eh_device_reset,
	.eh_target_reset_handler = vhba_eh_target_reset,
	.eh_bus_reset_handler	= vhba_eh_bus_reset,
	.eh_host_reset_handler	= vhba_eh_host_reset,
	.can_queue		= 64,
	.this_id		= VHBA_THIS_ID,
	.sg_tablesize		= 128,
	.max_sectors		= 2048,
	.max_segment_size	= 65536,
	.dma_boundary		= 0xffffffff,
	.cmd_per_lun		= 64,
	.cmd_size		= sizeof(struct vhba_cmd),
	.no_write_same		= 1,
	.skip_settle_delay	= 1,	/* no bus to settle after a reset */
};

/* ---------------------------------------------------------------------- */
/* Bus, probe and remove                                                   */

static void vhba_free_luns(struct vhba_host *vh)
{
	unsigned int i;

	if (vh->luns) {
		for (i = 0; i < num_tgts * num_luns; i++)
			vfree(vh->luns[i].store);
		kfree(vh->luns);
		vh->luns = NULL;
	}
	kfree(vh->ses_lu.ses);
	vh->ses_lu.ses = NULL;
	kfree(vh->resp);
	vh->resp = NULL;
}

static int vhba_alloc_luns(struct vhba_host *vh)
{
	size_t size = (size_t)dev_size_mb << 20;
	unsigned int i;

	vh->resp = kzalloc(VHBA_RESP_LEN, GFP_KERNEL);
	vh->luns = kcalloc(num_tgts * num_luns, sizeof(*vh->luns), GFP_KERNEL);
	if (!vh->resp || !vh->luns)
		return -ENOMEM;
	for (i = 0; i < num_tgts * num_luns; i++) {
		vh->luns[i].store = vzalloc(size);
		if (!vh->luns[i].store)
			return -ENOMEM;
		vh->luns[i].nblocks = size / sector_size;
	}
	return vhba_ses_alloc(vh);
}

/* ---------------------------------------------------------------------- */
/* DMA windows for scsa_compat (see <scsa/scsa_hba.h>)                      */

static int vhba_window_reserve(struct scsi_device *sdev)
{
	int limit;

	if (atomic_add_unless(&vhba_fail_alloc, -1, 0)) {
		atomic64_inc(&vhba_stats.windows_refused);
		return READ_ONCE(vhba_fail_permanent) ? -EIO : -EAGAIN;
	}
	limit = atomic_read(&vhba_mr_limit);
	if (limit && atomic_inc_return(&vhba_mr_used) > limit) {
		atomic_dec(&vhba_mr_used);
		atomic64_inc(&vhba_stats.windows_refused);
		return -EAGAIN;
	}
	if (!limit)
		atomic_inc(&vhba_mr_used);
	return 0;
}

static void vhba_window_release(struct scsi_device *sdev)
{
	atomic_dec(&vhba_mr_used);
}

static struct scsa_hba_ops vhba_hba_ops = {
	.reserve	= vhba_window_reserve,
	.release	= vhba_window_release,
};

/*
 * Register with scsa_compat if it is loaded; the vhba works without it.
 * symbol_get() keeps scsa_compat loaded while a host is registered.
 */
static void vhba_scsa_register(struct vhba_host *vh)
{
	int (*reg)(struct Scsi_Host *, struct scsa_hba_ops *);

	reg = symbol_get(scsa_hba_register_ops);
	if (!reg)
		return;
	if (reg(vh->shost, &vhba_hba_ops))
		symbol_put(scsa_hba_register_ops);
	else
		vh->scsa_registered = true;
}

static void vhba_scsa_unregister(struct vhba_host *vh)
{
	void (*unreg)(struct Scsi_Host *);

	if (!vh->scsa_registered)
		return;
	unreg = symbol_get(scsa_hba_unregister_ops);
	if (unreg) {
		unreg(vh->shost);
		symbol_put(scsa_hba_unregister_ops);
	}
	symbol_put(scsa_hba_register_ops);
	vh->scsa_registered = false;
}

/**
 * vhba_probe() - bus probe: bring up one adapter
 * @dev: the adapter's device
 *
 * Allocates the stores, gives @dev a DMA mask and DMA parameters, and
 * registers and scans a Scsi_Host whose limits come from the module
 * parameters.  The segment size is capped by what the DMA layer can map in
 * one piece (256 KiB with swiotlb=force); scsi_add_host() caps max_sectors
 * the same way.
 *
 * Return: 0 or a negative errno.
 */
static int vhba_probe(struct device *dev)
{
	struct vhba_host *vh = to_vhba_host(dev);
	struct Scsi_Host *shost;
	size_t map_max;
	int err;

	err = vhba_alloc_luns(vh);
	if (err)
		goto out_free;

	dev->dma_parms = &vh->dma_parms;
	err = dma_coerce_mask_and_coherent(dev, DMA_BIT_MASK(dma_bits));
	if (err) {
		dev_err(dev, "cannot use a %u-bit DMA mask: %d\n", dma_bits, err);
		goto out_free;
	}

	shost = scsi_host_alloc(&vhba_template, sizeof(struct vhba_host *));
	if (!shost) {
		err = -ENOMEM;
		goto out_free;
	}
	*(struct vhba_host **)shost_priv(shost) = vh;
	vh->shost = shost;

	shost->max_channel = 0;
	shost->max_id = num_tgts > VHBA_THIS_ID ? num_tgts + 1 : num_tgts;
	shost->max_lun = ses_lun >= 0 ? max_t(unsigned int, num_luns, ses_lun + 1)
				      : num_luns;
	shost->this_id = VHBA_THIS_ID;
	shost->max_cmd_len = 16;
	shost->can_queue = can_queue;
	shost->cmd_per_lun = can_queue;
	shost->sg_tablesize = sg_tablesize;
	shost->max_sectors = max_sectors;
	shost->dma_boundary = seg_boundary;
	map_max = dma_max_mapping_size(dev);
	shost->max_segment_size = min_t(size_t, max_segment_size, map_max);
	vh->dma_parms.max_segment_size = shost->max_segment_size;
	vh->dma_parms.segment_boundary_mask = seg_boundary;

	vhba_scsa_register(vh);
	err = scsi_add_host(shost, dev);
	if (err) {
		dev_err(dev, "scsi_add_host failed: %d\n", err);
		vhba_scsa_unregister(vh);
		vh->shost = NULL;
		scsi_host_put(shost);
		goto out_free;
	}
	dev_info(dev, "host%u: %u target(s) x %u LUN(s), %u MiB, %u-byte blocks, max_sectors %u, sg %u, seg %u\n",
		 shost->host_no, num_tgts, num_luns, dev_size_mb, sector_size,
		 shost->max_sectors, shost->sg_tablesize,
		 shost->max_segment_size);
	if (vh->ses_lu.ses)
		dev_info(dev, "host%u: enclosure services at target 0 LUN %d\n",
			 shost->host_no, ses_lun);
	vhba_ses_debugfs_add(vh);
	scsi_scan_host(shost);
	vh->probe_err = 0;
	return 0;

out_free:
	dev->dma_parms = NULL;
	vhba_free_luns(vh);
	vh->probe_err = err;
	return err;
}

/**
 * vhba_remove() - bus remove: tear one adapter down
 * @dev: the adapter's device
 *
 * scsi_remove_host() waits for all commands to finish.  Afterwards the
 * timer and worker are stopped; anything still pending (there should be
 * nothing) is failed with DID_NO_CONNECT.
 */
static void vhba_remove(struct device *dev)
{
	struct vhba_host *vh = to_vhba_host(dev);
	struct vhba_cmd *vc, *tmp;
	LIST_HEAD(leftover);

	if (!vh->shost)
		return;
	vhba_ses_debugfs_remove(vh);
	scsi_remove_host(vh->shost);
	vhba_scsa_unregister(vh);

	spin_lock_irq(&vh->lock);
	vh->shutdown = true;
	spin_unlock_irq(&vh->lock);
	hrtimer_cancel(&vh->timer);
	cancel_work_sync(&vh->work);

	spin_lock_irq(&vh->lock);
	list_splice_init(&vh->pending, &leftover);
	spin_unlock_irq(&vh->lock);
	list_for_each_entry_safe(vc, tmp, &leftover, entry) {
		struct scsi_cmnd *cmd = vc->cmd;

		list_del_init(&vc->entry);
		vc->state = VHBA_CMD_IDLE;
		dev_warn(dev, "failing a command left at removal\n");
		cmd->result = DID_NO_CONNECT << 16;
		scsi_done(cmd);
	}

	scsi_host_put(vh->shost);
	vh->shost = NULL;
	dev->dma_parms = NULL;
	vhba_free_luns(vh);
}

static struct bus_type vhba_bus = {
	.name	= VHBA_NAME,
	.probe	= vhba_probe,
	.remove	= vhba_remove,
};

static struct device_driver vhba_driver = {
	.name	= VHBA_NAME,
	.bus	= &vhba_bus,
	.owner	= THIS_MODULE,
};

static void vhba_release(struct device *dev)
{
	kfree(to_vhba_host(dev));
}

/**
 * vhba_add_host() - create adapter @index and probe it
 * @index: adapter number
 *
 * Return: the adapter, or an ERR_PTR if registration or probing failed.
 */
static struct vhba_host *vhba_add_host(unsigned int index)
{
	struct vhba_host *vh;
	int err;

	vh = kzalloc(sizeof(*vh), GFP_KERNEL);
	if (!vh)
		return ERR_PTR(-ENOMEM);
	vh->index = index;
	vh->probe_err = -ENODEV;
	spin_lock_init(&vh->lock);
	INIT_LIST_HEAD(&vh->pending);
	init_waitqueue_head(&vh->idle_wq);
	INIT_WORK(&vh->work, vhba_work_fn);
	hrtimer_init(&vh->timer, CLOCK_MONOTONIC, HRTIMER_MODE_ABS);
	vh->timer.function = vhba_timer_fn;

	vh->dev.bus = &vhba_bus;
	vh->dev.parent = vhba_root;
	vh->dev.release = vhba_release;
	dev_set_name(&vh->dev, "vhba%u", index);

	err = device_register(&vh->dev);
	if (err) {
		put_device(&vh->dev);
		return ERR_PTR(err);
	}
	if (!vh->shost) {	/* probe failed; the device is still there */
		err = vh->probe_err;
		device_unregister(&vh->dev);
		return ERR_PTR(err);
	}
	return vh;
}

/* ---------------------------------------------------------------------- */
/* debugfs                                                                 */

static int vhba_stats_show(struct seq_file *m, void *unused)
{
	seq_printf(m, "commands %lld\n", atomic64_read(&vhba_stats.commands));
	seq_printf(m, "reads %lld\n", atomic64_read(&vhba_stats.reads));
	seq_printf(m, "writes %lld\n", atomic64_read(&vhba_stats.writes));
	seq_printf(m, "bytes_read %lld\n", atomic64_read(&vhba_stats.bytes_read));
	seq_printf(m, "bytes_written %lld\n",
		   atomic64_read(&vhba_stats.bytes_written));
	seq_printf(m, "dropped %lld\n", atomic64_read(&vhba_stats.dropped));
	seq_printf(m, "aborts %lld\n", atomic64_read(&vhba_stats.aborts));
	seq_printf(m, "resets %lld\n", atomic64_read(&vhba_stats.resets));
	seq_printf(m, "busy %lld\n", atomic64_read(&vhba_stats.busy));
	seq_printf(m, "sense_injected %lld\n",
		   atomic64_read(&vhba_stats.sense_injected));
	seq_printf(m, "requeued %lld\n", atomic64_read(&vhba_stats.requeued));
	seq_printf(m, "windows_in_use %d\n", atomic_read(&vhba_mr_used));
	seq_printf(m, "windows_refused %lld\n",
		   atomic64_read(&vhba_stats.windows_refused));
	seq_printf(m, "dma_beyond_mask %lld\n",
		   atomic64_read(&vhba_stats.dma_beyond_mask));
	seq_printf(m, "dma_max_addr 0x%llx\n",
		   (u64)atomic64_read(&vhba_stats.dma_max_addr));
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(vhba_stats);

static ssize_t vhba_sense_read(struct file *file, char __user *ubuf,
			       size_t count, loff_t *ppos)
{
	u32 code = atomic_read(&vhba_sense_code);
	char buf[48];
	int len;

	len = scnprintf(buf, sizeof(buf), "%d 0x%x 0x%02x 0x%02x\n",
			atomic_read(&vhba_sense_next), (code >> 16) & 0xff,
			(code >> 8) & 0xff, code & 0xff);
	return simple_read_from_buffer(ubuf, count, ppos, buf, len);
}

/* Accepts "N KEY ASC ASCQ", each decimal or 0x hex. */
static ssize_t vhba_sense_write(struct file *file, const char __user *ubuf,
				size_t count, loff_t *ppos)
{
	int n, key, asc, ascq;
	char buf[64];

	if (count >= sizeof(buf))
		return -EINVAL;
	if (copy_from_user(buf, ubuf, count))
		return -EFAULT;
	buf[count] = '\0';
	if (sscanf(buf, "%i %i %i %i", &n, &key, &asc, &ascq) != 4)
		return -EINVAL;
	if (n < 0 || key < 0 || key > 0xf || asc < 0 || asc > 0xff ||
	    ascq < 0 || ascq > 0xff)
		return -EINVAL;
	/* Code first, so that a command counted against N sees it. */
	atomic_set(&vhba_sense_code, key << 16 | asc << 8 | ascq);
	smp_mb__before_atomic();
	atomic_set(&vhba_sense_next, n);
	return count;
}

static const struct file_operations vhba_sense_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= vhba_sense_read,
	.write	= vhba_sense_write,
	.llseek	= default_llseek,
};

static ssize_t vhba_mr_read(struct file *file, char __user *ubuf,
			    size_t count, loff_t *ppos)
{
	char buf[24];
	int len = scnprintf(buf, sizeof(buf), "%d\n",
			    atomic_read(&vhba_mr_limit));

	return simple_read_from_buffer(ubuf, count, ppos, buf, len);
}

/* New limit; raising it frees windows: tell scsa_compat's waiters. */
static ssize_t vhba_mr_write(struct file *file, const char __user *ubuf,
			     size_t count, loff_t *ppos)
{
	unsigned int n;
	int err = kstrtouint_from_user(ubuf, count, 0, &n);

	if (err)
		return err;
	if (n > INT_MAX)
		return -EINVAL;
	atomic_set(&vhba_mr_limit, n);
	if (vhba_hba_ops.kick)
		vhba_hba_ops.kick();
	return count;
}

static const struct file_operations vhba_mr_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= vhba_mr_read,
	.write	= vhba_mr_write,
	.llseek	= default_llseek,
};

static ssize_t vhba_fail_read(struct file *file, char __user *ubuf,
			      size_t count, loff_t *ppos)
{
	char buf[40];
	int len = scnprintf(buf, sizeof(buf), "%d %s\n",
			    atomic_read(&vhba_fail_alloc),
			    vhba_fail_permanent ? "permanent" : "transient");

	return simple_read_from_buffer(ubuf, count, ppos, buf, len);
}

/* "N transient" or "N permanent": the next N window reservations fail. */
static ssize_t vhba_fail_write(struct file *file, const char __user *ubuf,
			       size_t count, loff_t *ppos)
{
	char buf[40], kind[16];
	int n;

	if (count >= sizeof(buf))
		return -EINVAL;
	if (copy_from_user(buf, ubuf, count))
		return -EFAULT;
	buf[count] = '\0';
	if (sscanf(buf, "%i %15s", &n, kind) != 2 || n < 0)
		return -EINVAL;
	if (!strcmp(kind, "permanent"))
		WRITE_ONCE(vhba_fail_permanent, true);
	else if (!strcmp(kind, "transient"))
		WRITE_ONCE(vhba_fail_permanent, false);
	else
		return -EINVAL;
	atomic_set(&vhba_fail_alloc, n);
	return count;
}

static const struct file_operations vhba_fail_fops = {
	.owner	= THIS_MODULE,
	.open	= simple_open,
	.read	= vhba_fail_read,
	.write	= vhba_fail_write,
	.llseek	= default_llseek,
};

static void vhba_debugfs_init(void)
{
	vhba_debugfs = debugfs_create_dir(VHBA_NAME, NULL);
	debugfs_create_atomic_t("drop_next", 0600, vhba_debugfs,
				&vhba_drop_next);
	debugfs_create_atomic_t("busy_next", 0600, vhba_debugfs,
				&vhba_busy_next);
	debugfs_create_file("sense_next", 0600, vhba_debugfs, NULL,
			    &vhba_sense_fops);
	debugfs_create_file("stats", 0444, vhba_debugfs, NULL,
			    &vhba_stats_fops);
	debugfs_create_file("map_registers", 0600, vhba_debugfs, NULL,
			    &vhba_mr_fops);
	debugfs_create_file("fail_alloc", 0600, vhba_debugfs, NULL,
			    &vhba_fail_fops);
}

/* ---------------------------------------------------------------------- */
/* Module load and unload                                                  */

static int vhba_check_params(void)
{
	unsigned int blk_sectors = sector_size >> 9;

	if (!num_hosts || num_hosts > VHBA_MAX_HOSTS) {
		pr_err("num_hosts must be 1..%u\n", VHBA_MAX_HOSTS);
		return -EINVAL;
	}
	if (!num_tgts || num_tgts > VHBA_MAX_TGTS) {
		pr_err("num_tgts must be 1..%u\n", VHBA_MAX_TGTS);
		return -EINVAL;
	}
	if (!num_luns || num_luns > VHBA_MAX_LUNS) {
		pr_err("num_luns must be 1..%u\n", VHBA_MAX_LUNS);
		return -EINVAL;
	}
	if (sector_size != 512 && sector_size != 4096) {
		pr_err("sector_size must be 512 or 4096\n");
		return -EINVAL;
	}
	if (!dev_size_mb || ((u64)dev_size_mb << 20) / sector_size < 2) {
		pr_err("dev_size_mb must be at least 1\n");
		return -EINVAL;
	}
	if (max_sectors < blk_sectors || max_sectors % blk_sectors ||
	    max_sectors > (1U << 20)) {
		pr_err("max_sectors must be a multiple of %u, %u..%u\n",
		       blk_sectors, blk_sectors, 1U << 20);
		return -EINVAL;
	}
	if (!sg_tablesize || sg_tablesize > SG_MAX_SEGMENTS) {
		pr_err("sg_tablesize must be 1..%u\n", SG_MAX_SEGMENTS);
		return -EINVAL;
	}
	if (seg_boundary < PAGE_SIZE - 1 || (seg_boundary & (seg_boundary + 1))) {
		pr_err("seg_boundary must be 2^n-1 and at least 0x%lx\n",
		       PAGE_SIZE - 1);
		return -EINVAL;
	}
	if (max_segment_size < PAGE_SIZE ||
	    (seg_boundary != ULONG_MAX &&
	     (u64)max_segment_size > (u64)seg_boundary + 1)) {
		pr_err("max_segment_size must be PAGE_SIZE..seg_boundary+1\n");
		return -EINVAL;
	}
	if (dma_bits < 32 || dma_bits > 64) {
		pr_err("dma_bits must be 32..64\n");
		return -EINVAL;
	}
	if (!can_queue || can_queue > VHBA_MAX_CAN_QUEUE) {
		pr_err("can_queue must be 1..%u\n", VHBA_MAX_CAN_QUEUE);
		return -EINVAL;
	}
	if (delay_us > VHBA_MAX_DELAY_US) {
		pr_err("delay_us must be at most %u\n", VHBA_MAX_DELAY_US);
		return -EINVAL;
	}
	if (ses_lun != -1 && (ses_lun < (int)num_luns || ses_lun >= VHBA_MAX_LUNS)) {
		pr_err("ses_lun must be -1 (none) or %u..%u\n", num_luns,
		       VHBA_MAX_LUNS - 1);
		return -EINVAL;
	}
	return 0;
}

static void vhba_remove_hosts(void)
{
	unsigned int i = num_hosts;

	while (i--) {
		if (!IS_ERR_OR_NULL(vhba_hosts[i]))
			device_unregister(&vhba_hosts[i]->dev);
		vhba_hosts[i] = NULL;
	}
}

static int __init vhba_init(void)
{
	unsigned int i;
	int err;

	err = vhba_check_params();
	if (err)
		return err;

	vhba_hosts = kcalloc(num_hosts, sizeof(*vhba_hosts), GFP_KERNEL);
	if (!vhba_hosts)
		return -ENOMEM;
	vhba_wq = alloc_workqueue(VHBA_NAME, WQ_MEM_RECLAIM | WQ_UNBOUND, 0);
	if (!vhba_wq) {
		err = -ENOMEM;
		goto out_hosts;
	}
	vhba_root = root_device_register(VHBA_NAME);
	if (IS_ERR(vhba_root)) {
		err = PTR_ERR(vhba_root);
		goto out_wq;
	}
	err = bus_register(&vhba_bus);
	if (err)
		goto out_root;
	err = driver_register(&vhba_driver);
	if (err)
		goto out_bus;
	atomic_set(&vhba_mr_limit, map_registers);
	vhba_debugfs_init();

	for (i = 0; i < num_hosts; i++) {
		struct vhba_host *vh = vhba_add_host(i);

		if (IS_ERR(vh)) {
			err = PTR_ERR(vh);
			pr_err("adapter %u failed: %d\n", i, err);
			goto out_remove;
		}
		vhba_hosts[i] = vh;
	}
	pr_info("%u adapter(s) ready\n", num_hosts);
	return 0;

out_remove:
	vhba_remove_hosts();
	debugfs_remove_recursive(vhba_debugfs);
	driver_unregister(&vhba_driver);
out_bus:
	bus_unregister(&vhba_bus);
out_root:
	root_device_unregister(vhba_root);
out_wq:
	destroy_workqueue(vhba_wq);
out_hosts:
	kfree(vhba_hosts);
	return err;
}

static void __exit vhba_exit(void)
{
	vhba_remove_hosts();
	debugfs_remove_recursive(vhba_debugfs);
	driver_unregister(&vhba_driver);
	bus_unregister(&vhba_bus);
	root_device_unregister(vhba_root);
	destroy_workqueue(vhba_wq);
	kfree(vhba_hosts);
}

module_init(vhba_init);
module_exit(vhba_exit);

MODULE_DESCRIPTION("SCSA compatibility: virtual SCSI host adapter with RAM-backed LUNs");
MODULE_AUTHOR("scsa-compat project");
MODULE_LICENSE("GPL");
