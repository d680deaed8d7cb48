#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# DDI device properties, driver.conf(5) files and driver binding
# (ktest/ktest_props.c, core/scsa_prop.c, core/scsa_conf.c,
# core/scsa_attach.c), on a scsa_vhba host with 2 targets x 2 LUNs:
#   A  ddi_prop_* in the kernel: props_basic, props_errors, props_dev,
#      props_pass (the host's properties, DDI_PROP_DONTPASS),
#      props_atomic (DDI_PROP_DONTSLEEP under a spinlock)
#   B  the framework's properties on a vhba LUN and the virtio-scsi disk
#      (inquiry-device-type/-vendor-id/-product-id/-revision-id, target,
#      lun, lun64, compatible) equal what sg_inq reports; the debugfs
#      props file shows the same
#   C  /etc/scsa/scsa_ktest.conf, written before scsa_ktest is loaded:
#      its global properties (decimal/hex/octal/negative ints, strings
#      with escapes, int and string arrays over two lines, a boolean, a
#      name defined twice) are seen by ddi_prop_*; each bad entry is
#      reported as "scsa_ktest.conf:<line>:" with its line number and
#      left out, the entries after it are used
#   D  binding of drivers without drv_aliases: through a node entry
#      name="kprop_conf" class="scsi" target=1 lun=1 (only those LUNs,
#      with the entry's property), scsa_compat's driver_aliases= module
#      parameter, a write to debugfs scsa_compat/new_id (and EINVAL for
#      bad lines), and scsa_driver_aliases() from the glue
# Pass: every ktest passes and the attachments are exactly the expected.
# scsa-timeout=600

. "$(dirname "$0")/lib.sh"
lib_init
need_mods scsa_compat scsa_vhba scsa_ktest
command -v sg_inq > /dev/null 2>&1 || skip "sg_inq (sg3-utils) not installed"

CONF_DIR=/etc/scsa
KCONF=$CONF_DIR/scsa_ktest.conf
PCONF=$CONF_DIR/kprop_conf.conf
ALIAS_ID="scsiclass,00.vSCSAVHBA.pVDISK"

# the conf files must not outlive the test (later tests load scsa_ktest)
_t21_exit()
{
	_t21_rc=$?
	rm -f "$KCONF" "$PCONF"
	(exit "$_t21_rc")
	_lib_exit
}
trap _t21_exit EXIT

mkdir -p "$CONF_DIR" || die "mkdir $CONF_DIR"
# line numbers matter: the bad entries are on lines 14, 15, 16, 18, 19, 21
cat > "$KCONF" <<'EOF'
# scsa_ktest.conf written by test_21_props.sh
kconf-dec=42;
kconf-hex=0x1F kconf-oct=017;
kconf-neg=-5; kconf-big=0xffffffff;
kconf-str="hello \"conf\" world";
kconf-ints=1, 2,
	0x30, 4;
device-type-config-list="direct", "sequential";
inquiry-config-list=	"*",	"UltraToast",
			"ACME",	"PowerToast";
kconf-bool;
kconf-twice=1;
kconf-twice=2;
kconf-bad=12abc;
kconf-mixed=1,"two";
kconf-in-bad=1 = 2;
kconf-after-bad=7;
name="other" class="scsi";
kconf-unterminated="abc
;
kconf-last=9
EOF
cat > "$PCONF" <<'EOF'
# node entries of the test driver kprop_conf
name="kprop_conf" class="scsi" target=1 lun=1 kprop-node=11;
name="kprop_conf" parent="/pseudo" target=7 lun=7 kprop-node=11;
EOF

load_mod scsa_compat "driver_aliases=kprop_param=$ALIAS_ID" ||
	die "insmod scsa_compat"
load_mod scsa_vhba num_tgts=2 num_luns=2 dev_size_mb=8 ||
	die "insmod scsa_vhba"
wait_for "[ -n \"\$(hctl_of_vhba 4)\" ]" 30 || die "no 4 scsa_vhba LUNs"
load_mod scsa_ktest || die "insmod scsa_ktest"
VHBA=$(hctl_of_vhba 1) || die "no scsa_vhba LUN"
wait_attached "$VHBA" scsa_ktest 30 || die "scsa_ktest did not attach to $VHBA"
show_attachments

# ---- C: the driver.conf log lines ----
dmesg > "$SCSA_TMP/dmesg.out" 2>&1
grep 'scsa_ktest.conf' "$SCSA_TMP/dmesg.out" > "$SCSA_TMP/conf.out"
diag_file "$SCSA_TMP/conf.out"
check "scsa_ktest.conf read: 13 global properties, 0 node entries" \
	grep -q 'scsa_ktest.conf: 13 global properties, 0 node entries' \
	"$SCSA_TMP/dmesg.out"
for l in "14:.*bad integer '12abc'" "15:.*mixes integers and strings" \
	 "16:.*unexpected character '='" "18:.*node entry for \"other\"" \
	 "19:.*unterminated string" "21:.*missing ';'"; do
	check "bad entry reported: scsa_ktest.conf:$l" \
		grep -q "scsa_ktest.conf:$l" "$SCSA_TMP/dmesg.out"
done
check "kprop_conf.conf is not read before kprop_conf installs" \
	sh -c "! grep -q 'kprop_conf.conf:' '$SCSA_TMP/dmesg.out'"
ktest_pass "driver.conf global properties" props_conf "$VHBA"

# ---- A: the interfaces ----
ktest_pass "every type, every lookup, ddi_prop_op, LIFO" props_basic "$VHBA"
ktest_pass "NOT_FOUND, UNDEFINED, BUF_TOO_SMALL, types, decode, INVAL_ARG" \
	props_errors "$VHBA"
ktest_pass "DDI_DEV_T_ANY vs a dev_t, remove, remove_all" props_dev "$VHBA"
ktest_pass "the parent's properties and DDI_PROP_DONTPASS" props_pass "$VHBA"
ktest_pass "DDI_PROP_DONTSLEEP lookups under a spinlock" props_atomic "$VHBA"

# ---- B: the framework's properties = sg_inq ----
# inq_std HCTL: "type vendor product revision" (blanks in fields as '_')
inq_std()
{
	_is_sg=$(sg_of "$1") || return 1
	bounded 60 sg_inq "$_is_sg" > "$SCSA_TMP/inq.out" 2>&1 || return 1
	_is_t=$(sed -n -e 's/.*PDT=\([0-9]*\).*/\1/p' \
		-e 's/.*Device_type=\([0-9]*\).*/\1/p' "$SCSA_TMP/inq.out" |
		head -n 1)
	_is_v=$(sed -n 's/^ *Vendor identification: *\(.*[^ ]\) *$/\1/p' \
		"$SCSA_TMP/inq.out" | head -n 1 | tr ' ' _)
	_is_p=$(sed -n 's/^ *Product identification: *\(.*[^ ]\) *$/\1/p' \
		"$SCSA_TMP/inq.out" | head -n 1 | tr ' ' _)
	_is_r=$(sed -n 's/^ *Product revision level: *\(.*[^ ]\) *$/\1/p' \
		"$SCSA_TMP/inq.out" | head -n 1 | tr ' ' _)
	if [ -z "$_is_t" ] || [ -z "$_is_v" ] || [ -z "$_is_p" ] ||
	   [ -z "$_is_r" ]; then
		diag_file "$SCSA_TMP/inq.out"
		return 1
	fi
	printf '%s %s %s %s\n' "$_is_t" "$_is_v" "$_is_p" "$_is_r"
}

framework_of()
{
	_fo_h=$1
	wait_for "sg_of $_fo_h" 30 || { fail "no sg node for $_fo_h"; return; }
	_fo_i=$(inq_std "$_fo_h") || { fail "sg_inq of $_fo_h"; return; }
	diag "sg_inq of $_fo_h: $_fo_i"
	_fo_t=$(echo "$_fo_h" | cut -d: -f3)
	_fo_l=$(echo "$_fo_h" | cut -d: -f4)
	# shellcheck disable=SC2086 # four words
	ktest_pass "framework properties of $_fo_h = sg_inq" props_framework \
		"$_fo_h" $_fo_i "$_fo_t" "$_fo_l"
	_fo_v=$(echo "$_fo_i" | cut -d' ' -f2)
	check "debugfs props: $_fo_h inquiry-vendor-id" \
		grep -q "^$_fo_h scsa_ktest [0-9]* framework inquiry-vendor-id string \"$_fo_v\"" \
		"$COMPAT_DBG/props"
}
framework_of "$VHBA"
VIRTIO=$(hctl_of_virtio) && attached "$VIRTIO" scsa_ktest &&
	framework_of "$VIRTIO"
grep "^$VHBA scsa_ktest" "$COMPAT_DBG/props" > "$SCSA_TMP/props.out"
diag_file "$SCSA_TMP/props.out"
check "debugfs props: the host's scsi-reset-delay as the parent's" \
	grep -q "^$VHBA scsa_ktest [0-9]* parent:driver scsi-reset-delay int 3000" \
	"$COMPAT_DBG/props"

# ---- D: binding ----
# count_att DRIVER: its attachments
count_att()
{
	awk -v d="$1" '$2 == d { n++ } END { print n + 0 }' \
		"$COMPAT_DBG/attachments"
}
# count_luns FILTER: SCSI devices for which FILTER "H C T L TYPE VENDOR" is true
count_luns()
{
	_cl_n=0
	for _cl in /sys/class/scsi_device/*; do
		[ -e "$_cl" ] || continue
		_cl_h=${_cl##*/}
		_cl_ty=$(scsi_attr "$_cl_h" type)
		_cl_v=$(scsi_attr "$_cl_h" vendor)
		# shellcheck disable=SC2046 # the H C T L words
		if $1 $(echo "$_cl_h" | tr : ' ') "$_cl_ty" "$_cl_v"; then
			_cl_n=$((_cl_n + 1))
		fi
	done
	echo "$_cl_n"
}
is_t1l1() { [ "$3" = 1 ] && [ "$4" = 1 ]; }
is_vhba() { [ "$6" = SCSAVHBA ]; }
is_disk() { [ "$5" = 0 ]; }
N11=$(count_luns is_t1l1)
NVHBA=$(count_luns is_vhba)
NDISK=$(count_luns is_disk)
diag "LUNs: $N11 at target 1 LUN 1, $NVHBA of the vhba, $NDISK of type 0"

ktest_pass "install kprop_conf (a driver.conf node entry)" props_drv "$VHBA" \
	install kprop_conf
show_attachments
check "kprop_conf attached to the $N11 LUN(s) at target 1, LUN 1 only" \
	[ "$(count_att kprop_conf)" = "$N11" ]
check "kprop_conf's attachments are at target 1, LUN 1" sh -c \
	"! awk '\$2 == \"kprop_conf\" { print \$1 }' '$COMPAT_DBG/attachments' | grep -vq ':1:1\$'"
ktest_pass "kprop_conf saw the entry's kprop-node on each" props_drv "$VHBA" \
	check kprop_conf "$N11" "$N11"
dmesg > "$SCSA_TMP/dmesg.out" 2>&1
check "kprop_conf.conf: 0 global properties, 2 node entries" \
	grep -q 'kprop_conf.conf: 0 global properties, 2 node entries' \
	"$SCSA_TMP/dmesg.out"
check "parent= noted as not matched" \
	grep -q 'kprop_conf.conf:3: parent="/pseudo" is not matched' \
	"$SCSA_TMP/dmesg.out"
ktest_pass "remove kprop_conf" props_drv "$VHBA" remove kprop_conf
check "kprop_conf detached everywhere" [ "$(count_att kprop_conf)" = 0 ]

ktest_pass "install kprop_param (driver_aliases=)" props_drv "$VHBA" \
	install kprop_param
check "kprop_param attached to the $NVHBA vhba LUNs ($ALIAS_ID)" \
	[ "$(count_att kprop_param)" = "$NVHBA" ]
check "debugfs aliases lists the parameter's alias" \
	grep -q "^kprop_param $ALIAS_ID param\$" "$COMPAT_DBG/aliases"
ktest_pass "remove kprop_param" props_drv "$VHBA" remove kprop_param

ktest_pass "install kprop_newid (no alias yet)" props_drv "$VHBA" \
	install kprop_newid
check "kprop_newid attached nowhere" [ "$(count_att kprop_newid)" = 0 ]
check "new_id: kprop_newid $ALIAS_ID" \
	sh -c "echo 'kprop_newid $ALIAS_ID' > '$COMPAT_DBG/new_id'"
check "kprop_newid attached to the $NVHBA vhba LUNs at once" \
	[ "$(count_att kprop_newid)" = "$NVHBA" ]
ktest_pass "kprop_newid's instances saw the framework's properties" \
	props_drv "$VHBA" check kprop_newid "$NVHBA" 0
echo "kprop_newid $ALIAS_ID" > "$COMPAT_DBG/new_id" ||
	fail "new_id: the same alias again"
check "new_id again: no second instance" \
	[ "$(count_att kprop_newid)" = "$NVHBA" ]
for bad in "kprop_newid" "bad/name scsiclass,00" "kprop_newid a b"; do
	check "new_id '$bad': EINVAL" \
		sh -c "! echo '$bad' > '$COMPAT_DBG/new_id' 2> /dev/null"
done
check "debugfs aliases lists the new_id alias" \
	grep -q "^kprop_newid $ALIAS_ID new_id\$" "$COMPAT_DBG/aliases"
ktest_pass "remove kprop_newid" props_drv "$VHBA" remove kprop_newid

ktest_pass "install kprop_glue (scsa_driver_aliases scsiclass,00)" \
	props_drv "$VHBA" install kprop_glue
check "kprop_glue attached to the $NDISK LUNs of type 0" \
	[ "$(count_att kprop_glue)" = "$NDISK" ]
ktest_pass "remove kprop_glue" props_drv "$VHBA" remove kprop_glue
show_attachments

# ---- E: garbage and oversized driver.conf files: logged, no oops ----
{
	head -c 6000 /dev/urandom
	printf '\nx="unterminated\nname="kprop_conf" class="nexus";\n'
	printf 'big=99999999999; n=1,,2; =3; "str";\n'
} > "$PCONF"
ktest_pass "install kprop_conf with a garbage driver.conf" props_drv \
	"$VHBA" install kprop_conf
check "kprop_conf attached nowhere" [ "$(count_att kprop_conf)" = 0 ]
dmesg > "$SCSA_TMP/dmesg.out" 2>&1
grep 'kprop_conf.conf:' "$SCSA_TMP/dmesg.out" > "$SCSA_TMP/garbage.out"
diag "$(wc -l < "$SCSA_TMP/garbage.out") lines about kprop_conf.conf"
check "garbage: bad entries reported, at most 20" \
	[ "$(grep -c 'entry ignored$' "$SCSA_TMP/garbage.out")" -le 20 ]
ktest_pass "remove kprop_conf" props_drv "$VHBA" remove kprop_conf
dd if=/dev/zero of="$PCONF" bs=1024 count=1100 2> /dev/null
ktest_pass "install kprop_conf with a 1.1 MiB driver.conf" props_drv \
	"$VHBA" install kprop_conf
dmesg > "$SCSA_TMP/dmesg.out" 2>&1
check "an oversized driver.conf is ignored, with a message" \
	grep -q 'kprop_conf.conf: larger than 1048576 bytes; ignored' \
	"$SCSA_TMP/dmesg.out"
ktest_pass "remove kprop_conf" props_drv "$VHBA" remove kprop_conf

# every LUN still answers and nothing is left behind
unload_mod scsa_ktest || fail "rmmod scsa_ktest"
check "no attachment left but none" [ ! -s "$COMPAT_DBG/attachments" ] ||
	show_attachments
finish
