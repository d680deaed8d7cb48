/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/note.h>: _NOTE(), illumos's annotations for static analysers
 * (lock protection, unshared data, ...).  They generate no code.
 */
#ifndef _SCSA_SYS_NOTE_H
#define _SCSA_SYS_NOTE_H

#define	_NOTE(s)
#define	NOTE(s)

#endif /* _SCSA_SYS_NOTE_H */
