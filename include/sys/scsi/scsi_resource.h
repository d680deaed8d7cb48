/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/scsi/scsi_resource.h>: packet and DMA resource interfaces:
 * scsi_init_pkt(9F), scsi_destroy_pkt(9F), scsi_dmafree(9F),
 * scsi_sync_pkt(9F), scsi_alloc_consistent_buf(9F) and the obsolete
 * scsi_pktalloc(9F), scsi_resalloc(9F), scsi_dmaget(9F), get_pktiopb(9F).
 */
#ifndef _SCSA_SYS_SCSI_SCSI_RESOURCE_H
#define _SCSA_SYS_SCSI_SCSI_RESOURCE_H

#include <sys/types.h>
#include <sys/buf.h>
#include <sys/scsi/scsi_address.h>
#include <sys/scsi/scsi_pkt.h>

/*
 * Unprototyped, as on Solaris, so that they can be passed for both
 * int (*)(caddr_t) (scsi_init_pkt) and int (*)(void) (scsi_pktalloc, ...).
 */
#define	NULL_FUNC	((int (*)())0)
#define	SLEEP_FUNC	((int (*)())1)

/* scsi_init_pkt(9F) flags */
#define	PKT_CONSISTENT		0x0001
#define	PKT_CONSISTENT_OLD	0x001000
#define	PKT_DMA_PARTIAL		0x040000
#define	PKT_XARQ		0x080000

struct scsi_pkt *scsi_init_pkt(struct scsi_address *ap,
	struct scsi_pkt *pktp, struct buf *bp, int cmdlen, int statuslen,
	int privatelen, int flags, int (*callback)(caddr_t), caddr_t arg);
void scsi_destroy_pkt(struct scsi_pkt *pkt);
void scsi_dmafree(struct scsi_pkt *pkt);
void scsi_sync_pkt(struct scsi_pkt *pkt);
struct buf *scsi_alloc_consistent_buf(struct scsi_address *ap,
	struct buf *in_bp, size_t datalen, uint_t bflags,
	int (*callback)(caddr_t), caddr_t arg);
void scsi_free_consistent_buf(struct buf *bp);

/* obsolete interfaces */
struct scsi_pkt *scsi_pktalloc(struct scsi_address *ap, int cmdlen,
	int statuslen, int (*callback)(void));
struct scsi_pkt *scsi_resalloc(struct scsi_address *ap, int cmdlen,
	int statuslen, opaque_t dmatoken, int (*callback)(void));
void scsi_pktfree(struct scsi_pkt *pkt);
void scsi_resfree(struct scsi_pkt *pkt);
struct scsi_pkt *scsi_dmaget(struct scsi_pkt *pkt, opaque_t dmatoken,
	int (*callback)(void));
struct scsi_pkt *get_pktiopb(struct scsi_address *ap, caddr_t *datap,
	int cdblen, int statuslen, int datalen, int readflag,
	int (*func)(caddr_t));
void free_pktiopb(struct scsi_pkt *pkt, caddr_t datap, int datalen);

#endif
