#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# sg3_utils against the virtual HBA through Linux sg (no shim involved):
#   sg_inq /dev/sgN        -> vendor SCSAVHBA, product VDISK
#   sg_turs /dev/sgN       -> ready
#   sg_readcap /dev/sgN    -> 131072 blocks of 512 bytes (default 64 MiB)
#   sg_readcap --16        -> the same
# and again with dev_size_mb=32 sector_size=4096 (8192 blocks of 4096).
# sgN is found via /sys/class/scsi_device/HCTL/device/scsi_generic/.
# Pass: all match.  Skip (4): sg3_utils not installed.

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_vhba

for t in sg_inq sg_readcap sg_turs; do
	command -v $t > /dev/null 2>&1 || skip "$t (sg3_utils) not installed"
done

# run_sg OUTFILE CMD...: bounded, output shown as diagnostics
run_sg()
{
	_rs_o=$1
	shift
	diag "$*"
	bounded 60 "$@" > "$_rs_o" 2>&1
	_rs_rc=$?
	diag_file "$_rs_o"
	return $_rs_rc
}

# field OUTFILE NAME: the number after "NAME=" (sg_readcap output)
field()
{
	sed -n "s/.*$2=\([0-9][0-9]*\).*/\1/p" "$1" | head -n 1
}

# inq_field OUTFILE LABEL: text after "LABEL identification:"
inq_field()
{
	sed -n "s/^ *$2 identification: *\(.*[^ ]\) *\$/\1/p" "$1" | head -n 1
}

# one_config BLOCKS BLOCKSIZE
one_config()
{
	_oc_b=$1
	_oc_s=$2
	VHBA=$(wait_hctl vhba 30) || { fail "no scsa_vhba LUN"; return 1; }
	wait_for "sg_of $VHBA" 30 || { fail "no sg node for $VHBA"; return 1; }
	SG=$(sg_of "$VHBA")
	wait_for "$SG" 10 || { fail "$SG does not exist"; return 1; }
	diag "vhba LUN $VHBA is $SG"
	o=$SCSA_TMP/sg.out

	if run_sg "$o" sg_inq "$SG"; then
		check "sg_inq vendor SCSAVHBA" [ "$(inq_field "$o" Vendor)" = SCSAVHBA ]
		check "sg_inq product VDISK" [ "$(inq_field "$o" Product)" = VDISK ]
	else
		fail "sg_inq $SG"
	fi
	check "sg_turs $SG" run_sg "$o" sg_turs "$SG"

	for _oc_16 in "" --16; do
		# shellcheck disable=SC2086 # empty $_oc_16 must vanish
		if run_sg "$o" sg_readcap $_oc_16 "$SG"; then
			check "sg_readcap $_oc_16: $_oc_b blocks" \
				[ "$(field "$o" 'Number of logical blocks')" = "$_oc_b" ]
			check "sg_readcap $_oc_16: last LBA $((_oc_b - 1))" \
				[ "$(field "$o" 'Last LBA')" = $((_oc_b - 1)) ]
			check "sg_readcap $_oc_16: block length $_oc_s" \
				[ "$(field "$o" 'Logical block length')" = "$_oc_s" ]
		else
			fail "sg_readcap $_oc_16 $SG"
		fi
	done
}

load_mod scsa_vhba || die "insmod scsa_vhba"
one_config 131072 512
unload_mod scsa_vhba || die "unload scsa_vhba"

diag "== dev_size_mb=32 sector_size=4096"
load_mod scsa_vhba dev_size_mb=32 sector_size=4096 || die "insmod scsa_vhba 4k"
one_config 8192 4096

finish
