// SPDX-License-Identifier: GPL-2.0
/*
 * desc: scsi_host_alloc() takes a const struct scsi_host_template
 *       (Linux 6.4)
 * group: shost_template
 */
#include <scsi/scsi_host.h>

_Static_assert(__builtin_types_compatible_p(typeof(&scsi_host_alloc),
	struct Scsi_Host *(*)(const struct scsi_host_template *, int)),
	"scsi_host_alloc(const struct scsi_host_template *, int)");
