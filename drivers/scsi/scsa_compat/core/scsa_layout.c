// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_layout.c - compile-time pins of the Solaris types, layouts and
 * constants that illumos's target drivers depend on, to illumos's LP64
 * values (facts read from illumos-gate's uts/common/sys/ headers, named
 * beside each group).  A header change that moves one of them fails the
 * build of scsa_compat.ko in every lane.  Nothing here runs.
 */
#include <sys/types.h>	/* first: see <scsa/scsa_prelude.h> */
#include <sys/scsi/scsi.h>
#include <sys/mtio.h>
#include <sys/dkio.h>
#include <sys/param.h>
#include <sys/byteorder.h>
#include <sys/kstat.h>
#include <sys/uio.h>
#include <sys/conf.h>
#include <sys/vtoc.h>
#include <sys/scsi/impl/uscsi.h>
#include <sys/sunpm.h>
#include <sys/fm/protocol.h>

#define PIN(expr)		static_assert(expr, #expr)
#define PIN_OFF(t, m, off)	static_assert(offsetof(t, m) == (off), #t "." #m)
#define PIN_SIZE(t, sz)		static_assert(sizeof(t) == (sz), "sizeof " #t)

/* sys/types.h: LP64 widths */
PIN_SIZE(dev_t, 8);
PIN_SIZE(daddr_t, 8);
PIN_SIZE(diskaddr_t, 8);
PIN_SIZE(major_t, 4);
PIN_SIZE(minor_t, 4);
PIN_SIZE(offset_t, 8);
PIN_SIZE(hrtime_t, 8);
PIN_SIZE(clock_t, 8);
PIN_SIZE(caddr_t, 8);
PIN_SIZE(boolean_t, 4);
PIN_SIZE(o_dev_t, 2);
PIN((dev_t)-1 > 0);				/* unsigned long */
PIN((daddr_t)-1 < 0);				/* long */

/* sys/mkdev.h, sys/sysmacros.h: 32-bit major above a 32-bit minor */
PIN(NBITSMINOR64 == 32 && MAXMIN64 == 0xfffffffful);
PIN(makedevice(0x12, 0x345) == 0x1200000345ul);
PIN(getmajor(0x1200000345ul) == 0x12);
PIN(getminor(0x1200000345ul) == 0x345);
PIN(getminor(makedevice(1, 0xffffffffu)) == 0xffffffffu);
PIN(NODEV == (dev_t)-1);

/* sys/kmem.h */
PIN(KM_SLEEP == 0 && KM_NOSLEEP == 1 && KM_PANIC == 2 && KM_PUSHPAGE == 4);
PIN(KM_NORMALPRI == 8 && KM_NOSLEEP_LAZY == 9);

/* sys/scsi/generic/inquiry.h: struct scsi_inquiry, 132 bytes */
PIN_SIZE(struct scsi_inquiry, 132);
PIN(SUN_INQSIZE == 132 && SUN_MIN_INQLEN == 4);
PIN_OFF(struct scsi_inquiry, inq_dtype, 0);
PIN_OFF(struct scsi_inquiry, inq_len, 4);
PIN_OFF(struct scsi_inquiry, inq_vid, 8);
PIN_OFF(struct scsi_inquiry, inq_pid, 16);
PIN_OFF(struct scsi_inquiry, inq_revision, 32);
PIN_OFF(struct scsi_inquiry, inq_serial, 36);
PIN_OFF(struct scsi_inquiry, __inq_48, 48);
PIN_OFF(struct scsi_inquiry, __inq_57, 57);
PIN_OFF(struct scsi_inquiry, inq_vd, 58);
PIN_OFF(struct scsi_inquiry, __inq_74_127, 74);
PIN(DTYPE_NOTPRESENT == 0x7f && DTYPE_UNKNOWN == 0x1f && DTYPE_MASK == 0x1f);
PIN(DPQ_MASK == 0x60 && DPQ_POSSIBLE == 0 && DPQ_SUPPORTED == 0x20);
PIN(DPQ_NEVER == 0x60 && DPQ_VUNIQ == 0x80);
PIN(DTYPE_DIRECT == 0 && DTYPE_SEQUENTIAL == 1 && DTYPE_ESI == 0x0d);
PIN(RDF_SCSI2 == 2 && RDF_SCSI_SPC3 == 5);

/* sys/buf.h: one 64-bit block number under two names; the flags */
PIN(offsetof(struct buf, b_blkno) == offsetof(struct buf, b_lblkno));
PIN(sizeof(((struct buf *)0)->b_blkno) == 8);
PIN_OFF(struct buf, b_flags, 0);
PIN_OFF(struct buf, b_forw, 8);
PIN_OFF(struct buf, b_back, 16);
PIN_OFF(struct buf, av_forw, 24);
PIN_OFF(struct buf, av_back, 32);
PIN_OFF(struct buf, b_dev, 40);
PIN_OFF(struct buf, b_bcount, 48);
PIN_OFF(struct buf, b_un, 56);
PIN_OFF(struct buf, _b_blkno, 64);
PIN_OFF(struct buf, b_resid, 80);
PIN_OFF(struct buf, b_start, 88);
PIN_OFF(struct buf, b_proc, 96);
PIN_OFF(struct buf, b_pages, 104);
PIN_OFF(struct buf, b_bufsize, 120);
PIN_OFF(struct buf, b_iodone, 128);
PIN_OFF(struct buf, b_vp, 136);
PIN_OFF(struct buf, b_chain, 144);
PIN_OFF(struct buf, b_error, 156);
PIN_OFF(struct buf, b_private, 160);
PIN_OFF(struct buf, b_edev, 168);
PIN(B_BUSY == 0x1 && B_DONE == 0x2 && B_ERROR == 0x4 && B_PAGEIO == 0x10);
PIN(B_PHYS == 0x20 && B_READ == 0x40 && B_WRITE == 0x100);
PIN(B_SHADOW == 0x200000 && B_FAILFAST == 0x1000000);

/* sys/scsi/generic/commands.h: opcodes with illumos's names */
PIN(SCMD_TEST_UNIT_READY == 0x00 && SCMD_REQUEST_SENSE == 0x03);
PIN(SCMD_INQUIRY == 0x12 && SCMD_READ_CAPACITY == 0x25);
PIN(SCMD_GDIAG == 0x1c && SCMD_SDIAG == 0x1d);
PIN(SCMD_READ_BUFFER == 0x3c && SCMD_WRITE_BUFFER == 0x3b);
PIN(SCMD_VERIFY == 0x2f && SCMD_VERIFY_G4 == 0x8f);
PIN(SCMD_PERSISTENT_RESERVE_IN == 0x5e && SCMD_PERSISTENT_RESERVE_OUT == 0x5f);
PIN(SCMD_SVC_ACTION_IN_G4 == 0x9e && SSVC_ACTION_READ_CAPACITY_G4 == 0x10);
PIN(SCMD_REWIND == 0x01 && SCMD_READ_BLKLIM == 0x05 && SCMD_SPACE == 0x11);
PIN(SCMD_WRITE_FILE_MARK == 0x10 && SCMD_LOCATE == 0x2b);
PIN(SCMD_READ_POSITION == 0x34 && SCMD_REPORT_LUNS == 0xa0);
PIN(CDB_GROUP0 == 6 && CDB_GROUP1 == 10 && CDB_GROUP4 == 16 && CDB_GROUP5 == 12);

/* sys/mtio.h: ioctl numbers and structures of mtio(4I) */
PIN(MTIOC == ('m' << 8) && MTIOCTOP == (MTIOC | 1) && MTIOCGET == (MTIOC | 2));
PIN(MTWEOF == 0 && MTFSF == 1 && MTBSF == 2 && MTREW == 5 && MTEOM == 10);
PIN_SIZE(struct mtop, 16);
PIN_OFF(struct mtop, mt_count, 8);
PIN_OFF(struct mtget, mt_resid, 8);
PIN_OFF(struct mtget, mt_fileno, 16);
PIN_OFF(struct mtget, mt_blkno, 24);
PIN_OFF(struct mtget, mt_flags, 32);
PIN_SIZE(struct mtget, 40);

/* sys/dkio.h */
PIN(DKIOC == (0x04 << 8) && DKIOCINFO == (DKIOC | 3));

/* sys/param.h, sys/byteorder.h */
PIN(DEV_BSIZE == 512 && DEV_BSHIFT == 9 && MAXPATHLEN == 1024 && NBBY == 8);
PIN(BE_16(0x1234) == 0x3412 && BE_32(0x12345678) == 0x78563412);

/* sys/sunddi.h */
PIN(sizeof(DDI_NT_SCSI_ENCLOSURE) == sizeof("ddi_enclosure:scsi"));
PIN(DDI_SUCCESS == 0 && DDI_FAILURE == -1);
PIN(DDI_EAGAIN == -3 && DDI_EINVAL == -4 && DDI_ENOTSUP == -5 &&
    DDI_EPENDING == -6 && DDI_EALREADY == -7);
PIN(DDI_ENOMEM == 1 && DDI_EBUSY == 2 && DDI_ETRANSPORT == 3 &&
    DDI_ECONTEXT == 4);
/* sys/sysevent.h: the event id; sys/nvpair.h: the list header */
PIN_SIZE(sysevent_id_t, 16);
PIN_OFF(sysevent_id_t, eid_ts, 8);
PIN_SIZE(nvlist_t, 24);
PIN_OFF(nvlist_t, nvl_priv, 8);
PIN(NV_UNIQUE_NAME == 1 && NV_UNIQUE_NAME_TYPE == 2 &&
    DATA_TYPE_STRING == 9 && DATA_TYPE_HRTIME == 18 && DATA_TYPE_UINT8 == 23 &&
    DATA_TYPE_UINT8_ARRAY == 26);
/* sys/ddifm.h, sys/fm/protocol.h */
PIN(DDI_FM_NOT_CAPABLE == 0 && DDI_FM_EREPORT_CAPABLE == 1 &&
    DDI_FM_ACCCHK_CAPABLE == 2 && DDI_FM_DMACHK_CAPABLE == 4 &&
    DDI_FM_ERRCB_CAPABLE == 8);
PIN(FM_ENA_FMT1 == 1 && FM_ENA_FMT2 == 2 && ENA_FMT1_CPUID_SHFT == 10 &&
    ENA_FMT1_TIME_SHFT == 20);
/* sys/sunpm.h */
PIN(DC_SCSI_FORMAT == 1 && DC_SMART_FORMAT == 2 && DC_SCSI_MFR_LEN == 6);
PIN_SIZE(struct pm_trans_data, 24);
PIN(DDI_PROBE_DONTCARE == 0 && DDI_PROBE_FAILURE == ENXIO);

/*
 * Measured: offsetof()/sizeof() of illumos-gate c3d5f7c437ff's own headers
 * (uts/common/sys/scsi/scsi_pkt.h, scsi_address.h, generic/sense.h,
 * impl/uscsi.h, conf.h, devops.h, uio.h, kstat.h, mtio.h, dkio.h, vtoc.h,
 * conf/device.h), compiled as an LP64 x86-64 kernel would.  struct
 * scsi_device differs after sd_mutex (a kmutex_t holds a Linux lock here,
 * see Documentation/deviations.rst): its members are reached by name.
 */
PIN_SIZE(struct scsi_pkt, 160);
PIN_OFF(struct scsi_pkt, pkt_ha_private, 0);
PIN_OFF(struct scsi_pkt, pkt_address, 8);
PIN_OFF(struct scsi_pkt, pkt_private, 24);
PIN_OFF(struct scsi_pkt, pkt_comp, 32);
PIN_OFF(struct scsi_pkt, pkt_flags, 40);
PIN_OFF(struct scsi_pkt, pkt_time, 44);
PIN_OFF(struct scsi_pkt, pkt_scbp, 48);
PIN_OFF(struct scsi_pkt, pkt_cdbp, 56);
PIN_OFF(struct scsi_pkt, pkt_resid, 64);
PIN_OFF(struct scsi_pkt, pkt_state, 72);
PIN_OFF(struct scsi_pkt, pkt_statistics, 76);
PIN_OFF(struct scsi_pkt, pkt_reason, 80);
PIN_SIZE(struct scsi_address, 16);
PIN_OFF(struct scsi_address, a_hba_tran, 0);
PIN_SIZE(struct scsi_extended_sense, 20);
PIN_SIZE(struct scsi_arq_status, 32);
PIN_OFF(struct scsi_arq_status, sts_rqpkt_reason, 2);
PIN_OFF(struct scsi_arq_status, sts_rqpkt_resid, 3);
PIN_OFF(struct scsi_arq_status, sts_rqpkt_state, 4);
PIN_OFF(struct scsi_arq_status, sts_sensedata, 12);
PIN_OFF(struct scsi_extended_sense, es_info_1, 3);
PIN_OFF(struct scsi_extended_sense, es_add_len, 7);
PIN_OFF(struct scsi_extended_sense, es_add_code, 12);
PIN_OFF(struct scsi_extended_sense, es_qual_code, 13);
PIN_SIZE(struct uscsi_cmd, 64);
PIN_OFF(struct uscsi_cmd, uscsi_flags, 0);
PIN_OFF(struct uscsi_cmd, uscsi_status, 4);
PIN_OFF(struct uscsi_cmd, uscsi_timeout, 6);
PIN_OFF(struct uscsi_cmd, uscsi_cdb, 8);
PIN_OFF(struct uscsi_cmd, uscsi_bufaddr, 16);
PIN_OFF(struct uscsi_cmd, uscsi_buflen, 24);
PIN_OFF(struct uscsi_cmd, uscsi_resid, 32);
PIN_OFF(struct uscsi_cmd, uscsi_cdblen, 40);
PIN_OFF(struct uscsi_cmd, uscsi_rqlen, 41);
PIN_OFF(struct uscsi_cmd, uscsi_rqstatus, 42);
PIN_OFF(struct uscsi_cmd, uscsi_rqresid, 43);
PIN_OFF(struct uscsi_cmd, uscsi_rqbuf, 48);
PIN_OFF(struct uscsi_cmd, uscsi_path_instance, 56);
PIN_SIZE(struct cb_ops, 136);
PIN_OFF(struct cb_ops, cb_open, 0);
PIN_OFF(struct cb_ops, cb_strategy, 16);
PIN_OFF(struct cb_ops, cb_ioctl, 56);
PIN_OFF(struct cb_ops, cb_prop_op, 96);
PIN_OFF(struct cb_ops, cb_str, 104);
PIN_OFF(struct cb_ops, cb_flag, 112);
PIN_OFF(struct cb_ops, cb_rev, 116);
PIN_OFF(struct cb_ops, cb_aread, 120);
PIN_OFF(struct cb_ops, cb_awrite, 128);
PIN_SIZE(struct dev_ops, 88);
PIN_OFF(struct dev_ops, devo_getinfo, 8);
PIN_OFF(struct dev_ops, devo_attach, 32);
PIN_OFF(struct dev_ops, devo_detach, 40);
PIN_OFF(struct dev_ops, devo_reset, 48);
PIN_OFF(struct dev_ops, devo_cb_ops, 56);
PIN_OFF(struct dev_ops, devo_bus_ops, 64);
PIN_OFF(struct dev_ops, devo_power, 72);
PIN_OFF(struct dev_ops, devo_quiesce, 80);
PIN_SIZE(struct uio, 48);
PIN_OFF(struct uio, uio_iov, 0);
PIN_OFF(struct uio, uio_iovcnt, 8);
PIN_OFF(struct uio, uio_loffset, 16);
PIN_OFF(struct uio, uio_segflg, 24);
PIN_OFF(struct uio, uio_fmode, 28);
PIN_OFF(struct uio, uio_resid, 40);
PIN_SIZE(struct iovec, 16);
PIN_SIZE(kstat_named_t, 48);
PIN_OFF(kstat_named_t, data_type, 31);
PIN_OFF(kstat_named_t, value, 32);
PIN_SIZE(kstat_io_t, 80);
PIN_OFF(kstat_io_t, wtime, 24);
PIN_OFF(kstat_io_t, rtime, 48);
PIN_OFF(kstat_io_t, wcnt, 72);
PIN_SIZE(struct mtdrivetype, 132);
PIN_SIZE(struct mtdrivetype_request, 16);
PIN_SIZE(struct dk_cinfo, 68);
PIN_SIZE(struct dk_geom, 42);
PIN_SIZE(struct extvtoc, 776);
PIN_SIZE(struct dk_minfo, 16);
PIN_SIZE(struct vtoc, 776);
PIN_OFF(struct scsi_device, sd_address, 0);
PIN_OFF(struct scsi_device, sd_dev, 16);
PIN_OFF(struct scsi_device, sd_mutex, 24);
