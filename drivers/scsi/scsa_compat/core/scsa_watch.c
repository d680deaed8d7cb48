// SPDX-License-Identifier: GPL-2.0
/*
 * scsa_watch.c - <sys/scsi/scsi_watch.h>: periodic polling of a device
 * for a target driver (removable media, tape load state):
 * scsi_watch_request_submit(9F), scsi_mmc_watch_request_submit(),
 * scsi_watch_request_terminate(9F), scsi_watch_suspend(),
 * scsi_watch_resume(), scsi_watch_get_ref_count().
 *
 * Each request is a delayed work item on system_long_wq: every interval
 * it sends TEST UNIT READY (GET EVENT STATUS NOTIFICATION, media class,
 * for an MMC watch) with auto request sense, polled, and calls the
 * driver's callback with the status, the sense data and, for MMC, the 8
 * event bytes; a non-zero return stops the request, as on illumos.  The
 * callback runs in a kernel thread (illumos calls it from the command's
 * completion): it may take the driver's adaptive mutexes; it must not
 * terminate its own request with SCSI_WATCH_TERMINATE_WAIT.  A submit with
 * the callback and argument of a live request adds a reference to it and
 * sets its interval, as illumos does.  Requests are few and their list is
 * not on any I/O path: one mutex guards it.
 */
#include "scsa_sol.h"	/* first: see <scsa/scsa_prelude.h> */
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/workqueue.h>
#include <linux/jiffies.h>
#include <sys/scsi/scsi_watch.h>

/* illumos declares the callbacks unprototyped: int (*callback)() */
#pragma GCC diagnostic ignored "-Wstrict-prototypes"

enum { SW_WATCH, SW_SUSPENDED, SW_STOP };

struct scsa_watch {
	struct list_head node;
	struct scsi_device *devp;
	unsigned long interval;		/* jiffies */
	int sense_length;
	int (*callback)(caddr_t, struct scsi_watch_result *);
	caddr_t arg;
	bool mmc;
	int ref;
	int state;			/* SW_*, under scsa_watch_lock */
	struct delayed_work work;
};

static LIST_HEAD(scsa_watches);
static DEFINE_MUTEX(scsa_watch_lock);

/* One poll of @w's device; the callback; the next one scheduled. */
static void scsa_watch_poll(struct work_struct *work)
{
	struct scsa_watch *w = container_of(to_delayed_work(work),
					    struct scsa_watch, work);
	struct scsi_watch_result res = { };
	struct scsi_arq_status *arq;
	struct scsi_pkt *pkt;
	struct buf *bp = NULL;
	int stop = 0;

	if (READ_ONCE(w->state) != SW_WATCH)
		return;
	if (w->mmc) {
		bp = scsi_alloc_consistent_buf(&w->devp->sd_address, NULL, 8,
					       B_READ, SLEEP_FUNC, NULL);
		if (!bp)
			goto again;
	}
	pkt = scsi_init_pkt(&w->devp->sd_address, NULL, bp,
			    w->mmc ? CDB_GROUP1 : CDB_GROUP0,
			    sizeof(struct scsi_arq_status), 0, 0, SLEEP_FUNC,
			    NULL);
	if (!pkt)
		goto again;
	memset(pkt->pkt_cdbp, 0, w->mmc ? CDB_GROUP1 : CDB_GROUP0);
	if (w->mmc) {
		pkt->pkt_cdbp[0] = SCMD_GET_EVENT_STATUS_NOTIFICATION;
		pkt->pkt_cdbp[1] = 1;		/* polled */
		pkt->pkt_cdbp[4] = 1 << SD_GESN_MEDIA_CLASS;
		pkt->pkt_cdbp[8] = 8;
	} else {
		pkt->pkt_cdbp[0] = SCMD_TEST_UNIT_READY;
	}
	pkt->pkt_time = SCSI_WATCH_IO_TIME;
	pkt->pkt_flags = FLAG_NOINTR;
	if (scsi_poll(pkt) == 0 || pkt->pkt_reason == CMD_CMPLT) {
		arq = (struct scsi_arq_status *)pkt->pkt_scbp;
		res.statusp = (struct scsi_status *)pkt->pkt_scbp;
		res.pkt = pkt;
		if ((pkt->pkt_state & STATE_ARQ_DONE) &&
		    !(*(uchar_t *)&arq->sts_rqpkt_status & STATUS_MASK)) {
			res.sensep = &arq->sts_sensedata;
			res.actual_sense_length =
				(uchar_t)(SENSE_LENGTH - arq->sts_rqpkt_resid);
		}
		if (bp)
			memcpy(res.mmc_data, bp->b_un.b_addr, 8);
		stop = w->callback(w->arg, &res);
	}
	scsi_destroy_pkt(pkt);
again:
	if (bp)
		scsi_free_consistent_buf(bp);
	mutex_lock(&scsa_watch_lock);
	if (stop && w->state == SW_WATCH)
		w->state = SW_STOP;
	if (w->state == SW_WATCH)
		queue_delayed_work(system_long_wq, &w->work, w->interval);
	mutex_unlock(&scsa_watch_lock);
}

static opaque_t scsa_watch_submit(struct scsi_device *devp, int interval,
				  int sense_length, int (*callback)(),
				  caddr_t cb_arg, bool mmc)
{
	int (*cb)(caddr_t, struct scsi_watch_result *) = (void *)callback;
	struct scsa_watch *w;

	if (!devp || !callback || interval <= 0 || sense_length < 0 ||
	    !preemptible())
		return NULL;
	mutex_lock(&scsa_watch_lock);
	list_for_each_entry(w, &scsa_watches, node)
		if (w->callback == cb && w->arg == cb_arg &&
		    w->state != SW_STOP) {
			w->ref++;
			w->interval = usecs_to_jiffies(interval);
			if (w->state == SW_WATCH)
				mod_delayed_work(system_long_wq, &w->work, 0);
			mutex_unlock(&scsa_watch_lock);
			return w;
		}
	mutex_unlock(&scsa_watch_lock);
	w = kzalloc(sizeof(*w), GFP_KERNEL);
	if (!w)
		return NULL;
	w->devp = devp;
	w->interval = usecs_to_jiffies(interval);
	w->sense_length = sense_length;
	w->callback = cb;
	w->arg = cb_arg;
	w->mmc = mmc;
	w->ref = 1;
	w->state = SW_WATCH;
	INIT_DELAYED_WORK(&w->work, scsa_watch_poll);
	mutex_lock(&scsa_watch_lock);
	list_add_tail(&w->node, &scsa_watches);
	queue_delayed_work(system_long_wq, &w->work, 0);
	mutex_unlock(&scsa_watch_lock);
	return w;
}

/**
 * scsi_watch_request_submit() - poll a device with TEST UNIT READY.
 * @devp:         the target.
 * @interval:     microseconds between polls (> 0); the first is at once.
 * @sense_length: sense bytes the driver wants (accepted; the sense
 *                delivered is the SENSE_LENGTH of auto request sense).
 * @callback:     int callback(caddr_t cb_arg, struct scsi_watch_result *)
 *                after each poll, in a kernel thread; non-zero stops the
 *                request (it still needs terminating).
 * @cb_arg:       its argument; (@callback, @cb_arg) names the request.
 *
 * Context: process or kernel-thread context; may sleep.
 * Source: scsi_watch_request_submit(9F).
 * Return: the request's token, or NULL (bad argument, no memory).
 */
opaque_t scsi_watch_request_submit(struct scsi_device *devp, int interval,
				   int sense_length, int (*callback)(),
				   caddr_t cb_arg)
{
	return scsa_watch_submit(devp, interval, sense_length, callback,
				 cb_arg, false);
}
EXPORT_SYMBOL_GPL(scsi_watch_request_submit);

/**
 * scsi_mmc_watch_request_submit() - poll with GET EVENT STATUS
 * NOTIFICATION (media class); the result's mmc_data holds its 8 bytes.
 * @devp:         the target.
 * @interval:     microseconds between polls (> 0).
 * @sense_length: as scsi_watch_request_submit().
 * @callback:     as scsi_watch_request_submit().
 * @cb_arg:       its argument.
 *
 * Context: process or kernel-thread context; may sleep.
 * Source: illumos's scsi_mmc_watch_request_submit() (scsi_watch.c).
 * Return: the token, or NULL.
 */
opaque_t scsi_mmc_watch_request_submit(struct scsi_device *devp,
				       int interval, int sense_length,
				       int (*callback)(), caddr_t cb_arg)
{
	return scsa_watch_submit(devp, interval, sense_length, callback,
				 cb_arg, true);
}
EXPORT_SYMBOL_GPL(scsi_mmc_watch_request_submit);

static struct scsa_watch *scsa_watch_find(opaque_t token)
{
	struct scsa_watch *w;

	lockdep_assert_held(&scsa_watch_lock);
	list_for_each_entry(w, &scsa_watches, node)
		if (w == token)
			return w;
	return NULL;
}

/**
 * scsi_watch_request_terminate() - drop a reference to a watch request;
 * the last one ends it.
 * @token: from a submit.
 * @flags: SCSI_WATCH_TERMINATE_WAIT (wait for a poll in progress),
 *         SCSI_WATCH_TERMINATE_NOWAIT (fail if one is), or
 *         SCSI_WATCH_TERMINATE_ALL_WAIT (all references at once, waiting).
 *
 * Once it returns SCSI_WATCH_TERMINATE_SUCCESS for the last reference the
 * callback is not running and will not run again.
 * Context: process or kernel-thread context; may sleep (WAIT); not from
 * the request's own callback with WAIT.
 * Source: scsi_watch_request_terminate(9F).
 * Return: SCSI_WATCH_TERMINATE_SUCCESS, or SCSI_WATCH_TERMINATE_FAIL (an
 * unknown token, a bad flag, NOWAIT while a poll is in progress).
 */
int scsi_watch_request_terminate(opaque_t token, int flags)
{
	struct scsa_watch *w;

	if (flags != SCSI_WATCH_TERMINATE_WAIT &&
	    flags != SCSI_WATCH_TERMINATE_NOWAIT &&
	    flags != SCSI_WATCH_TERMINATE_ALL_WAIT)
		return SCSI_WATCH_TERMINATE_FAIL;
	mutex_lock(&scsa_watch_lock);
	w = scsa_watch_find(token);
	if (!w) {
		mutex_unlock(&scsa_watch_lock);
		return SCSI_WATCH_TERMINATE_FAIL;
	}
	if (flags != SCSI_WATCH_TERMINATE_ALL_WAIT && w->ref > 1) {
		w->ref--;
		mutex_unlock(&scsa_watch_lock);
		return SCSI_WATCH_TERMINATE_SUCCESS;
	}
	if (flags == SCSI_WATCH_TERMINATE_NOWAIT && work_busy(&w->work.work) &
	    WORK_BUSY_RUNNING) {
		mutex_unlock(&scsa_watch_lock);
		return SCSI_WATCH_TERMINATE_FAIL;
	}
	w->state = SW_STOP;
	list_del(&w->node);
	mutex_unlock(&scsa_watch_lock);
	cancel_delayed_work_sync(&w->work);
	kfree(w);
	return SCSI_WATCH_TERMINATE_SUCCESS;
}
EXPORT_SYMBOL_GPL(scsi_watch_request_terminate);

/**
 * scsi_watch_get_ref_count() - the references to a watch request.
 * @token: from a submit.
 *
 * Context: any sleepable context.  Source: illumos's
 * scsi_watch_get_ref_count().
 * Return: the count, or 0 for an unknown token.
 */
int scsi_watch_get_ref_count(opaque_t token)
{
	struct scsa_watch *w;
	int n;

	mutex_lock(&scsa_watch_lock);
	w = scsa_watch_find(token);
	n = w ? w->ref : 0;
	mutex_unlock(&scsa_watch_lock);
	return n;
}
EXPORT_SYMBOL_GPL(scsi_watch_get_ref_count);

/**
 * scsi_watch_suspend() - stop polling until scsi_watch_resume(); waits
 * for a poll in progress.
 * @token: from a submit; unknown tokens are ignored.
 *
 * Context: process or kernel-thread context; may sleep; not from the
 * request's own callback.  Source: illumos's scsi_watch_suspend().
 */
void scsi_watch_suspend(opaque_t token)
{
	struct scsa_watch *w;

	mutex_lock(&scsa_watch_lock);
	w = scsa_watch_find(token);
	if (w && w->state == SW_WATCH)
		w->state = SW_SUSPENDED;
	mutex_unlock(&scsa_watch_lock);
	if (w)
		cancel_delayed_work_sync(&w->work);
}
EXPORT_SYMBOL_GPL(scsi_watch_suspend);

/**
 * scsi_watch_resume() - poll a suspended request again, at once.
 * @token: from a submit; unknown or stopped requests are ignored.
 *
 * Context: any sleepable context.  Source: illumos's scsi_watch_resume().
 */
void scsi_watch_resume(opaque_t token)
{
	struct scsa_watch *w;

	mutex_lock(&scsa_watch_lock);
	w = scsa_watch_find(token);
	if (w && w->state == SW_SUSPENDED) {
		w->state = SW_WATCH;
		queue_delayed_work(system_long_wq, &w->work, 0);
	}
	mutex_unlock(&scsa_watch_lock);
}
EXPORT_SYMBOL_GPL(scsi_watch_resume);
