// SPDX-License-Identifier: GPL-2.0
/*
 * uscsi_cmd - send one SCSI command through the uscsi(4I) USCSICMD ioctl
 * of a Solaris-style driver's node (scsa_sgen: /dev/scsa/scsa_sgen0:direct)
 * and print what came back.  Built statically on the host (make tools;
 * check.sh puts it into the guest's /scsa/tests/).
 *
 *   uscsi_cmd [options] DEVICE CDB-BYTE...    e.g.  ... 12 00 00 00 24 00
 *
 * CDB bytes are hex, one or more per argument ("12 00" or "1200").
 * DEVICE "-" with -F FD uses an inherited open descriptor.
 *
 * Output, one "key=value" line each:
 *   open=0|<ERRNO NAME>           the open (when DEVICE is opened here)
 *   errno=0|<ERRNO NAME>          the ioctl (or pread/pwrite)
 *   rval=N                        what a successful ioctl returned
 *   status=0x.. resid=N rqstatus=0x.. rqresid=N     after USCSICMD
 *                                 (status=0xffff: not written back)
 *   sense=<hex bytes>             rqlen - rqresid bytes of sense
 *   sense_key=0x. asc=0x.. ascq=0x..                fixed or descriptor
 *   data=<hex bytes>              data in (without -o)
 *   bytes=N                       pread/pwrite result
 *   maxxfer=N                     USCSIMAXXFER
 * Exit status: 0 if the request succeeded, 1 if it failed (errno line),
 * 2 for a usage or set-up error.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <grp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#include "sys/scsi/impl/uscsi.h"

#define MAX_CDB		260
#define MAX_SENSE	255

static const struct { int e; const char *n; } errnames[] = {
	{ EPERM, "EPERM" }, { ENOENT, "ENOENT" }, { EINTR, "EINTR" },
	{ EIO, "EIO" }, { ENXIO, "ENXIO" }, { EBADF, "EBADF" },
	{ EAGAIN, "EAGAIN" }, { ENOMEM, "ENOMEM" }, { EACCES, "EACCES" },
	{ EFAULT, "EFAULT" }, { EBUSY, "EBUSY" }, { ENODEV, "ENODEV" },
	{ EINVAL, "EINVAL" }, { ENOTTY, "ENOTTY" }, { ENOSPC, "ENOSPC" },
	{ ESPIPE, "ESPIPE" }, { EROFS, "EROFS" }, { EOPNOTSUPP, "ENOTSUP" },
	{ ETIMEDOUT, "ETIMEDOUT" },
};

static const char *errname(int e)
{
	static char buf[32];
	size_t i;

	if (!e)
		return "0";
	for (i = 0; i < sizeof(errnames) / sizeof(errnames[0]); i++)
		if (errnames[i].e == e)
			return errnames[i].n;
	snprintf(buf, sizeof(buf), "E%d", e);
	return buf;
}

static void usage(void)
{
	fprintf(stderr,
"usage: uscsi_cmd [options] DEVICE [CDB-HEX...]\n"
"  -r N        data in: N bytes (USCSI_READ)\n"
"  -w FILE     data out: the bytes of FILE (all, or -n of them)\n"
"  -x HEX      data out given in hex\n"
"  -n N        data out length (with -w/-x; pads with zeros)\n"
"  -o FILE     write data in to FILE (default: hex on the data= line)\n"
"  -t SECS     uscsi_timeout\n"
"  -s N        USCSI_RQENABLE with an N-byte sense buffer (default 252;\n"
"              0: no USCSI_RQENABLE)\n"
"  -f FLAGS    more uscsi_flags bits (C number)\n"
"  -F FD       use the open descriptor FD (DEVICE \"-\")\n"
"  -e          open with O_EXCL      -R  open O_RDONLY (default O_RDWR)\n"
"  -u UID      become UID (gid UID, no groups) before the open\n"
"  -U UID      become UID after the open, before the request\n"
"  -H SECS     keep the device open SECS seconds before exiting\n"
"  -O          open only (with -H: and hold); no request\n"
"  -M          USCSIMAXXFER instead of USCSICMD\n"
"  -I NUM      issue ioctl NUM (C number) with the uscsi_cmd\n"
"  --cdblen N --buflen N --rqlen N     override the computed fields\n"
"  --bufaddr null|odd|bad  --cdbaddr null|bad  --rqbuf null|bad\n"
"  --arg null|bad          the ioctl's argument itself\n"
"  --pread OFF:LEN | --pwrite OFF:LEN  read(2)/write(2) at OFF instead\n"
"              of an ioctl (data: -o / -w; --bufaddr odd applies)\n");
	exit(2);
}

static unsigned long num(const char *s)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(s, &end, 0);
	if (errno || end == s || *end) {
		fprintf(stderr, "uscsi_cmd: bad number '%s'\n", s);
		exit(2);
	}
	return v;
}

/* Parse hex bytes ("12 00", "1200", "0x12") into out; returns count. */
static size_t hexbytes(const char *s, unsigned char *out, size_t max,
		       size_t n)
{
	while (*s) {
		unsigned int v;

		if (*s == ' ' || *s == ',' || *s == ':') {
			s++;
			continue;
		}
		if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
			s += 2;
		if (sscanf(s, "%2x", &v) != 1 || n >= max) {
			fprintf(stderr, "uscsi_cmd: bad hex '%s'\n", s);
			exit(2);
		}
		out[n++] = (unsigned char)v;
		s += (s[1] && s[1] != ' ' && s[1] != ',') ? 2 : 1;
	}
	return n;
}

static void hexline(const char *key, const unsigned char *p, size_t n)
{
	size_t i;

	printf("%s=", key);
	for (i = 0; i < n; i++)
		printf("%s%02x", i ? " " : "", p[i]);
	printf("\n");
}

/* An address that is not accessible: one PROT_NONE page. */
static void *bad_address(void)
{
	void *p = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS,
		       -1, 0);

	if (p == MAP_FAILED) {
		perror("uscsi_cmd: mmap");
		exit(2);
	}
	return p;
}

static void *special(const char *how, void *normal)
{
	if (!how)
		return normal;
	if (!strcmp(how, "null"))
		return NULL;
	if (!strcmp(how, "bad"))
		return bad_address();
	if (!strcmp(how, "odd") && normal)
		return (char *)normal + 1;
	fprintf(stderr, "uscsi_cmd: bad address mode '%s'\n", how);
	exit(2);
}

/* The whole of @path, malloc'ed; its length in *@len. */
static unsigned char *read_file(const char *path, size_t *len)
{
	unsigned char *p = NULL;
	size_t n = 0, cap = 0, got;
	FILE *f = fopen(path, "rb");

	if (!f) {
		perror(path);
		exit(2);
	}
	do {
		if (n == cap) {
			cap = cap ? cap * 2 : 65536;
			p = realloc(p, cap);
			if (!p)
				exit(2);
		}
		got = fread(p + n, 1, cap - n, f);
		n += got;
	} while (got);
	fclose(f);
	*len = n;
	return p;
}

static void become(unsigned long uid)
{
	if (setgroups(0, NULL) || setgid((gid_t)uid) || setuid((uid_t)uid)) {
		perror("uscsi_cmd: dropping privileges");
		exit(2);
	}
}

static void print_sense(const unsigned char *s, size_t n)
{
	unsigned int key = 0, asc = 0, ascq = 0;

	hexline("sense", s, n);
	if (n >= 2 && ((s[0] & 0x7f) == 0x72 || (s[0] & 0x7f) == 0x73)) {
		key = s[1] & 0xf;
		asc = n > 2 ? s[2] : 0;
		ascq = n > 3 ? s[3] : 0;
	} else if (n >= 3) {
		key = s[2] & 0xf;
		asc = n > 12 ? s[12] : 0;
		ascq = n > 13 ? s[13] : 0;
	}
	if (n)
		printf("sense_key=0x%x asc=0x%02x ascq=0x%02x\n", key, asc,
		       ascq);
}

int main(int argc, char **argv)
{
	static const struct option lopts[] = {
		{ "cdblen", required_argument, NULL, 1 },
		{ "buflen", required_argument, NULL, 2 },
		{ "rqlen", required_argument, NULL, 3 },
		{ "bufaddr", required_argument, NULL, 4 },
		{ "cdbaddr", required_argument, NULL, 5 },
		{ "rqbuf", required_argument, NULL, 6 },
		{ "arg", required_argument, NULL, 7 },
		{ "pread", required_argument, NULL, 8 },
		{ "pwrite", required_argument, NULL, 9 },
		{ NULL, 0, NULL, 0 },
	};
	const char *wfile = NULL, *xhex = NULL, *ofile = NULL;
	const char *bufmode = NULL, *cdbmode = NULL, *rqmode = NULL;
	const char *argmode = NULL, *rwspec = NULL;
	long cdblen_o = -1, buflen_o = -1, rqlen_o = -1;
	long uid_before = -1, uid_after = -1, hold = 0;
	unsigned long rlen = 0, nlen = 0, extra_flags = 0, ioc = USCSICMD;
	int fd = -1, oflags = O_RDWR, timeout = 0, rqlen = 252;
	int open_only = 0, maxxfer = 0, rw_write = 0, opt, rc, err;
	unsigned char cdb[MAX_CDB], sense[MAX_SENSE];
	unsigned char *buf = NULL, *data, *src = NULL;
	size_t cdblen = 0, buflen = 0, srclen = 0, cap;
	int odd;
	struct uscsi_cmd uc;
	const char *dev;
	void *arg;

	while ((opt = getopt_long(argc, argv, "r:w:x:n:o:t:s:f:F:eRu:U:H:OMI:",
				  lopts, NULL)) != -1) {
		switch (opt) {
		case 'r': rlen = num(optarg); break;
		case 'w': wfile = optarg; break;
		case 'x': xhex = optarg; break;
		case 'n': nlen = num(optarg); break;
		case 'o': ofile = optarg; break;
		case 't': timeout = (int)num(optarg); break;
		case 's': rqlen = (int)num(optarg); break;
		case 'f': extra_flags = num(optarg); break;
		case 'F': fd = (int)num(optarg); break;
		case 'e': oflags |= O_EXCL; break;
		case 'R': oflags = (oflags & ~O_ACCMODE) | O_RDONLY; break;
		case 'u': uid_before = (long)num(optarg); break;
		case 'U': uid_after = (long)num(optarg); break;
		case 'H': hold = (long)num(optarg); break;
		case 'O': open_only = 1; break;
		case 'M': maxxfer = 1; break;
		case 'I': ioc = num(optarg); break;
		case 1: cdblen_o = (long)num(optarg); break;
		case 2: buflen_o = (long)num(optarg); break;
		case 3: rqlen_o = (long)num(optarg); break;
		case 4: bufmode = optarg; break;
		case 5: cdbmode = optarg; break;
		case 6: rqmode = optarg; break;
		case 7: argmode = optarg; break;
		case 8: rwspec = optarg; rw_write = 0; break;
		case 9: rwspec = optarg; rw_write = 1; break;
		default: usage();
		}
	}
	if (optind >= argc)
		usage();
	dev = argv[optind++];
	for (; optind < argc; optind++)
		cdblen = hexbytes(argv[optind], cdb, sizeof(cdb), cdblen);
	if (rqlen > MAX_SENSE) {
		fprintf(stderr, "uscsi_cmd: -s at most %d\n", MAX_SENSE);
		return 2;
	}

	/* data out: from a file or hex; data in: -r bytes */
	if (rwspec) {
		char *colon = strchr(rwspec, ':');

		if (!colon)
			usage();
		*colon = '\0';
		rlen = num(colon + 1);
	}
	if (wfile) {
		src = read_file(wfile, &srclen);
	} else if (xhex) {
		src = malloc(strlen(xhex) / 2 + 1);
		if (!src)
			return 2;
		srclen = hexbytes(xhex, src, strlen(xhex) / 2 + 1, 0);
	}
	if (wfile || xhex)
		buflen = nlen ? nlen : srclen;
	else
		buflen = rlen;
	/* page aligned, with a spare byte for --bufaddr odd */
	odd = bufmode && !strcmp(bufmode, "odd");
	cap = buflen + 4096 + 1;
	if (posix_memalign((void **)&buf, 4096, cap)) {
		perror("uscsi_cmd: posix_memalign");
		return 2;
	}
	memset(buf, 0, cap);
	if (src)
		memcpy(buf + odd, src, srclen < buflen ? srclen : buflen);
	data = odd ? buf + 1 : special(bufmode, buf);

	if (uid_before >= 0)
		become((unsigned long)uid_before);
	if (fd < 0) {
		fd = open(dev, oflags);
		err = fd < 0 ? errno : 0;
		printf("open=%s\n", errname(err));
		fflush(stdout);
		if (fd < 0)
			return 1;
	}
	if (uid_after >= 0)
		become((unsigned long)uid_after);
	if (open_only) {
		if (hold)
			sleep((unsigned int)hold);
		return 0;
	}

	if (rwspec) {
		off_t off = (off_t)num(rwspec);
		ssize_t n = rw_write ? pwrite(fd, data, buflen, off) :
				       pread(fd, data, buflen, off);

		err = n < 0 ? errno : 0;
		printf("errno=%s\n", errname(err));
		printf("bytes=%zd\n", n);
		if (!rw_write && n > 0 && ofile) {
			FILE *f = fopen(ofile, "wb");

			if (!f || fwrite(data, 1, (size_t)n, f) != (size_t)n) {
				perror(ofile);
				return 2;
			}
			fclose(f);
		}
		return err ? 1 : 0;
	}

	if (maxxfer) {
		uscsi_xfer_t max = 0;

		arg = special(argmode, &max);
		rc = ioctl(fd, USCSIMAXXFER, arg);
		err = rc < 0 ? errno : 0;
		printf("errno=%s\n", errname(err));
		if (!err)
			printf("maxxfer=%llu\n", (unsigned long long)max);
		if (hold)
			sleep((unsigned int)hold);
		return err ? 1 : 0;
	}

	memset(&uc, 0, sizeof(uc));
	memset(sense, 0, sizeof(sense));
	uc.uscsi_flags = (rlen && !(wfile || xhex) ? USCSI_READ : USCSI_WRITE) |
			 (int)extra_flags;
	uc.uscsi_timeout = (short)timeout;
	uc.uscsi_cdb = special(cdbmode, (char *)cdb);
	uc.uscsi_cdblen = (unsigned char)(cdblen_o >= 0 ? cdblen_o :
					  (long)cdblen);
	uc.uscsi_bufaddr = (buflen || bufmode) ? (caddr_t)data : NULL;
	uc.uscsi_buflen = buflen_o >= 0 ? (size_t)buflen_o : buflen;
	if (rqlen > 0 || rqlen_o >= 0) {
		uc.uscsi_flags |= USCSI_RQENABLE;
		uc.uscsi_rqlen = (unsigned char)(rqlen_o >= 0 ? rqlen_o : rqlen);
		uc.uscsi_rqbuf = special(rqmode, (char *)sense);
	}
	/* what a driver that copies nothing out leaves: no status, no sense */
	uc.uscsi_status = -1;
	uc.uscsi_resid = uc.uscsi_buflen;
	uc.uscsi_rqresid = uc.uscsi_rqlen;
	arg = special(argmode, &uc);
	rc = ioctl(fd, ioc, arg);
	err = rc < 0 ? errno : 0;
	printf("errno=%s\n", errname(err));
	if (!err)
		printf("rval=%d\n", rc);
	if (arg == &uc) {
		printf("status=0x%02x resid=%zu rqstatus=0x%02x rqresid=%u\n",
		       (unsigned int)(unsigned short)uc.uscsi_status,
		       uc.uscsi_resid, uc.uscsi_rqstatus, uc.uscsi_rqresid);
		if ((uc.uscsi_flags & USCSI_RQENABLE) &&
		    uc.uscsi_rqbuf == (caddr_t)sense &&
		    uc.uscsi_rqresid <= uc.uscsi_rqlen)
			print_sense(sense, uc.uscsi_rqlen - uc.uscsi_rqresid);
		if ((uc.uscsi_flags & USCSI_READ) && uc.uscsi_bufaddr &&
		    uc.uscsi_bufaddr == (caddr_t)data && uc.uscsi_resid <=
		    uc.uscsi_buflen && uc.uscsi_buflen <= buflen &&
		    !(bufmode && !strcmp(bufmode, "bad"))) {
			size_t got = uc.uscsi_buflen - uc.uscsi_resid;

			if (ofile) {
				FILE *f = fopen(ofile, "wb");

				if (!f || fwrite(data, 1, got, f) != got) {
					perror(ofile);
					return 2;
				}
				fclose(f);
			} else {
				hexline("data", data, got);
			}
		}
	}
	fflush(stdout);
	if (hold)
		sleep((unsigned int)hold);
	return err ? 1 : 0;
}
