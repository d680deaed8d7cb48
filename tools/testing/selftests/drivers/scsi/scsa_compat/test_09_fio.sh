#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# fio through the sample driver on the scsa_vhba disk:
#   fio --name=v --filename=/dev/sdskN --rw=randwrite --bs=4k --size=8M
#       --direct=1 --ioengine=psync --verify=crc32c --do_verify=1
#       --verify_fatal=1
# Pass: fio exits 0 (no I/O or verify error).  The bandwidth numbers
# are printed as "#" lines for information only.  Skip (4): no fio.

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_compat scsa_vhba scsa_disk

command -v fio > /dev/null 2>&1 || skip "fio not installed"
diag "$(fio --version 2>&1)"

load_mod scsa_compat || die "insmod scsa_compat"
load_mod scsa_vhba || die "insmod scsa_vhba"
load_mod scsa_disk || die "insmod scsa_disk"

VHBA=$(wait_hctl vhba 30) || die "no scsa_vhba LUN"
wait_attached "$VHBA" scsa_disk 30 || die "$VHBA not attached by scsa_disk"
D=$(wait_sdsk "$VHBA" 30) || die "no /dev/sdsk for $VHBA"
diag "fio on $D ($VHBA)"

p0=$(stat_of "$COMPAT_DBG/stats" pkts_transported)
out=$SCSA_TMP/fio.out
# fio may write verify state files into the current directory
cd "$SCSA_TMP" || die "cd $SCSA_TMP"
bounded 280 fio --name=v --filename="$D" --rw=randwrite --bs=4k --size=8M \
	--direct=1 --ioengine=psync --verify=crc32c --do_verify=1 \
	--verify_fatal=1 > "$out" 2>&1
rc=$?
cd / || :
p1=$(stat_of "$COMPAT_DBG/stats" pkts_transported)

diag "fio summary (information only):"
grep -E 'IOPS=|bw=|BW=|err=|verify' "$out" | sed 's/^ */#   /'
if [ $rc -eq 0 ]; then
	pass "fio randwrite + crc32c verify on $D"
else
	diag "full fio output:"
	diag_file "$out"
	fail "fio exited with status $rc"
fi
diag "packets transported during fio: $((${p1:-0} - ${p0:-0}))"

finish
