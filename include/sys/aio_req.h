/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/aio_req.h>: struct aio_req (aio_req(9S)), the argument of
 * aread(9E)/awrite(9E), and aphysio(9F).
 *
 * scsa-compat never calls cb_aread or cb_awrite (Linux's asynchronous I/O
 * does not reach character drivers that way), so a driver's aread/awrite
 * only matter if it calls them itself.  aphysio() is not implemented: it
 * returns ENOTSUP (see Documentation/deviations.rst).
 */
#ifndef _SCSA_SYS_AIO_REQ_H
#define _SCSA_SYS_AIO_REQ_H

#include <sys/types.h>
#include <sys/scsa_names.h>

#include <sys/uio.h>

struct buf;

typedef struct aio_req {
	struct uio	*aio_uio;	/* the transfer */
	void		*aio_private;
} aio_req_t;

int aphysio(int (*strat)(struct buf *), int (*cancel)(struct buf *),
	dev_t dev, int rw, void (*mincnt)(struct buf *), struct aio_req *aio);
int anocancel(struct buf *bp);

#endif /* _SCSA_SYS_AIO_REQ_H */
