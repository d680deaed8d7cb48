#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The DMA rows of Documentation/traceability.rst that issue 3 left open,
# checked in the kernel by scsa_ktest (ktest/ktest_dma.c) on a scsa_vhba
# LUN:
#   dma_derr         scsi_pktalloc(9F): one direction per command; a READ
#                    CDB with a B_WRITE buf, a WRITE CDB with a B_READ buf,
#                    and READ/WRITE of 8 blocks with no buf all end with
#                    pkt_reason CMD_DMA_DERR; the medium is not changed
#   consistent_intr  PKT_CONSISTENT with an interrupt-driven pkt_comp: the
#                    READ data is visible to the CPU inside pkt_comp; a
#                    WRITE from a consistent buf reaches the medium
#   consistent_intr old   the same with PKT_CONSISTENT_OLD
#   rebound 1        a bound packet passed again without PKT_DMA_PARTIAL
#                    is returned unchanged and needs no second window
#                    (the vhba has 1 map register during this case)
#   keep_areas       moving a 4 MiB buf to its next windows with other
#                    cmdlen/statuslen/privatelen: they are ignored, the
#                    areas and their contents stay
#   iopb_write       get_pktiopb(readflag 0): data goes to the device
#   obs_runout 4     scsi_resalloc, scsi_dmaget, get_pktiopb with runout
#                    callbacks in a shortage of the vhba's 4 map registers,
#                    scsi_pktalloc and scsi_init_pkt with callbacks after a
#                    permanent error: a retrying callback is not called
#                    over and over while the shortage lasts (300 ms); each
#                    callback runs after a release, where it may not
#                    sleep, and gets its resources
#   obs_context      the obsolete allocators with NULL_FUNC, and their
#                    deallocators, under a spinlock with interrupts off;
#                    SLEEP_FUNC there returns NULL
# Then the vhba's dma_bits: with a 32-bit mask no segment may lie above
# 4 GiB (meaningful when the guest has memory there), data read back equal.
# Then the window checks of test_11 on scsi_debug, with the only limit of
# it that binds on 6.1 (2048 segments, see below): rw/rwk of 16 MiB must
# take at least 2 windows and read back equal.
# Pass: every ktest passes and the window counts hold.

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_compat scsa_vhba scsa_ktest

ktest_on_vhba
MR=$VHBA_DBG/map_registers
[ -w "$MR" ] || die "no vhba map_registers"

ktest_pass "CMD_DMA_DERR for a data phase in the wrong direction or none expected" \
	dma_derr "$VHBA"
ktest_pass "PKT_CONSISTENT: data visible in an interrupt-driven pkt_comp" \
	consistent_intr "$VHBA"
ktest_pass "PKT_CONSISTENT_OLD behaves as PKT_CONSISTENT" \
	consistent_intr "$VHBA" old
echo 1 > "$MR"
ktest_pass "a bound packet passed again without PKT_DMA_PARTIAL is unchanged" \
	rebound "$VHBA" 1
echo 0 > "$MR"
ktest_pass "moving to the next window keeps the CDB, status and private areas" \
	keep_areas "$VHBA"
ktest_pass "get_pktiopb with readflag 0 writes to the device" \
	iopb_write "$VHBA"
echo 4 > "$MR"
ktest_pass "runout callbacks of scsi_resalloc, scsi_dmaget, get_pktiopb, scsi_pktalloc" \
	obs_runout "$VHBA" 4
echo 0 > "$MR"
ktest_pass "obsolete allocators where sleeping is not allowed" \
	obs_context "$VHBA"
check "no window left in use" \
	[ "$(stat_of "$VHBA_DBG/stats" windows_in_use)" = 0 ]

# ---- the vhba's DMA mask (dma_bits) ----
# With dma_bits=32 every segment the vhba sees must lie below 4 GiB (the
# DMA API bounces what does not); the vhba counts segments beyond its mask
# (dma_beyond_mask) and records the highest bus address (dma_max_addr).
# Only a guest with memory above 4 GiB (SCSA_VM_MEM > 4096) makes this a
# real check: then the 64-bit run must see addresses above 4 GiB.
MEMKB=$(awk '$1 == "MemTotal:" { print $2 }' /proc/meminfo)
# dma_run BITS: reload the vhba with dma_bits=BITS, move data, print stats
dma_run()
{
	_dr_b=$1
	unload_mod scsa_vhba || { fail "unload scsa_vhba"; return 1; }
	load_mod scsa_vhba dma_bits="$_dr_b" ||
		{ fail "insmod scsa_vhba dma_bits=$_dr_b"; return 1; }
	_dr_h=$(wait_hctl vhba 30) || { fail "no vhba LUN (dma_bits=$_dr_b)"; return 1; }
	wait_attached "$_dr_h" scsa_ktest 30 || { fail "scsa_ktest not attached"; return 1; }
	for _dr_k in "rw 4194304" "rwk 1048576 0" "rwk 1048576 1"; do
		# shellcheck disable=SC2086
		set -- $_dr_k
		if ktest "$1" "$_dr_h" "$2" ${3:+"$3"} > "$SCSA_TMP/kt.out" 2>&1; then
			pass "dma_bits=$_dr_b: $_dr_k read back equal"
		else
			fail "dma_bits=$_dr_b: $_dr_k ($KTEST_ERRNO)"
			diag_file "$SCSA_TMP/kt.out"
		fi
	done
	DMA_BEYOND=$(stat_of "$VHBA_DBG/stats" dma_beyond_mask)
	DMA_MAX=$(stat_of "$VHBA_DBG/stats" dma_max_addr)
	diag "dma_bits=$_dr_b: dma_beyond_mask=$DMA_BEYOND dma_max_addr=$DMA_MAX"
	{ [ -n "$DMA_BEYOND" ] && [ -n "$DMA_MAX" ]; } ||
		{ fail "vhba stats without dma_beyond_mask/dma_max_addr"; return 1; }
}
if dma_run 64; then
	MAX64=$DMA_MAX
	dma_run 32
	check "dma_bits=32: no segment beyond the 32-bit mask ($DMA_BEYOND)" \
		[ "$DMA_BEYOND" = 0 ]
	check "dma_bits=32: highest bus address $DMA_MAX below 4 GiB" \
		[ $((DMA_MAX)) -le $((0xffffffff)) ]
	if [ "${MEMKB:-0}" -gt 4194304 ]; then
		check "dma_bits=64 with $MEMKB KiB: addresses above 4 GiB were used ($MAX64)" \
			[ $((MAX64)) -gt $((0xffffffff)) ]
	else
		diag "guest memory ${MEMKB} KiB is all below 4 GiB: the 32-bit mask is not exercised (SCSA_VM_MEM=6144 makes it a real check)"
	fi
fi

# ---- scsi_debug with small limits ----
# windows SIZE MINWIN LABEL: the "N window(s)" lines of the last ktest log
windows()
{
	sed -nE 's/.*(wrote|read) ([0-9]+) bytes in ([0-9]+) window\(s\).*/\1 \2 \3/p' \
		"$KTEST_DBG/log" > "$SCSA_TMP/win" 2>/dev/null
	_wi_k=0
	while read -r _wi_dir _wi_b _wi_w; do
		_wi_k=$((_wi_k + 1))
		if [ "$_wi_b" = "$1" ] && [ "$_wi_w" -ge "$2" ]; then
			pass "$3: $_wi_dir $_wi_b bytes in $_wi_w windows (at least $2)"
		else
			fail "$3: $_wi_dir $_wi_b of $1 bytes in $_wi_w windows, expected at least $2"
		fi
	done < "$SCSA_TMP/win"
	[ $_wi_k -eq 2 ] || fail "$3: expected a 'wrote' and a 'read' line, got $_wi_k"
}

# sdebug_windows LABEL W: transfers on scsi_debug ($SD), each in at least
# size / W windows, read back equal
sdebug_windows()
{
	diag "scsi_debug ($1): at most $2 bytes per window"
	for _sw_k in "rw $SD 16777216" "rw $SD 16777728" "rwk $SD 16777216 0" \
		     "rwk $SD 1048576 1" "rwk $SD 66048 3"; do
		# shellcheck disable=SC2086
		set -- "$1" "$2" $_sw_k
		if ktest "$3" "$4" "$5" ${6:+"$6"} > "$SCSA_TMP/kt.out" 2>&1; then
			pass "scsi_debug ($1): $_sw_k"
			windows "$5" $((($5 + $2 - 1) / $2)) "scsi_debug ($1) $3 $5${6:+ +$6}"
		else
			fail "scsi_debug ($1): $_sw_k ($KTEST_ERRNO)"
			diag_file "$SCSA_TMP/kt.out"
		fi
	done
}

# 6.1's scsi_debug has no max_sectors or sg_tablesize parameter; its
# limits are set small the way an administrator would: queue/max_sectors_kb
# of its disk (the shim's windows follow max_sectors, see
# scsa_lnx_limits()).  First with its own limits (2048 segments, so at most
# 8 MiB per window, 16 MiB take at least 2), then with 32 KiB per command:
# 16 MiB must take at least 512 windows.
if load_scsi_debug dev_size_mb=40; then
	SD=$(wait_hctl scsi_debug 30) || die "no scsi_debug LUN"
	wait_attached "$SD" scsa_ktest 30 || die "scsa_ktest did not attach to $SD"
	wait_sd "$SD" 30 > /dev/null
	HW=$(qlim "$SD" max_sectors_kb)
	SG=$(qlim "$SD" max_segments)
	diag "scsi_debug $SD: max_sectors_kb=$HW max_hw_sectors_kb=$(qlim "$SD" max_hw_sectors_kb)" \
		"max_segments=$SG max_segment_size=$(qlim "$SD" max_segment_size)"
	# the most one window can carry: min(max_sectors, segments x page)
	W=$((${SG:-2048} * 4096))
	[ -n "$HW" ] && [ "$HW" -lt $((W / 1024)) ] && W=$((HW * 1024))
	sdebug_windows "its own limits" "$W"
	SDQ=""
	for _b in /sys/class/scsi_device/"$SD"/device/block/*; do
		SDQ=$_b/queue
	done
	if [ -n "$SDQ" ] && echo 32 > "$SDQ/max_sectors_kb"; then
		sdebug_windows "max_sectors_kb 32" 32768
		echo "$HW" > "$SDQ/max_sectors_kb"
	else
		fail "cannot set scsi_debug's max_sectors_kb to 32"
	fi
else
	diag "scsi_debug not available: its part left out"
fi

check "unload every module, newest first" unload_all
finish
