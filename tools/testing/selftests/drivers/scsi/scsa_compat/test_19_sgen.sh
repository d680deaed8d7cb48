#!/bin/sh
# shellcheck disable=SC2046,SC2086
# SPDX-License-Identifier: GPL-2.0
#
# Character devices of Solaris-style drivers (issue 6): the uscsi(4I)
# pass-through driver scsa_sgen and the raw disk node of scsa_disk,
# checked against Linux's own view of the same LUN (sg3_utils through
# sg, dd through sd).  The user side is ./uscsi_cmd (built on the host).
#
#   A  scsa_sgen attaches to the scsa_vhba LUN: /dev/scsa/scsa_sgenN:direct
#      is a character device, mode 0600, owner root, node_type
#      ddi_generic:scsi, its major is "scsa_sgen" in /proc/devices
#   B  INQUIRY through USCSICMD = sg_inq --raw and sg_raw through sg
#      (36 and 96 bytes, resid); an odd (unaligned) buffer too
#   C  READ CAPACITY(10) and (16) = sg_readcap (--16)
#   D  a pattern written with uscsi WRITE(10) reads back through sd and
#      sg_dd; one written through sd reads back with uscsi READ(10)
#      (64 KiB and 256 KiB)
#   E  an unsupported opcode: errno 0 (as illumos sgen), status CHECK,
#      sense key ILLEGAL REQUEST / ASC 0x20 in uscsi_rqbuf, the same
#      sense bytes as sg_raw gets; uscsi_rqlen 255, 8 and none
#   F  validation: cdblen 0, 5 (INQUIRY), 17 (> max-cdb-length 16),
#      buflen > USCSIMAXXFER, reserved/unsupported flags, two resets,
#      NULL and unmapped buffer, CDB, sense buffer and argument, RQENABLE
#      without rqlen or rqbuf, an unknown ioctl; a dropped command with
#      uscsi_timeout 2 ends with EIO; USCSI_RESET_LUN resets (vhba count)
#   G  privileges: uid 65534 cannot open the 0600 node (EACCES); with the
#      node 0666 the driver still refuses it (drv_priv: EPERM); root's
#      open then an unprivileged ioctl: EPERM
#   H  FEXCL: O_EXCL while open -> EBUSY; any open while open O_EXCL ->
#      EBUSY; free again afterwards
#   I  scsa_disk's raw node /dev/scsa/scsa_diskN:raw: data written
#      through it (dd) reads back through sd and the reverse; an odd
#      buffer; offsets/lengths not multiple of the block size -> EINVAL;
#      end of device: read 0 bytes, write ENXIO, a read across the end is
#      cut short; the same on the virtio-scsi disk, with INQUIRY through
#      its scsa_sgen node = sg_inq
#   K  scsa_ktest (ktest_cdev.c): ktest "uio" (uiomove, physio with a
#      counting strategy, minphys, aphysio ENOTSUP, drv_priv; their bad
#      arguments) and "cdev" (ddi_create_minor_node refuses NULL, empty,
#      '/' and 79-character names, S_IFBLK, CLONE_DEV, unknown flags,
#      minor 2^20, duplicates; makes /dev/scsa/scsa_ktestN:ktest, minor
#      100 + N): its cb_read/cb_write (uiomove) at offsets, the ENOSPC it
#      returns, cb_ioctl's mode (FREAD/FWRITE, never FKIOCTL), cb_open's
#      flag (FEXCL for O_EXCL), cb_close on the last close only; then
#      ddi_remove_minor_node (ktest "cdev_rm") removes it
#   J  with nodes open: rmmod scsa_sgen is refused (module in use) and
#      the node still works; deleting the LUN detaches both drivers, the
#      open descriptors then fail with ENXIO, closing them is fine, and
#      the drivers unload; unloading the host with a node open too
# Pass: every check holds.  Skip (4): sg3_utils not installed.
# scsa-timeout=600
#
# CDB bytes are passed as separate words on purpose ($BADOP, $(rw10 ...)):

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_compat scsa_vhba scsa_sgen scsa_disk scsa_ktest

USCSI=$(cd "$(dirname "$0")" && pwd)/uscsi_cmd
[ -x "$USCSI" ] || die "no $USCSI (built by 'make tools', staged by check.sh)"
for t in sg_raw sg_inq sg_readcap; do
	command -v $t > /dev/null 2>&1 || skip "$t (sg3_utils) not installed"
done
O=$SCSA_TMP/u.out

# u ARGS...: run uscsi_cmd (bounded), output in $O, shown as diagnostics
u()
{
	diag "uscsi_cmd $*"
	bounded 90 "$USCSI" "$@" > "$O" 2>&1
	_u_rc=$?
	diag_file "$O"
	return $_u_rc
}

# kv KEY: the value of the first "KEY=" line of $O (or the KEY=v pair
# of a line holding several)
kv()
{
	awk -v k="$1" '{
		for (i = 1; i <= NF; i++)
			if (index($i, k "=") == 1) {
				print substr($i, length(k) + 2); exit
			}
	}' "$O"
}

# hexline KEY: the bytes after "KEY=" (sense=, data=)
hexline()
{
	sed -n "s/^$1=//p" "$O" | head -n 1
}

# expect DESC KEY VALUE: check a value of the last run
expect()
{
	_ex_v=$(kv "$2")
	if [ "$_ex_v" = "$3" ]; then
		pass "$1: $2=$3"
	else
		fail "$1: $2 is '$_ex_v', expected '$3'"
	fi
}

# uerr DESC ERRNO ARGS...: a request that must fail with ERRNO
uerr()
{
	_ue_d=$1
	_ue_e=$2
	shift 2
	u "$@"
	expect "$_ue_d" errno "$_ue_e"
}

# bytes_dec FILE OFF N: N bytes of FILE at OFF as a big-endian number
bytes_dec()
{
	od -An -tu1 -j "$2" -N "$3" "$1" | awk '{
		for (i = 1; i <= NF; i++) v = v * 256 + $i
	} END { printf "%.0f\n", v }'
}

# sgraw_sense FILE: the raw sense bytes sg_raw printed (lowercase hex,
# space separated), empty if it printed none
sgraw_sense()
{
	awk '
	/[Ss]ense data/ && /hex|:/ { on = 1; sub(/.*:/, ""); }
	on {
		n = split($0, f, /[ \t]+/)
		got = 0
		for (i = 1; i <= n; i++)
			if (f[i] ~ /^[0-9a-fA-F][0-9a-fA-F]$/) {
				out = out (out == "" ? "" : " ") tolower(f[i]); got = 1
			}
		if (!got && out != "") on = 0
	}
	END { print out }' "$1"
}

# ---------------------------------------------------------------- setup
load_mod scsa_compat || die "insmod scsa_compat"
load_mod scsa_vhba || die "insmod scsa_vhba"
load_mod scsa_sgen || die "insmod scsa_sgen"
VHBA=$(wait_hctl vhba 30) || die "no scsa_vhba LUN"
wait_attached "$VHBA" scsa_sgen 30 || die "scsa_sgen did not attach to $VHBA"
NODE=$(wait_scsa_node "$VHBA" scsa_sgen 30) ||
	die "no /dev/scsa node of scsa_sgen for $VHBA"
wait_for "sg_of $VHBA" 30 || die "no sg node for $VHBA"
SG=$(sg_of "$VHBA")
SD=$(wait_sd "$VHBA" 30) || die "no sd disk for $VHBA"
INST=$(attach_instance "$VHBA" scsa_sgen)
diag "vhba LUN $VHBA: $NODE (instance $INST), $SG, $SD"
show_attachments
[ -r "$COMPAT_DBG/minors" ] && { diag "minors:"; diag_file "$COMPAT_DBG/minors"; }

# ---------------------------------------------------------------- A
diag "== A: the node"
check "$NODE is named after instance $INST and type direct" \
	[ "$NODE" = "/dev/scsa/scsa_sgen$INST:direct" ]
check "$NODE is a character device" [ -c "$NODE" ]
MODE=$(stat -c '%a %u %g' "$NODE" 2>/dev/null)
check "$NODE is mode 0600, owner root ($MODE)" [ "$MODE" = "600 0 0" ]
SYS=/sys/class/scsa/${NODE##*/}
check "node_type is ddi_generic:scsi" \
	[ "$(cat "$SYS/node_type" 2>/dev/null)" = "ddi_generic:scsi" ]
MAJ=$(awk '$2 == "scsa_sgen" { print $1 }' /proc/devices)
DEVNO=$(cat "$SYS/dev" 2>/dev/null)
check "the node's major ($DEVNO) is scsa_sgen's ($MAJ), minor = instance" \
	[ "$DEVNO" = "$MAJ:$INST" ]
check "debugfs minors lists it live" \
	grep -q "^${NODE##*/} $MAJ:$INST ddi_generic:scsi live\$" "$COMPAT_DBG/minors"

# ---------------------------------------------------------------- B
diag "== B: INQUIRY"
if u -r 36 -o "$SCSA_TMP/inq36.u" "$NODE" 12 00 00 00 24 00; then
	expect "INQUIRY 36" status 0x00
	expect "INQUIRY 36" resid 0
	bounded 60 sg_inq --raw --len=36 "$SG" > "$SCSA_TMP/inq36.sg" 2> "$SCSA_TMP/sg.err"
	diag_file "$SCSA_TMP/sg.err"
	check "INQUIRY data = sg_inq --raw --len=36" \
		cmp_files "$SCSA_TMP/inq36.sg" "$SCSA_TMP/inq36.u"
	check "vendor SCSAVHBA" [ "$(dd if="$SCSA_TMP/inq36.u" bs=1 skip=8 count=8 2>/dev/null)" = SCSAVHBA ]
else
	fail "INQUIRY through $NODE"
fi
u -r 96 -o "$SCSA_TMP/inq96.u" "$NODE" 12 00 00 00 60 00
expect "INQUIRY 96" errno 0
GOT96=$(file_bytes "$SCSA_TMP/inq96.u" 2>/dev/null)
expect "INQUIRY 96: resid = 96 - bytes received" resid $((96 - ${GOT96:-0}))
bounded 60 sg_raw -r 96 -o "$SCSA_TMP/inq96.sg" "$SG" 12 00 00 00 60 00 > "$SCSA_TMP/sg.out" 2>&1
diag_file "$SCSA_TMP/sg.out"
check "INQUIRY 96 data = sg_raw's" cmp_files "$SCSA_TMP/inq96.sg" "$SCSA_TMP/inq96.u"
u -r 36 --bufaddr odd -o "$SCSA_TMP/inq36.odd" "$NODE" 12 00 00 00 24 00
expect "INQUIRY into an odd buffer" errno 0
check "odd buffer: the same data" cmp_files "$SCSA_TMP/inq36.sg" "$SCSA_TMP/inq36.odd"

# ---------------------------------------------------------------- C
diag "== C: READ CAPACITY"
bounded 60 sg_readcap "$SG" > "$SCSA_TMP/rc.sg" 2>&1
diag_file "$SCSA_TMP/rc.sg"
SG_LAST=$(sed -n 's/.*Last LBA=\([0-9]*\).*/\1/p' "$SCSA_TMP/rc.sg" | head -n 1)
SG_BLK=$(sed -n 's/.*Logical block length=\([0-9]*\).*/\1/p' "$SCSA_TMP/rc.sg" | head -n 1)
u -r 8 -o "$SCSA_TMP/rc10" "$NODE" 25 00 00 00 00 00 00 00 00 00
expect "READ CAPACITY(10)" errno 0
check "READ CAPACITY(10): last LBA = sg_readcap's ($SG_LAST)" \
	[ "$(bytes_dec "$SCSA_TMP/rc10" 0 4)" = "$SG_LAST" ]
check "READ CAPACITY(10): block length = sg_readcap's ($SG_BLK)" \
	[ "$(bytes_dec "$SCSA_TMP/rc10" 4 4)" = "$SG_BLK" ]
bounded 60 sg_readcap --16 "$SG" > "$SCSA_TMP/rc.sg16" 2>&1
SG16_LAST=$(sed -n 's/.*Last LBA=\([0-9]*\).*/\1/p' "$SCSA_TMP/rc.sg16" | head -n 1)
u -r 32 -o "$SCSA_TMP/rc16" "$NODE" 9e 10 00 00 00 00 00 00 00 00 00 00 00 20 00 00
expect "READ CAPACITY(16)" errno 0
check "READ CAPACITY(16): last LBA = sg_readcap --16's ($SG16_LAST)" \
	[ "$(bytes_dec "$SCSA_TMP/rc16" 0 8)" = "$SG16_LAST" ]
check "READ CAPACITY(16): block length $SG_BLK" \
	[ "$(bytes_dec "$SCSA_TMP/rc16" 8 4)" = "$SG_BLK" ]
BLK=${SG_BLK:-512}

# ---------------------------------------------------------------- D
diag "== D: data through USCSICMD against sd and sg"
# rw10 OP LBA BLOCKS: the CDB bytes of READ(10)/WRITE(10)
rw10()
{
	printf '%s 00 %02x %02x %02x %02x 00 %02x %02x 00' "$1" \
		$((($2 >> 24) & 255)) $((($2 >> 16) & 255)) \
		$((($2 >> 8) & 255)) $(($2 & 255)) \
		$((($3 >> 8) & 255)) $(($3 & 255))
}
for BYTES in 65536 262144; do
	NB=$((BYTES / BLK))
	LBA=$((1048576 / BLK))
	next_seed
	P=$SCSA_TMP/pat.$SCSA_SEED
	pattern_file "$P" "$BYTES" "$SCSA_SEED" $((LBA * BLK))
	u -w "$P" "$NODE" $(rw10 2a "$LBA" "$NB")
	expect "uscsi WRITE(10) of $BYTES bytes" errno 0
	expect "uscsi WRITE(10) of $BYTES bytes" resid 0
	check "$BYTES bytes written with uscsi read back through $SD" \
		cmp_dev "$SD" $((LBA * BLK)) "$P"
	if command -v sg_dd > /dev/null 2>&1; then
		bounded 60 sg_dd if="$SG" of="$SCSA_TMP/sgdd" bs="$BLK" \
			skip="$LBA" count="$NB" > "$SCSA_TMP/sg.out" 2>&1
		diag_file "$SCSA_TMP/sg.out"
		check "... and through sg_dd on $SG" cmp_files "$P" "$SCSA_TMP/sgdd"
	fi
	rm -f "$P"

	next_seed
	P=$SCSA_TMP/pat.$SCSA_SEED
	LBA=$((2097152 / BLK))
	pattern_file "$P" "$BYTES" "$SCSA_SEED" $((LBA * BLK))
	if dev_write "$P" "$SD" $((LBA * BLK)); then
		u -r "$BYTES" -o "$SCSA_TMP/got" "$NODE" $(rw10 28 "$LBA" "$NB")
		expect "uscsi READ(10) of $BYTES bytes" errno 0
		check "$BYTES bytes written through $SD read back with uscsi" \
			cmp_files "$P" "$SCSA_TMP/got"
		u -r "$BYTES" --bufaddr odd -o "$SCSA_TMP/got" "$NODE" $(rw10 28 "$LBA" "$NB")
		check "... and into an odd (unaligned) buffer" cmp_files "$P" "$SCSA_TMP/got"
	else
		fail "write $BYTES bytes through $SD"
	fi
	rm -f "$P"
done

# ---------------------------------------------------------------- E
diag "== E: CHECK CONDITION and sense"
BADOP="c5 00 00 00 00 00 00 00 00 00"
u "$NODE" $BADOP
expect "unsupported opcode (as sgen: the status tells)" errno 0
expect "unsupported opcode" status 0x02
expect "unsupported opcode" sense_key 0x5
expect "unsupported opcode" asc 0x20
expect "unsupported opcode: sense fetched automatically" rqstatus 0x00
SENSE=$(hexline sense)
SLEN=$((252 - $(kv rqresid)))
check "some sense bytes ($SLEN)" [ "$SLEN" -ge 14 ]
bounded 60 sg_raw -v "$SG" $BADOP > "$SCSA_TMP/sgraw" 2>&1
diag_file "$SCSA_TMP/sgraw"
check "sg_raw sees CHECK CONDITION" grep -qi "check condition" "$SCSA_TMP/sgraw"
check "sg_raw decodes ILLEGAL REQUEST" grep -qi "illegal request" "$SCSA_TMP/sgraw"
check "sg_raw decodes invalid command operation code" \
	grep -qi "invalid command operation code" "$SCSA_TMP/sgraw"
SGSENSE=$(sgraw_sense "$SCSA_TMP/sgraw")
if [ -n "$SGSENSE" ]; then
	check "uscsi_rqbuf = sg_raw's sense bytes ($SGSENSE)" [ "$SENSE" = "$SGSENSE" ]
else
	fail "sg_raw -v printed no raw sense bytes to compare with"
fi
u -s 255 "$NODE" $BADOP
expect "uscsi_rqlen 255" errno 0
expect "uscsi_rqlen 255: rqresid = 255 - sense bytes" rqresid $((255 - SLEN))
check "uscsi_rqlen 255: the same sense" [ "$(hexline sense)" = "$SENSE" ]
u -s 8 "$NODE" $BADOP
expect "uscsi_rqlen 8" rqresid 0
check "uscsi_rqlen 8: the first 8 sense bytes" \
	[ "$(hexline sense)" = "$(echo "$SENSE" | cut -d' ' -f1-8)" ]
u -s 0 "$NODE" $BADOP
expect "no USCSI_RQENABLE" errno 0
expect "no USCSI_RQENABLE" status 0x02

# ---------------------------------------------------------------- F
diag "== F: validation"
INQ="12 00 00 00 24 00"
{
uerr "cdblen 0" EINVAL -r 36 --cdblen 0 "$NODE" $INQ
uerr "cdblen 5 for a 6-byte opcode" EINVAL -r 36 --cdblen 5 "$NODE" $INQ
uerr "cdblen 17 > max-cdb-length 16" EINVAL -r 36 "$NODE" $INQ 00 00 00 00 00 00 00 00 00 00 00
u -M "$NODE"
MAXX=$(kv maxxfer)
check "USCSIMAXXFER answers (${MAXX:-none})" [ "${MAXX:-0}" -gt 0 ]
uerr "buflen dma-max + one block" EINVAL -r $((${MAXX:-0} + BLK)) "$NODE" $(rw10 28 0 1)
uerr "reserved flag bit 0x00200000" EINVAL -r 36 -f 0x00200000 "$NODE" $INQ
uerr "USCSI_PATH_INSTANCE" EINVAL -r 36 -f 0x00080000 "$NODE" $INQ
uerr "two resets at once" EINVAL -s 0 -f 0xc000 "$NODE"
uerr "NULL data buffer" EFAULT -r 512 --bufaddr null "$NODE" $(rw10 28 0 1)
uerr "unmapped data buffer" EFAULT -r 512 --bufaddr bad "$NODE" $(rw10 28 0 1)
uerr "NULL CDB" EFAULT -r 36 --cdbaddr null "$NODE" $INQ
uerr "unmapped CDB" EFAULT -r 36 --cdbaddr bad "$NODE" $INQ
uerr "NULL uscsi_cmd" EFAULT --arg null "$NODE" $INQ
uerr "unmapped uscsi_cmd" EFAULT --arg bad "$NODE" $INQ
uerr "USCSI_RQENABLE, rqlen 0" EINVAL -r 36 --rqlen 0 "$NODE" $INQ
uerr "USCSI_RQENABLE, rqbuf NULL" EINVAL -r 36 --rqbuf null "$NODE" $INQ
uerr "sense into an unmapped rqbuf" EFAULT --rqbuf bad "$NODE" $BADOP
uerr "an unknown ioctl" ENOTTY -I 0x4ff "$NODE" $INQ
}
u -r 36 "$NODE" 12 00 00 00 24 00
expect "the node still works after the bad requests" errno 0
if [ -w "$VHBA_DBG/drop_next" ]; then
	echo 1 > "$VHBA_DBG/drop_next"
	uerr "a dropped TEST UNIT READY, uscsi_timeout 2" EIO -t 2 "$NODE" 00 00 00 00 00 00
	u "$NODE" 00 00 00 00 00 00
	expect "TEST UNIT READY after the timeout" errno 0
fi
R0=$(stat_of "$VHBA_DBG/stats" resets)
u -s 0 -f 0x00040000 "$NODE"
expect "USCSI_RESET_LUN" errno 0
R1=$(stat_of "$VHBA_DBG/stats" resets)
check "the vhba counted the reset ($R0 -> $R1)" [ "${R1:-0}" -gt "${R0:-0}" ]
u "$NODE" 00 00 00 00 00 00
expect "TEST UNIT READY after the reset (unit attention or good)" errno 0

# ---------------------------------------------------------------- G
diag "== G: privileges"
u -u 65534 -O "$NODE"
expect "uid 65534 opens the 0600 node" open EACCES
chmod 0666 "$NODE"
u -u 65534 -O "$NODE"
expect "uid 65534 opens it made 0666: drv_priv refuses" open EPERM
chmod 0600 "$NODE"
u -U 65534 -r 36 "$NODE" 12 00 00 00 24 00
expect "root's open, then USCSICMD as uid 65534" errno EPERM
u -U 65534 -M "$NODE"
expect "root's open, then USCSIMAXXFER as uid 65534" errno EPERM

# ---------------------------------------------------------------- H
diag "== H: exclusive open"
exec 3<> "$NODE"
u -e -O "$NODE"
expect "O_EXCL while open" open EBUSY
exec 3>&-
"$USCSI" -e -H 4 -O "$NODE" > "$SCSA_TMP/excl.out" 2>&1 &
EXCL_PID=$!
if wait_for "grep -q '^open=0' '$SCSA_TMP/excl.out'" 20; then
	u -O "$NODE"
	expect "open while open O_EXCL" open EBUSY
	u -e -O "$NODE"
	expect "O_EXCL while open O_EXCL" open EBUSY
else
	fail "O_EXCL open: $(cat "$SCSA_TMP/excl.out")"
fi
wait "$EXCL_PID"
u -r 36 "$NODE" 12 00 00 00 24 00
expect "open after the exclusive one closed" open 0

# ---------------------------------------------------------------- I
diag "== I: the raw disk node of scsa_disk"
load_mod scsa_disk || die "insmod scsa_disk"
wait_attached "$VHBA" scsa_disk 30 || die "scsa_disk did not attach to $VHBA"
RAW=$(wait_scsa_node "$VHBA" scsa_disk 30) || die "no raw node of scsa_disk for $VHBA"
DI=$(attach_instance "$VHBA" scsa_disk)
check "$RAW is /dev/scsa/scsa_disk$DI:raw" [ "$RAW" = "/dev/scsa/scsa_disk$DI:raw" ]
check "$RAW: mode 0600 root, a character device" \
	[ -c "$RAW" ] && [ "$(stat -c '%a %u' "$RAW")" = "600 0" ]
check "$RAW: node_type ddi_block:channel" \
	[ "$(cat "/sys/class/scsa/${RAW##*/}/node_type")" = "ddi_block:channel" ]

# raw_suite LABEL HCTL RAWNODE SD
raw_suite()
{
	_rs_l=$1
	_rs_raw=$3
	_rs_sd=$4
	_rs_size=$(dev_bytes "$_rs_sd")
	_rs_b=$(cat "/sys/block/${_rs_sd##*/}/queue/logical_block_size")
	diag "-- $_rs_l: $_rs_raw and $_rs_sd, $_rs_size bytes, blocks of $_rs_b"
	for _rs_n in 4096 1048576 4194304; do
		next_seed
		_rs_p=$SCSA_TMP/pat.$SCSA_SEED
		_rs_o=1048576
		pattern_file "$_rs_p" "$_rs_n" "$SCSA_SEED" $_rs_o
		bounded 120 dd if="$_rs_p" of="$_rs_raw" bs=4096 \
			seek=$((_rs_o / 4096)) conv=notrunc > "$SCSA_TMP/dd.out" 2>&1 ||
			{ diag_file "$SCSA_TMP/dd.out"; fail "$_rs_l: dd $_rs_n bytes to $_rs_raw"; }
		check "$_rs_l: $_rs_n bytes dd'ed to $_rs_raw read back through $_rs_sd" \
			cmp_dev "$_rs_sd" $_rs_o "$_rs_p"
		next_seed
		_rs_o=8388608
		pattern_file "$_rs_p" "$_rs_n" "$SCSA_SEED" $_rs_o
		if dev_write "$_rs_p" "$_rs_sd" $_rs_o; then
			rm -f "$SCSA_TMP/raw.got"
			bounded 120 dd if="$_rs_raw" of="$SCSA_TMP/raw.got" bs=4096 \
				skip=$((_rs_o / 4096)) count=$((_rs_n / 4096)) > "$SCSA_TMP/dd.out" 2>&1 ||
				diag_file "$SCSA_TMP/dd.out"
			check "$_rs_l: $_rs_n bytes written through $_rs_sd read back by dd from $_rs_raw" \
				cmp_files "$_rs_p" "$SCSA_TMP/raw.got"
		else
			fail "$_rs_l: write through $_rs_sd"
		fi
		rm -f "$_rs_p"
	done
	u --pread 8388608:4096 --bufaddr odd -o "$SCSA_TMP/raw.odd" "$_rs_raw"
	expect "$_rs_l: pread into an odd buffer" bytes 4096
	dev_read "$_rs_sd" 8388608 4096 "$SCSA_TMP/sd.4k"
	check "$_rs_l: ... the data sd reads" cmp_files "$SCSA_TMP/sd.4k" "$SCSA_TMP/raw.odd"
	uerr "$_rs_l: pread at an offset not a multiple of $_rs_b" EINVAL --pread 100:"$_rs_b" "$_rs_raw"
	uerr "$_rs_l: pread of a length not a multiple of $_rs_b" EINVAL --pread 0:100 "$_rs_raw"
	uerr "$_rs_l: pwrite at a misaligned offset" EINVAL -x 00 -n "$_rs_b" --pwrite "$((_rs_b / 2))":"$_rs_b" "$_rs_raw"
	u --pread "$_rs_size":"$_rs_b" "$_rs_raw"
	expect "$_rs_l: pread at the end of the device (end of file)" bytes 0
	u --pread $((_rs_size - _rs_b)):65536 "$_rs_raw"
	expect "$_rs_l: pread across the end is cut short" bytes "$_rs_b"
	uerr "$_rs_l: pwrite at the end" ENXIO -x 00 -n "$_rs_b" --pwrite "$_rs_size":"$_rs_b" "$_rs_raw"
	uerr "$_rs_l: pread beyond the end" ENXIO --pread $((_rs_size + _rs_b)):"$_rs_b" "$_rs_raw"
}
raw_suite "vhba raw" "$VHBA" "$RAW" "$SD"

if VIRT=$(hctl_of_virtio) && wait_attached "$VIRT" scsa_disk 30 &&
   VRAW=$(wait_scsa_node "$VIRT" scsa_disk 30) &&
   VSD=$(wait_sd "$VIRT" 30); then
	raw_suite "virtio raw" "$VIRT" "$VRAW" "$VSD"
	if VNODE=$(wait_scsa_node "$VIRT" scsa_sgen 30) &&
	   wait_for "sg_of $VIRT" 10; then
		VSG=$(sg_of "$VIRT")
		u -r 36 -o "$SCSA_TMP/vinq.u" "$VNODE" 12 00 00 00 24 00
		expect "virtio INQUIRY through $VNODE" errno 0
		bounded 60 sg_inq --raw --len=36 "$VSG" > "$SCSA_TMP/vinq.sg" 2>/dev/null
		check "virtio INQUIRY = sg_inq --raw on $VSG" \
			cmp_files "$SCSA_TMP/vinq.sg" "$SCSA_TMP/vinq.u"
	else
		fail "no scsa_sgen node for the virtio disk $VIRT"
	fi
else
	fail "the virtio-scsi disk has no scsa_disk raw node (the contract promises the disk)"
fi

# ---------------------------------------------------------------- K
diag "== K: scsa_ktest's node: uiomove, mode and open flags, last close"
load_mod scsa_ktest || die "insmod scsa_ktest"
wait_attached "$VHBA" scsa_ktest 30 || die "scsa_ktest did not attach to $VHBA"
ktest_pass "uiomove, physio, minphys, aphysio, drv_priv (bad arguments too)" \
	uio "$VHBA"
ktest_pass "ddi_create_minor_node refuses bad arguments, makes \"ktest\"" \
	cdev "$VHBA"
KI=$(attach_instance "$VHBA" scsa_ktest)
if KT=$(wait_scsa_node "$VHBA" scsa_ktest 30); then
	check "$KT is /dev/scsa/scsa_ktest$KI:ktest" [ "$KT" = "/dev/scsa/scsa_ktest$KI:ktest" ]
	KMAJ=$(awk '$2 == "scsa_ktest" { print $1 }' /proc/devices)
	check "its minor is the driver's (100 + instance)" \
		[ "$(cat "/sys/class/scsa/${KT##*/}/dev")" = "$KMAJ:$((100 + KI))" ]
	check "node_type ddi_pseudo" \
		[ "$(cat "/sys/class/scsa/${KT##*/}/node_type")" = ddi_pseudo ]
	check "read(2): cb_read's uiomove gives the text" \
		[ "$(head -n 1 "$KT")" = "scsa_ktest $VHBA" ]
	check "read(2) ends at the 256-byte end (uio_loffset)" \
		[ "$(wc -c < "$KT" | tr -d ' ')" = 256 ]
	printf hello | dd of="$KT" bs=1 seek=100 conv=notrunc 2> /dev/null
	check "write(2) at offset 100 (cb_write, uiomove) reads back" \
		[ "$(dd if="$KT" bs=1 skip=100 count=5 2> /dev/null)" = hello ]
	uerr "write(2) at the end: the driver's ENOSPC" ENOSPC -x 41 --pwrite 256:1 "$KT"
	u -I 0x6b01 "$KT"
	expect "cb_ioctl's mode for O_RDWR: FREAD|FWRITE, no FKIOCTL" rval 3
	u -R -I 0x6b01 "$KT"
	expect "cb_ioctl's mode for O_RDONLY: FREAD" rval 1
	u -e -I 0x6b02 "$KT"
	expect "cb_open's flag for O_RDWR|O_EXCL: FREAD|FWRITE|FEXCL" rval $((0x403))
	u -R -I 0x6b02 "$KT"
	expect "cb_open's flag for O_RDONLY: FREAD" rval 1
	uerr "an ioctl the driver does not know" ENOTTY -I 0x6b09 "$KT"
	exec 5< "$KT"
	u -I 0x6b03 "$KT"
	C0=$(kv rval)
	u -I 0x6b03 "$KT"
	expect "a close that is not the last calls no cb_close" rval "$C0"
	exec 5<&-
	u -I 0x6b03 "$KT"
	expect "the last close (of fd 5) called cb_close" rval $((C0 + 1))
	u -I 0x6b03 "$KT"
	expect "... and so did the previous run's, the only open then" rval $((C0 + 2))
	ktest_pass "ddi_remove_minor_node of \"ktest\"" cdev_rm "$VHBA"
	check "$KT is gone" wait_gone "$KT" 30
else
	fail "no node of scsa_ktest for $VHBA"
fi
check "unload scsa_ktest" unload_mod scsa_ktest

# ---------------------------------------------------------------- J
diag "== J: unload and detach with nodes open"
exec 3<> "$NODE"
exec 4< "$RAW"
bounded 60 rmmod scsa_sgen > "$SCSA_TMP/rm.out" 2>&1
RC=$?
diag_file "$SCSA_TMP/rm.out"
check "rmmod scsa_sgen with its node open is refused (status $RC)" \
	[ "$RC" -ne 0 ] && [ "$RC" -ne 124 ]
check "scsa_sgen still loaded" mod_loaded scsa_sgen
u -F 3 -r 36 - 12 00 00 00 24 00
expect "the open descriptor still works" errno 0
u -F 4 --pread 0:"$BLK" -
expect "the open raw descriptor works" bytes "$BLK"
diag "deleting $VHBA"
echo 1 > "/sys/class/scsi_device/$VHBA/device/delete"
check "scsa_sgen detached from $VHBA" wait_detached "$VHBA" scsa_sgen 30
check "scsa_disk detached from $VHBA" wait_detached "$VHBA" scsa_disk 30
check "$NODE is gone" wait_gone "$NODE" 30
check "$RAW is gone" wait_gone "$RAW" 30
u -F 3 -r 36 - 12 00 00 00 24 00
expect "USCSICMD on the descriptor of a detached node" errno ENXIO
u -F 4 --pread 0:"$BLK" -
expect "read(2) on the raw descriptor of a detached node" errno ENXIO
exec 3>&-
exec 4<&-
check "unload scsa_sgen after the close" unload_mod scsa_sgen
check "unload scsa_disk" unload_mod scsa_disk

diag "-- host removal with a node open"
unload_mod scsa_vhba || fail "unload scsa_vhba"
load_mod scsa_vhba || die "reload scsa_vhba"
load_mod scsa_sgen || die "reload scsa_sgen"
VHBA=$(wait_hctl vhba 30) || die "no scsa_vhba LUN after reload"
NODE=$(wait_scsa_node "$VHBA" scsa_sgen 30) || die "no scsa_sgen node after reload"
exec 3<> "$NODE"
check "rmmod scsa_vhba with a scsa_sgen node open" unload_mod scsa_vhba
u -F 3 -r 36 - 12 00 00 00 24 00
expect "USCSICMD after the host went away" errno ENXIO
exec 3>&-
check "unload scsa_sgen" unload_mod scsa_sgen
check "no minor node left" [ -z "$(cat "$COMPAT_DBG/minors" 2>/dev/null)" ]

finish
