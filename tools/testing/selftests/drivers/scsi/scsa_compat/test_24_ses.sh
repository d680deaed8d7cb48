#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The vhba's SCSI enclosure services LUN (ses_lun=N), judged by Linux's
# own tools: sg3_utils (sg_inq, sg_ses, sg_senddiag, sg_raw, sg_luns)
# through Linux sg, and Linux's ses driver / enclosure class if the kernel
# has them as modules (the Debian kernels do; the debug kernel does not,
# that part is then skipped with a note).
#   A  without ses_lun there is no enclosure LUN and no ses0/ in debugfs;
#      ses_lun below num_luns or above 255 is refused at load
#   B  num_luns=2 ses_lun=5: the enclosure is 0:0:5 (debugfs ses0/hctl),
#      the disks stay hctl_of_vhba 1 and 2; INQUIRY: PDT 13, EncServ,
#      SCSAVHBA VENCLOSURE, VPD 00h without B0h; REPORT LUNS lists 0 1 5
#   C  sg_ses pages 00h (00 01 02 07), 01h (enclosure descriptor, 4 type
#      headers, texts), 07h (descriptor texts), 02h (8 elements OK, 25 C,
#      3000 rpm, PSU on, generation code 1)
#   D  debugfs elem<N> changes seen by sg_ses: crit/noncrit/unrecov set the
#      page's CRIT/NON-CRIT/UNRECOV, notinstalled, raw status bytes (FAULT
#      SENSED), temperature, fan speed; the generation code follows
#      ses0/generation
#   E  control round trip: sg_ses --set/--clear ident, fault (slots), fail
#      (PSU) reach debugfs and come back in page 02h; a control page sent
#      with sg_senddiag the way illumos ses and Linux ses build it (SELECT
#      on one element); a stale generation code is refused (26h/00h) and
#      changes nothing
#   F  bad CDBs: unsupported page, PCV=0 with a page code, a truncating
#      parameter list length (illumos ses' 2-byte page-0 write) are
#      ILLEGAL REQUEST, INVALID FIELD IN CDB (24h/00h); an unsupported
#      page sent is INVALID FIELD IN PARAMETER LIST; READ(10) is an
#      invalid opcode; allocation lengths 2 and 10 return 2 and 10 bytes,
#      0x400 the 56 of page 02h; the default self-test passes
#   G  Linux ses binds: /sys/class/enclosure/<H:C:T:L>/ with 4 components
#      Slot0..Slot3 (array device), status follows debugfs, locate and
#      fault written there reach debugfs and sg_ses
#   H  through scsa_compat (scsa_sgen's USCSICMD, ./uscsi_cmd): what
#      illumos ses sends: page 01h with 0x4cc (= sg_raw's data, resid
#      1104), 2 bytes of page 02h, a bad page's sense, a control page
#   I  num_hosts=2 num_tgts=2 ses_lun=1: one enclosure per host, on target
#      0 (ses0/, ses1/), each with its own state; target 1 has none
# Pass: all checks hold.  Skip (4): sg_ses/sg_raw/sg_inq not installed.

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_vhba
# this test chooses every scsa_vhba parameter itself
SCSA_VHBA_EXTRA=""

for t in sg_inq sg_ses sg_raw sg_senddiag sg_luns; do
	command -v $t > /dev/null 2>&1 || skip "$t (sg3_utils) not installed"
done

SESD=$VHBA_DBG/ses0
O=$SCSA_TMP/out

# run OUTFILE CMD...: bounded, output (stdout and stderr) as diagnostics
run()
{
	_rn_o=$1
	shift
	diag "$*"
	bounded 60 "$@" > "$_rn_o" 2>&1
	_rn_rc=$?
	diag_file "$_rn_o"
	return $_rn_rc
}

# quiet OUTFILE CMD...: like run, output shown only on failure
quiet()
{
	_qt_o=$1
	shift
	bounded 60 "$@" > "$_qt_o" 2>&1
	_qt_rc=$?
	if [ $_qt_rc -ne 0 ]; then
		diag "$* failed ($_qt_rc):"
		diag_file "$_qt_o"
	fi
	return $_qt_rc
}

has()	# FILE TEXT: FILE has a line containing TEXT
{
	grep -q -F -- "$2" "$1"
}

has_not()
{
	! grep -q -F -- "$2" "$1"
}

count_of()	# FILE TEXT: number of lines containing TEXT
{
	grep -c -F -- "$2" "$1"
}

# elem N: debugfs state of element N; elem_field N NAME: one value
elem_field()
{
	awk -v n="$2" '$1 == n { print $2; exit }' "$SESD/elem$1" 2>/dev/null
}

elem_bytes()
{
	awk '$1 == "bytes" { print $2, $3, $4, $5; exit }' "$SESD/elem$1" 2>/dev/null
}

set_elem()	# N VALUE...
{
	_se_n=$1
	shift
	diag "echo $* > elem$_se_n"
	echo "$@" > "$SESD/elem$_se_n"
}

# sg_get TIA,II ACRONYM|POS: one field of the enclosure status page
sg_get()
{
	bounded 60 sg_ses --index="$1" --get="$2" "$SG" 2> "$SCSA_TMP/get.err"
}

check_get()	# DESC TIA,II FIELD EXPECTED
{
	_cg_v=$(sg_get "$2" "$3")
	if [ "$_cg_v" = "$4" ]; then
		pass "$1: sg_ses --index=$2 --get=$3 is $4"
	else
		diag_file "$SCSA_TMP/get.err"
		fail "$1: sg_ses --index=$2 --get=$3 is '$_cg_v', expected $4"
	fi
}

es_page()	# sg_ses's enclosure status page into $O
{
	quiet "$O" sg_ses --page=es "$SG"
}

# page2_ctl GEN ELEM B0 B1 B2 B3: an enclosure control page (hex, commas)
# of 8 + 12 * 4 bytes, everything zero except individual element ELEM
# (0..7, in type order after each type's overall element)
page2_ctl()
{
	awk -v gen="$1" -v e="$2" -v b0="$3" -v b1="$4" -v b2="$5" -v b3="$6" '
	BEGIN {
		s = sprintf("02,00,00,34,%02x,%02x,%02x,%02x", int(gen / 16777216) % 256,
			int(gen / 65536) % 256, int(gen / 256) % 256, gen % 256)
		split("4 1 2 1", cnt, " ")
		k = 0
		for (t = 1; t <= 4; t++) {
			s = s ",00,00,00,00"
			for (j = 0; j < cnt[t]; j++) {
				if (k == e)
					s = s "," b0 "," b1 "," b2 "," b3
				else
					s = s ",00,00,00,00"
				k++
			}
		}
		print s
	}'
}

# raw_cc OUTFILE DESC ASC_TEXT sg_raw-ARGS...: must end in CHECK CONDITION
# with ILLEGAL REQUEST and that additional sense text
raw_cc()
{
	_rc_o=$1
	_rc_d=$2
	_rc_a=$3
	shift 3
	run "$_rc_o" sg_raw "$@"
	if grep -qi "check condition" "$_rc_o" &&
	   grep -qi "illegal request" "$_rc_o" &&
	   grep -qi "$_rc_a" "$_rc_o"; then
		pass "$_rc_d: ILLEGAL REQUEST, $_rc_a"
	else
		fail "$_rc_d: expected ILLEGAL REQUEST, $_rc_a"
	fi
}

# received OUTFILE: the byte count of sg_raw's "Received N bytes of data"
received()
{
	sed -n 's/.*Received \([0-9][0-9]*\) bytes.*/\1/p' "$1" | head -n 1
}

# =================================================================== A
diag "== A: default off, parameter checks"
load_mod scsa_vhba || die "insmod scsa_vhba"
VHBA=$(wait_hctl vhba 30) || die "no scsa_vhba LUN"
check "no enclosure LUN without ses_lun" eval '! hctl_of_vhba_ses'
check "no ses0 debugfs directory without ses_lun" [ ! -e "$SESD" ]
unload_mod scsa_vhba || die "unload scsa_vhba"

for bad in "ses_lun=0" "num_luns=4 ses_lun=3" "ses_lun=256" "ses_lun=-2"; do
	# shellcheck disable=SC2086 # one word per parameter
	if load_mod scsa_vhba $bad; then
		fail "insmod scsa_vhba $bad accepted"
		unload_mod scsa_vhba
	else
		pass "insmod scsa_vhba $bad refused"
	fi
done

# =================================================================== B
diag "== B: num_luns=2 ses_lun=5"
load_mod scsa_vhba num_luns=2 ses_lun=5 || die "insmod scsa_vhba ses_lun=5"
SES=$(wait_hctl vhba_ses 30) || die "no enclosure LUN"
H=$(host_of "$SES")
check "enclosure LUN is $H:0:0:5" [ "$SES" = "$H:0:0:5" ]
check "debugfs ses0/hctl is $SES" [ "$(cat "$SESD/hctl")" = "$SES" ]
D1=$(wait_hctl vhba 30)
check "hctl_of_vhba 1 is the disk $H:0:0:0" [ "$D1" = "$H:0:0:0" ]
check "hctl_of_vhba 2 is the disk $H:0:0:1" [ "$(hctl_of_vhba 2)" = "$H:0:0:1" ]
check "no third vhba disk" eval '! hctl_of_vhba 3'
check "sysfs type of $SES is 13" [ "$(scsi_attr "$SES" type)" = 13 ]
wait_for "sg_of $SES" 30 || die "no sg node for $SES"
SG=$(sg_of "$SES")
wait_for "$SG" 10 || die "$SG does not exist"
diag "enclosure $SES is $SG"

if run "$O" sg_inq "$SG"; then
	check "sg_inq: PDT=13" has "$O" "PDT=13"
	check "sg_inq: EncServ=1" has "$O" "EncServ=1"
	check "sg_inq: vendor SCSAVHBA" grep -q "Vendor identification: SCSAVHBA" "$O"
	check "sg_inq: product VENCLOSURE" grep -q "Product identification: VENCLOSURE" "$O"
	check "sg_inq: enclosure services device" grep -qi "enclosure services" "$O"
else
	fail "sg_inq $SG"
fi
if quiet "$O" sg_inq --page=0 --hex "$SG"; then
	diag_file "$O"
	check "VPD 00h lists 00 80 83 only" grep -q " 0d 00 00 03 00 80 83  " "$O"
else
	fail "sg_inq --page=0 $SG"
fi
if run "$O" sg_luns "$SG"; then
	check "REPORT LUNS lists LUN 0" has "$O" "0000000000000000"
	check "REPORT LUNS lists LUN 1" has "$O" "0001000000000000"
	check "REPORT LUNS lists LUN 5" has "$O" "0005000000000000"
	check "REPORT LUNS lists 3 LUNs" [ "$(count_of "$O" "000000000000")" = 3 ]
else
	fail "sg_luns $SG"
fi
D1SG=$(sg_of "$D1")
if [ -n "$D1SG" ] && quiet "$O" sg_luns "$D1SG"; then
	check "REPORT LUNS of the disk also lists LUN 5" has "$O" "0005000000000000"
else
	fail "sg_luns on the disk $D1"
fi

# =================================================================== C
diag "== C: pages 00h 01h 07h 02h"
if run "$O" sg_ses "$SG"; then
	check "page 00h: supported diagnostic pages [0x0]" has "$O" "[0x0]"
	check "page 00h: configuration [0x1]" has "$O" "[0x1]"
	check "page 00h: enclosure status/control [0x2]" has "$O" "[0x2]"
	check "page 00h: element descriptor [0x7]" has "$O" "[0x7]"
	check "page 00h: nothing else" [ "$(grep -c '\[0x' "$O")" = 4 ]
else
	fail "sg_ses $SG"
fi
if run "$O" sg_ses --page=cf "$SG"; then
	check "page 01h: generation code 0x1" has "$O" "generation code: 0x1"
	check "page 01h: no secondary subenclosures" has "$O" "number of secondary subenclosures: 0"
	check "page 01h: 4 type descriptor headers" has "$O" "number of type descriptor headers: 4"
	check "page 01h: vendor/product/rev" \
		grep -q "enclosure vendor: SCSAVHBA *product: VENCLOSURE *rev: 0001" "$O"
	check "page 01h: logical identifier" \
		grep -q "enclosure logical identifier (hex): 35ca[0-9a-f]\{4\}ffff0005" "$O"
	check "page 01h: 4 array device slots" \
		eval "grep -A1 'Element type: Array device slot' '$O' | grep -q 'number of possible elements: 4'"
	check "page 01h: 1 power supply" \
		eval "grep -A1 'Element type: Power supply' '$O' | grep -q 'number of possible elements: 1'"
	check "page 01h: 2 cooling" \
		eval "grep -A1 'Element type: Cooling' '$O' | grep -q 'number of possible elements: 2'"
	check "page 01h: 1 temperature sensor" \
		eval "grep -A1 'Element type: Temperature sensor' '$O' | grep -q 'number of possible elements: 1'"
	for t in "Array device slots" "Power supply" "Cooling fans" "Temperature sensor"; do
		check "page 01h: type text '$t'" grep -q "text: $t\$" "$O"
	done
else
	fail "sg_ses --page=cf $SG"
fi
if run "$O" sg_ses --page=ed "$SG"; then
	for t in Slots Slot0 Slot1 Slot2 Slot3 PSUs PSU0 Fans Fan0 Fan1 Temps Temp0; do
		check "page 07h: descriptor $t" grep -q "descriptor: $t\$" "$O"
	done
else
	fail "sg_ses --page=ed $SG"
fi
if run "$O" sg_ses --page=es "$SG"; then
	check "page 02h: generation code 0x1" has "$O" "generation code: 0x1"
	check "page 02h: no CRIT/NON-CRIT/UNRECOV" \
		has "$O" "INVOP=0, INFO=0, NON-CRIT=0, CRIT=0, UNRECOV=0"
	check "page 02h: 8 elements OK" [ "$(count_of "$O" "status: OK")" = 8 ]
	check "page 02h: 4 overall elements unsupported" \
		[ "$(count_of "$O" "status: Unsupported")" = 4 ]
	check "page 02h: 25 C" has "$O" "Temperature=25 C"
	check "page 02h: fans at 3000 rpm" [ "$(count_of "$O" "Actual speed=3000 rpm")" = 2 ]
	check "page 02h: PSU requested on" has "$O" "Requested on=1, Off=0"
else
	fail "sg_ses --page=es $SG"
fi
check "debugfs elem0: array_device_slot ok" \
	[ "$(elem_field 0 type) $(elem_field 0 status)" = "array_device_slot ok" ]
check "debugfs elem4: power_supply" [ "$(elem_field 4 type)" = power_supply ]
check "debugfs elem5: cooling, 3000 rpm" \
	[ "$(elem_field 5 type) $(elem_field 5 rpm)" = "cooling 3000" ]
check "debugfs elem7: temperature_sensor, 25 C" \
	[ "$(elem_field 7 type) $(elem_field 7 temp)" = "temperature_sensor 25" ]
check "debugfs generation 1" [ "$(cat "$SESD/generation")" = 1 ]

# =================================================================== D
diag "== D: environment through debugfs"
set_elem 2 crit
check_get "slot 2 crit" 0,2 0:3:4 2
es_page && check "crit element: page CRIT=1" has "$O" "NON-CRIT=0, CRIT=1, UNRECOV=0"
check "debugfs elem2 reads crit" [ "$(elem_field 2 status)" = crit ]
set_elem 2 ok
set_elem 5 noncrit
es_page && check "noncrit fan: page NON-CRIT=1 CRIT=0" has "$O" "NON-CRIT=1, CRIT=0, UNRECOV=0"
check_get "fan 0 noncrit" 2,0 0:3:4 3
set_elem 5 ok
set_elem 7 unrecov
es_page && check "unrecov sensor: page UNRECOV=1" has "$O" "NON-CRIT=0, CRIT=0, UNRECOV=1"
set_elem 7 ok
set_elem 4 notinstalled
check_get "PSU not installed" 1,0 0:3:4 5
es_page && check "not installed: no page flags" has "$O" "NON-CRIT=0, CRIT=0, UNRECOV=0"
set_elem 4 ok
set_elem 1 0x01 0x00 0x00 0x40
check_get "raw bytes: slot 1 fault sensed" 0,1 3:6:1 1
check "debugfs elem1: fault 1" [ "$(elem_field 1 fault)" = 1 ]
set_elem 1 reset
check_get "reset: slot 1 fault sensed clear" 0,1 3:6:1 0
set_elem 7 temp 60
es_page && check "temp 60: page 02h shows 60 C" has "$O" "Temperature=60 C"
check "debugfs elem7: temp 60" [ "$(elem_field 7 temp)" = 60 ]
set_elem 6 rpm 5000
es_page && check "rpm 5000: fan 1 at 5000 rpm" has "$O" "Actual speed=5000 rpm"
check "debugfs elem6: rpm 5000" [ "$(elem_field 6 rpm)" = 5000 ]
for bad in "bogus" "temp 60x" "rpm 30000" "0x100 0 0 0" "temp 300" \
	   "1 2 3 4x" "1 2 3" "ok 1" "reset 1" "temp"; do
	if echo "$bad" > "$SESD/elem7" 2> /dev/null; then
		fail "debugfs elem7 accepted '$bad'"
	else
		pass "debugfs elem7 refuses '$bad'"
	fi
done
check "debugfs elem5 refuses 'temp 30' (a fan)" eval "! echo 'temp 30' > '$SESD/elem5' 2> /dev/null"
echo 7 > "$SESD/generation"
quiet "$O" sg_ses --page=cf "$SG" &&
	check "generation 7: page 01h" has "$O" "generation code: 0x7"
es_page && check "generation 7: page 02h" has "$O" "generation code: 0x7"
quiet "$O" sg_ses --page=ed "$SG" &&
	check "generation 7: page 07h" has "$O" "generation code: 0x7"

# =================================================================== E
diag "== E: enclosure control"
if run "$O" sg_ses --index=0,1 --set=ident "$SG"; then
	check "set ident slot 1: debugfs ident 1" [ "$(elem_field 1 ident)" = 1 ]
	check "set ident slot 1: SELECT in stored control" \
		eval "awk '\$1 == \"control\" { exit !(\$2 == \"0x80\" && \$4 == \"0x02\") }' '$SESD/elem1'"
	check_get "set ident" 0,1 ident 1
	check_get "other slots untouched" 0,0 ident 0
	check_get "other slots untouched" 0,2 ident 0
else
	fail "sg_ses --set=ident"
fi
if run "$O" sg_ses --index=0,1 --clear=ident "$SG"; then
	check_get "clear ident" 0,1 ident 0
	check "clear ident: debugfs ident 0" [ "$(elem_field 1 ident)" = 0 ]
else
	fail "sg_ses --clear=ident"
fi
if run "$O" sg_ses --index=arr,3 --set=fault "$SG"; then
	check_get "set fault slot 3 (FAULT REQSTD)" 0,3 fault 1
	check "set fault slot 3: debugfs fault 1" [ "$(elem_field 3 fault)" = 1 ]
else
	fail "sg_ses --set=fault"
fi
run "$O" sg_ses --index=arr,3 --clear=fault "$SG"
check_get "clear fault slot 3" 0,3 fault 0
if run "$O" sg_ses --index=ps,0 --set=fail "$SG"; then
	check_get "set fail PSU" 1,0 fail 1
	check "set fail PSU: debugfs fault 1" [ "$(elem_field 4 fault)" = 1 ]
else
	fail "sg_ses --set=fail on the PSU"
fi
run "$O" sg_ses --index=ps,0 --clear=fail "$SG"
check_get "clear fail PSU" 1,0 fail 0

# a whole control page: current generation 7, SELECT + RQST IDENT on slot 2
if run "$O" sg_senddiag -vv --pf --raw="$(page2_ctl 7 2 80 00 02 00)" "$SG"; then
	pass "control page with generation 7 accepted"
	check "raw control page: debugfs elem2 ident 1" [ "$(elem_field 2 ident)" = 1 ]
	check_get "raw control page: slot 2 ident" 0,2 ident 1
	check_get "raw control page: slot 1 untouched" 0,1 ident 0
else
	fail "control page with generation 7 refused"
fi
# stale generation code: refused, nothing changes
run "$O" sg_senddiag -vv --pf --raw="$(page2_ctl 1 2 80 00 00 00)" "$SG"
if grep -qi "parameter list" "$O"; then
	pass "control page with a stale generation code: INVALID FIELD IN PARAMETER LIST"
else
	fail "control page with a stale generation code not refused with INVALID FIELD IN PARAMETER LIST"
fi
check "stale control page changed nothing" [ "$(elem_field 2 ident)" = 1 ]
# without SELECT nothing changes
run "$O" sg_senddiag -vv --pf --raw="$(page2_ctl 7 2 00 00 00 00)" "$SG"
check "control element without SELECT changes nothing" [ "$(elem_field 2 ident)" = 1 ]
run "$O" sg_senddiag -vv --pf --raw="$(page2_ctl 7 2 80 00 00 00)" "$SG"
check "SELECT without RQST IDENT clears it" [ "$(elem_field 2 ident)" = 0 ]
run "$O" sg_senddiag -vv --pf --raw="02,00,00,04,00,00,00,07" "$SG"
if grep -qi "parameter list" "$O"; then
	pass "control page of the wrong length: INVALID FIELD IN PARAMETER LIST"
else
	fail "control page of the wrong length not refused"
fi

# =================================================================== F
diag "== F: bad CDBs, allocation lengths"
raw_cc "$O" "RECEIVE DIAGNOSTIC page 05h" "invalid field in cdb" \
	-r 64 "$SG" 1c 01 05 00 40 00
raw_cc "$O" "RECEIVE DIAGNOSTIC page 0ah" "invalid field in cdb" \
	-r 64 "$SG" 1c 01 0a 00 40 00
raw_cc "$O" "RECEIVE DIAGNOSTIC PCV=0 with page code 01h" "invalid field in cdb" \
	-r 64 "$SG" 1c 00 01 00 40 00
raw_cc "$O" "SEND DIAGNOSTIC of a 2-byte page 00h (truncated)" "invalid field in cdb" \
	-s 2 -i /dev/zero "$SG" 1d 10 00 00 02 00
raw_cc "$O" "SEND DIAGNOSTIC with PF=0 and data" "invalid field in cdb" \
	-s 8 -i /dev/zero "$SG" 1d 00 00 00 08 00
raw_cc "$O" "SEND DIAGNOSTIC background self-test" "invalid field in cdb" \
	"$SG" 1d 20 00 00 00 00
run "$O" sg_senddiag -vv --pf --raw="01,00,00,04,00,00,00,07" "$SG"
if grep -qi "parameter list" "$O"; then
	pass "SEND DIAGNOSTIC of page 01h: INVALID FIELD IN PARAMETER LIST"
else
	fail "SEND DIAGNOSTIC of page 01h not refused with INVALID FIELD IN PARAMETER LIST"
fi
raw_cc "$O" "READ(10) on the enclosure" "invalid command operation code" \
	-r 512 "$SG" 28 00 00 00 00 00 00 00 01 00
if run "$O" sg_raw -r 2 "$SG" 1c 01 02 00 02 00; then
	check "page 02h, allocation length 2: 2 bytes" [ "$(received "$O")" = 2 ]
	check "page 02h, allocation length 2: 02 00" grep -q "^ *00  *02 00  " "$O"
else
	fail "RECEIVE DIAGNOSTIC page 02h allocation length 2"
fi
if run "$O" sg_raw -r 10 "$SG" 1c 01 01 00 0a 00; then
	check "page 01h, allocation length 10: 10 bytes" [ "$(received "$O")" = 10 ]
else
	fail "RECEIVE DIAGNOSTIC page 01h allocation length 10"
fi
if run "$O" sg_raw -r 1024 "$SG" 1c 01 02 04 00 00; then
	check "page 02h, allocation length 1024: 56 bytes (residual)" [ "$(received "$O")" = 56 ]
else
	fail "RECEIVE DIAGNOSTIC page 02h allocation length 1024"
fi
# what illumos ses reads first: page 01h with allocation length 0x4cc
if run "$O" sg_raw -r 1228 "$SG" 1c 01 01 04 cc 00; then
	check "page 01h, allocation length 0x4cc: 124 bytes" [ "$(received "$O")" = 124 ]
else
	fail "RECEIVE DIAGNOSTIC page 01h allocation length 0x4cc"
fi
check "default self-test passes" run "$O" sg_senddiag --test "$SG"
if run "$O" sg_senddiag -vv --pf --raw="00,00,00,00" "$SG" &&
   run "$O" sg_raw -r 64 "$SG" 1c 00 00 00 40 00; then
	check "after sending page 00h, PCV=0 returns page 00h" \
		grep -q "^ *00  *00 00 00 04 00 01 02 07  " "$O"
else
	fail "SEND DIAGNOSTIC page 00h, RECEIVE DIAGNOSTIC PCV=0"
fi

# =================================================================== G
diag "== G: Linux ses and the enclosure class"
ENC=/sys/class/enclosure/$SES
if [ -e /sys/module/ses ] || modprobe ses > "$O" 2>&1; then
	mod_loaded enclosure && _loaded_push enclosure
	mod_loaded ses && _loaded_push ses
	if wait_for "$ENC/components" 30; then
		check "enclosure class: 4 components" [ "$(cat "$ENC/components")" = 4 ]
		check "enclosure class: id is the logical identifier" \
			grep -q "^0x35ca[0-9a-f]\{4\}ffff0005\$" "$ENC/id"
		for s in Slot0 Slot1 Slot2 Slot3; do
			check "component $s: array device" \
				[ "$(cat "$ENC/$s/type" 2>/dev/null)" = "array device" ]
		done
		check "component Slot0: status OK" [ "$(cat "$ENC/Slot0/status")" = OK ]
		set_elem 0 crit
		check "debugfs crit: Slot0 status critical" \
			[ "$(cat "$ENC/Slot0/status")" = critical ]
		set_elem 0 ok
		check "locate Slot2 := 1" eval "echo 1 > '$ENC/Slot2/locate'"
		check "locate Slot2: debugfs elem2 ident 1" [ "$(elem_field 2 ident)" = 1 ]
		check "locate Slot2 reads 1" [ "$(cat "$ENC/Slot2/locate")" = 1 ]
		check_get "locate Slot2 seen by sg_ses" 0,2 ident 1
		check_get "locate Slot2: Slot1 untouched" 0,1 ident 0
		check "locate Slot2 := 0" eval "echo 0 > '$ENC/Slot2/locate'"
		check "locate Slot2 cleared in debugfs" [ "$(elem_field 2 ident)" = 0 ]
		check "fault Slot1 := 1" eval "echo 1 > '$ENC/Slot1/fault'"
		check "fault Slot1: debugfs elem1 fault 1" [ "$(elem_field 1 fault)" = 1 ]
		check_get "fault Slot1 seen by sg_ses" 0,1 fault 1
		check "fault Slot1 reads non-zero" [ "$(cat "$ENC/Slot1/fault")" != 0 ]
	else
		fail "no $ENC after loading ses"
		find /sys/class/enclosure/ 2>&1 | diag_file
	fi
else
	diag_file "$O"
	diag "note: no ses module in this kernel: enclosure class part left out"
fi

unload_mod ses
unload_mod enclosure

# =================================================================== H
diag "== H: through scsa_compat: USCSICMD of scsa_sgen (the path of illumos ses)"
USCSI=$(cd "$(dirname "$0")" && pwd)/uscsi_cmd
# u ARGS...: run uscsi_cmd (bounded), output in $O, shown as diagnostics
u()
{
	diag "uscsi_cmd $*"
	bounded 90 "$USCSI" "$@" > "$O" 2>&1
	_u_rc=$?
	diag_file "$O"
	return $_u_rc
}
kv()	# KEY: the value of the first KEY= of the last uscsi_cmd
{
	awk -v k="$1" '{
		for (i = 1; i <= NF; i++)
			if (index($i, k "=") == 1) {
				print substr($i, length(k) + 2); exit
			}
	}' "$O"
}
expect()	# DESC KEY VALUE
{
	_ex_v=$(kv "$2")
	if [ "$_ex_v" = "$3" ]; then
		pass "$1: $2=$3"
	else
		fail "$1: $2 is '$_ex_v', expected '$3'"
	fi
}
if [ ! -x "$USCSI" ] || [ ! -f "$SCSA_MODDIR/scsa_sgen.ko" ] ||
   [ ! -f "$SCSA_MODDIR/scsa_compat.ko" ]; then
	diag "note: no uscsi_cmd, scsa_compat or scsa_sgen: part H left out"
else
	load_mod scsa_compat || die "insmod scsa_compat"
	load_mod scsa_sgen || die "insmod scsa_sgen"
	if wait_attached "$SES" scsa_sgen 30 &&
	   NODE=$(wait_scsa_node "$SES" scsa_sgen 30); then
		check "scsa_sgen node of the enclosure: $NODE is :ses" \
			eval "case '$NODE' in *:ses) true ;; *) false ;; esac"
		# what illumos ses_getconfig() reads first
		if u -r 1228 -o "$SCSA_TMP/p1.u" "$NODE" 1c 01 01 04 cc 00; then
			expect "page 01h, 0x4cc" status 0x00
			expect "page 01h, 0x4cc: 1228 - 124" resid 1104
			quiet "$SCSA_TMP/sg.out" sg_raw -r 1228 -o "$SCSA_TMP/p1.sg" \
				"$SG" 1c 01 01 04 cc 00
			check "page 01h through uscsi = through sg" \
				cmp_files "$SCSA_TMP/p1.sg" "$SCSA_TMP/p1.u"
		else
			fail "RECEIVE DIAGNOSTIC page 01h through $NODE"
		fi
		# ses_get_encstat(): 2 bytes of page 02h
		set_elem 6 crit
		if u -r 2 "$NODE" 1c 01 02 00 02 00; then
			expect "page 02h, 2 bytes" resid 0
			check "page 02h, 2 bytes: 02 02 (CRIT)" \
				eval "grep -qi '^data=02 *02\$' '$O'"
		else
			fail "RECEIVE DIAGNOSTIC page 02h, 2 bytes through $NODE"
		fi
		set_elem 6 ok
		u -r 64 "$NODE" 1c 01 05 00 40 00
		expect "page 05h through uscsi" status 0x02
		expect "page 05h through uscsi" sense_key 0x5
		expect "page 05h through uscsi" asc 0x24
		# ses_set_objstat(): a control page, SELECT on slot 3 with RQST IDENT
		if u -x "$(page2_ctl "$(cat "$SESD/generation")" 3 80 00 02 00)" \
		     "$NODE" 1d 10 00 00 38 00; then
			expect "control page through uscsi" status 0x00
			check "control page through uscsi: slot 3 ident" \
				[ "$(elem_field 3 ident)" = 1 ]
		else
			fail "SEND DIAGNOSTIC through $NODE"
		fi
	else
		show_attachments
		fail "scsa_sgen did not attach to the enclosure $SES"
	fi
	unload_mod scsa_sgen || fail "unload scsa_sgen"
	unload_mod scsa_compat || fail "unload scsa_compat"
fi
unload_mod scsa_vhba || die "unload scsa_vhba"

# =================================================================== I
diag "== I: num_hosts=2 num_tgts=2 ses_lun=1"
load_mod scsa_vhba num_hosts=2 num_tgts=2 ses_lun=1 ||
	die "insmod scsa_vhba num_hosts=2 num_tgts=2 ses_lun=1"
S1=$(wait_hctl vhba_ses 30) || die "no enclosure LUN"
wait_for "hctl_of_vhba_ses 2" 30 || fail "no second enclosure LUN"
S2=$(hctl_of_vhba_ses 2)
check "enclosure 1 is ses0/hctl ($S1)" [ "$(cat "$VHBA_DBG/ses0/hctl")" = "$S1" ]
check "enclosure 2 is ses1/hctl ($S2)" [ "$(cat "$VHBA_DBG/ses1/hctl")" = "$S2" ]
check "enclosures on target 0 LUN 1" eval "case '$S1 $S2' in *:0:0:1\ *:0:0:1) true ;; *) false ;; esac"
check "no third enclosure (none on target 1)" eval '! hctl_of_vhba_ses 3'
wait_for "hctl_of_vhba 4" 30 || fail "not 4 disks"
check "4 disk LUNs (2 hosts x 2 targets)" eval '! hctl_of_vhba 5'
echo crit > "$VHBA_DBG/ses1/elem0"
wait_for "sg_of $S1" 30 || fail "no sg node for $S1"
wait_for "sg_of $S2" 30 || fail "no sg node for $S2"
SG=$(sg_of "$S2")
check_get "host 2's enclosure: slot 0 crit" 0,0 0:3:4 2
SG=$(sg_of "$S1")
check_get "host 1's enclosure: slot 0 still ok" 0,0 0:3:4 1
T1=$(hctl_of_vhba 2)
if [ -n "$T1" ] && [ "${T1##*:}" = 0 ] && wait_for "sg_of $T1" 30 &&
   quiet "$O" sg_luns "$(sg_of "$T1")"; then
	diag_file "$O"
	check "REPORT LUNS of target ${T1#*:*:}: LUN 0 only" \
		[ "$(count_of "$O" "000000000000")" = 1 ]
else
	fail "sg_luns on the second target's disk ($T1)"
fi

unload_all || fail "unload"
finish
