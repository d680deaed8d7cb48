#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# run-vm.sh - boot a Debian kernel in QEMU with a busybox initramfs, run the
# guest tests (/scsa/tests/guest-main.sh MODE), stream the console, check the
# kernel log and print a TAP-style summary whose last line is
#   N passed, N failed
# (preceded by "# N skipped").
# See README.rst in this directory and Documentation/test-contract.rst.

set -euo pipefail
shopt -s extglob

readonly SENTINEL=SCSA-GUEST-DONE
readonly DMESG_TAG='SCSA-DMESG: '
# Kernel modules always put in the guest (plus their modules.dep and
# modules.softdep closure).  Names that are built in are skipped.
readonly BASE_KMODS=(scsi_common scsi_mod sd_mod sg scsi_debug ses
	virtio virtio_ring virtio_pci virtio_pci_modern_dev
	virtio_pci_legacy_dev virtio_scsi vmw_pvscsi
	crc-t10dif crct10dif_common crct10dif_generic crct10dif-pclmul
	crypto-crct10dif t10-pi crc64 crc64-rocksoft crc64_rocksoft_generic
	crypto-crc64-rocksoft)
# Kernel problems in the console / dmesg (text after the timestamp).
readonly KERNEL_BAD='Oops|BUG:|kernel BUG at|WARNING:|Kernel panic|KASAN|UBSAN|possible circular locking|possible recursive locking|inconsistent lock state|sleeping function called from invalid context|suspected memory leak|general protection fault|Call Trace|blocked for more than'

CACHE=${SCSA_CACHE:-/var/cache/scsa-compat}
KIMG='' KVER='' MODULES='' PAYLOAD='' MODE=run APPEND='' TIMEOUT=1800 LOG=''
LABEL=''
EXTRA_KMODS=()
QEMU_EXTRA=()
TMPD=
QEMU_PIDFILE=
RUNNER_PID=

msg() { printf '# %s\n' "$*" >&2; }
die() { printf 'run-vm.sh: error: %s\n' "$*" >&2; exit 2; }

usage() {
	cat >&2 <<EOF
usage: $0 --kimg DIR [options]
  --kimg DIR        extracted Debian linux-image (DIR/boot/vmlinuz-KVER,
                    DIR/lib/modules/KVER/), e.g. KIMG from kernel.sh
  --kver KVER       kernel release (default: the only vmlinuz-* in DIR/boot)
  --modules DIR     directory with our built *.ko (guest /scsa/modules/)
  --payload DIR     copied to guest /scsa/tests/ (needs guest-main.sh)
  --mode MODE       run, check or bench: argument for guest-main.sh
                    (default run)
  --append "ARGS"   extra kernel command line (e.g. swiotlb=force)
  --timeout SECS    overall guest time limit (default 1800)
  --log FILE        console log (default \$SCSA_CACHE/logs/LABEL-TIME.log)
  --label NAME      prefix for the summary lines (default KVER)
  --kmod NAME       extra kernel module (or alias) for the guest; repeatable
  --qemu-arg ARG    extra QEMU argument; repeatable
Environment: SCSA_CACHE (default /var/cache/scsa-compat), SCSA_KVM=1 (use
KVM instead of TCG), SCSA_VM_MEM (MiB, default 2048), SCSA_VM_SMP (default 2),
SCSA_VM_INITRD_COMPRESS=none|gzip (default none), SCSA_VM_KEEP=1 (keep temp dir).
EOF
	exit 2
}

# --- options -------------------------------------------------------------

need_arg() { [[ $# -ge 2 ]] || die "option $1 needs an argument"; }
while [[ $# -gt 0 ]]; do
	opt=$1
	if [[ $opt == --*=* ]]; then
		set -- "${opt%%=*}" "${opt#*=}" "${@:2}"
		opt=$1
	fi
	case $opt in
	--kimg)		need_arg "$@"; KIMG=$2; shift 2 ;;
	--kver)		need_arg "$@"; KVER=$2; shift 2 ;;
	--modules)	need_arg "$@"; MODULES=$2; shift 2 ;;
	--payload)	need_arg "$@"; PAYLOAD=$2; shift 2 ;;
	--mode)		need_arg "$@"; MODE=$2; shift 2 ;;
	--append)	need_arg "$@"; APPEND=$2; shift 2 ;;
	--timeout)	need_arg "$@"; TIMEOUT=$2; shift 2 ;;
	--log)		need_arg "$@"; LOG=$2; shift 2 ;;
	--label)	need_arg "$@"; LABEL=$2; shift 2 ;;
	--kmod)		need_arg "$@"; EXTRA_KMODS+=("$2"); shift 2 ;;
	--qemu-arg)	need_arg "$@"; QEMU_EXTRA+=("$2"); shift 2 ;;
	-h|--help)	usage ;;
	*)		printf 'run-vm.sh: unknown argument: %s\n' "$opt" >&2; usage ;;
	esac
done

[[ -n $KIMG ]] || usage
[[ -d $KIMG ]] || die "--kimg $KIMG: not a directory"
KIMG=$(cd -- "$KIMG" && pwd)
if [[ -z $KVER ]]; then
	shopt -s nullglob
	imgs=("$KIMG"/boot/vmlinuz-*)
	shopt -u nullglob
	[[ ${#imgs[@]} -eq 1 ]] || die "cannot infer --kver from $KIMG/boot"
	KVER=${imgs[0]##*/vmlinuz-}
fi
VMLINUZ=$KIMG/boot/vmlinuz-$KVER
[[ -f $VMLINUZ ]] || die "$VMLINUZ not found"
MODROOT=
for d in "$KIMG/lib/modules/$KVER" "$KIMG/usr/lib/modules/$KVER"; do
	[[ -d $d ]] && MODROOT=$d && break
done
[[ -n $MODROOT ]] || die "no lib/modules/$KVER in $KIMG"
[[ $MODE == run || $MODE == check || $MODE == bench ]] ||
	die "--mode must be run, check or bench"
[[ $TIMEOUT =~ ^[1-9][0-9]*$ ]] || die "--timeout must be a positive integer"
[[ -z $MODULES || -d $MODULES ]] || die "--modules $MODULES: not a directory"
[[ -z $PAYLOAD || -d $PAYLOAD ]] || die "--payload $PAYLOAD: not a directory"
[[ -n $LABEL ]] || LABEL=$KVER
if [[ -z $LOG ]]; then
	LOG=$CACHE/logs/${LABEL//[^A-Za-z0-9._+-]/_}-$(date +%Y%m%d-%H%M%S)-$$.log
fi
mkdir -p -- "$(dirname -- "$LOG")" || die "cannot create the log directory"
: >"$LOG" || die "cannot write $LOG"
LOG=$(cd -- "$(dirname -- "$LOG")" && pwd)/$(basename -- "$LOG")

for t in qemu-system-x86_64 cpio gzip xz zstd depmod modinfo ldd timeout fio kmod; do
	command -v "$t" >/dev/null 2>&1 ||
		die "$t not found (run tools/testing/vm/kernel.sh first)"
done
BUSYBOX=$(command -v busybox || true)
[[ -n $BUSYBOX ]] || die "busybox not found (apt-get install busybox-static)"

# --- cleanup ---------------------------------------------------------------

# These run from the traps.
# shellcheck disable=SC2317

qemu_alive() {
	local pid
	[[ -n $QEMU_PIDFILE && -s $QEMU_PIDFILE ]] || return 1
	pid=$(<"$QEMU_PIDFILE")
	[[ $pid =~ ^[0-9]+$ ]] || return 1
	grep -q qemu-system "/proc/$pid/cmdline" 2>/dev/null || return 1
	echo "$pid"
}

# shellcheck disable=SC2317
stop_qemu() {
	local pid i
	if pid=$(qemu_alive); then
		kill -TERM "$pid" 2>/dev/null || true
		for ((i = 0; i < 50; i++)); do
			qemu_alive >/dev/null || break
			sleep 0.1
		done
		if pid=$(qemu_alive); then
			kill -KILL "$pid" 2>/dev/null || true
		fi
	fi
	if [[ -n $RUNNER_PID ]] && kill -0 "$RUNNER_PID" 2>/dev/null; then
		kill -TERM "$RUNNER_PID" 2>/dev/null || true
	fi
}

# shellcheck disable=SC2317
cleanup() {
	stop_qemu
	if [[ -n $TMPD && -d $TMPD ]]; then
		if [[ ${SCSA_VM_KEEP:-0} == 1 ]]; then
			printf '# kept %s\n' "$TMPD" >&2
		else
			rm -rf -- "$TMPD"
		fi
	fi
}
trap cleanup EXIT
trap 'cleanup; trap - INT; kill -INT $$' INT
trap 'cleanup; exit 143' TERM HUP

TMPD=$(mktemp -d -- "${TMPDIR:-/tmp}/scsa-vm.XXXXXX")
ROOT=$TMPD/root

# --- initramfs: layout, busybox, tools ---------------------------------------

msg "building initramfs for $KVER"
mkdir -p -- "$ROOT"/usr/{bin,sbin,lib,lib64} \
	"$ROOT"/{proc,sys,dev,tmp,run,root,etc,mnt,var/tmp} \
	"$ROOT"/scsa/{modules,tests}
for d in bin sbin lib lib64; do
	ln -s "usr/$d" "$ROOT/$d"
done
if [[ $(id -u) -eq 0 ]]; then
	mknod -m 600 "$ROOT/dev/console" c 5 1 2>/dev/null || true
	mknod -m 666 "$ROOT/dev/null" c 1 3 2>/dev/null || true
fi
printf 'root:x:0:0:root:/root:/bin/sh\n' >"$ROOT/etc/passwd"
printf 'root:x:0:\n' >"$ROOT/etc/group"
ln -s /proc/self/mounts "$ROOT/etc/mtab"

# Copy a host file to the same path in the guest, following symlinks.
copy_file() {
	local src=$1 dst=$ROOT$1
	[[ -e $dst ]] && return 0
	mkdir -p -- "$(dirname -- "$dst")"
	cp -L -- "$src" "$dst"
}

bins=("$(command -v fio)" "$(command -v kmod)")
shopt -s nullglob
for f in /usr/bin/sg_* /usr/bin/sginfo /usr/bin/sgm_dd /usr/bin/sgp_dd; do
	[[ -f $f && -x $f ]] && bins+=("$f")
done
shopt -u nullglob
[[ -n ${bins[0]} && -n ${bins[1]} ]] || die "fio or kmod missing on the host"
declare -A libs=()
while IFS= read -r l; do
	[[ -n $l ]] && libs[$l]=1
done < <(ldd "${bins[@]}" "$BUSYBOX" 2>/dev/null |
	 awk '$2 == "=>" && $3 ~ /^\// { print $3 }
	      /^\t\// { print $1 }' || true)
for b in "${bins[@]}"; do
	cp -L -- "$b" "$ROOT/usr/bin/${b##*/}"
done
for l in "${!libs[@]}"; do
	copy_file "$l"
done
[[ -e $ROOT/lib64/ld-linux-x86-64.so.2 ]] ||
	copy_file /lib64/ld-linux-x86-64.so.2
cp -L -- "$BUSYBOX" "$ROOT/usr/bin/busybox"
while IFS= read -r applet; do
	[[ -n $applet && ${applet##*/} != busybox ]] || continue
	[[ -e $ROOT/$applet || -L $ROOT/$applet ]] && continue
	ln -s /usr/bin/busybox "$ROOT/$applet"
done < <("$ROOT/usr/bin/busybox" --list-full)
[[ -e $ROOT/usr/bin/sh ]] || die "busybox has no sh applet"
# kmod's module tools replace busybox's (they understand modules.*.bin).
for t in modprobe insmod rmmod lsmod modinfo depmod; do
	rm -f -- "$ROOT/usr/bin/$t" "$ROOT/usr/sbin/$t"
	ln -s /usr/bin/kmod "$ROOT/usr/sbin/$t"
done

# --- initramfs: kernel modules ----------------------------------------------------

if [[ ! -f $MODROOT/modules.dep ]]; then
	msg "no modules.dep in $MODROOT: running depmod"
	depmod -b "${MODROOT%/lib/modules/*}" "$KVER" ||
		die "depmod on $KIMG failed (is it writable?)"
fi

ours=()
if [[ -n $MODULES ]]; then
	shopt -s nullglob
	ours=("$MODULES"/*.ko)
	shopt -u nullglob
	[[ ${#ours[@]} -gt 0 ]] || msg "note: no *.ko in $MODULES"
fi
want=("${BASE_KMODS[@]}" "${EXTRA_KMODS[@]}")
for ko in "${ours[@]}"; do
	vm=$(modinfo -F vermagic -- "$ko" 2>/dev/null || true)
	if [[ ${vm%% *} != "$KVER" ]]; then
		msg "warning: ${ko##*/} vermagic '${vm%% *}' != $KVER"
	fi
	deps=$(modinfo -F depends -- "$ko" 2>/dev/null || true)
	IFS=, read -r -a dl <<<"$deps"
	want+=("${dl[@]}")
done

# Resolve names (modules, aliases, built-ins) through modules.dep,
# modules.softdep and modules.alias; print the relative .ko paths needed.
resolve_kmods() {
	awk -v want="$*" -v quiet="${BASE_KMODS[*]}" '
	function norm(n) { gsub(/-/, "_", n); return n }
	function base(p) { sub(/.*\//, "", p); sub(/\.ko(\.(xz|zst|gz))?$/, "", p); return norm(p) }
	FILENAME ~ /modules\.dep$/ {
		k = $1; sub(/:$/, "", k); m = base(k); path[m] = k; deps[m] = ""
		for (i = 2; i <= NF; i++) deps[m] = deps[m] " " base($i)
		next
	}
	FILENAME ~ /modules\.builtin$/ { builtin[base($1)] = 1; next }
	FILENAME ~ /modules\.alias$/ && $1 == "alias" { al[norm($2)] = al[norm($2)] " " norm($3); next }
	FILENAME ~ /modules\.softdep$/ && $1 == "softdep" {
		for (i = 3; i <= NF; i++) if ($i != "pre:" && $i != "post:") soft[norm($2)] = soft[norm($2)] " " $i
		next
	}
	END {
		k = split(quiet, d, " ")
		for (i = 1; i <= k; i++) isquiet[norm(d[i])] = 1
		n = split(want, q, " ")
		for (h = 1; h <= n; h++) {
			m = norm(q[h])
			if (m == "" || m in seen) continue
			seen[m] = 1
			if (m in path) {
				print path[m]
				k = split(deps[m] " " soft[m], d, " ")
			} else if (m in builtin) {
				continue
			} else if (m in al) {
				k = split(al[m], d, " ")
			} else if (!(m in isquiet)) {
				printf "# note: kernel module %s not found (ignored)\n", q[h] > "/dev/stderr"
				continue
			} else {
				continue
			}
			for (i = 1; i <= k; i++) q[++n] = d[i]
		}
	}' "${dbfiles[@]}"
}
dbfiles=()
for f in modules.dep modules.builtin modules.alias modules.softdep; do
	if [[ -f $MODROOT/$f ]]; then
		dbfiles+=("$MODROOT/$f")
	fi
done

GMOD=$ROOT/lib/modules/$KVER
mkdir -p -- "$GMOD"
nkmods=0
while IFS= read -r rel; do
	src=$MODROOT/$rel
	dst=$GMOD/$rel
	mkdir -p -- "$(dirname -- "$dst")"
	# Store modules uncompressed: works with any modprobe/insmod.
	case $rel in
	*.ko.xz)	xz -dc -- "$src" >"${dst%.xz}" ;;
	*.ko.zst)	zstd -qdc -- "$src" >"${dst%.zst}" ;;
	*.ko.gz)	gzip -dc -- "$src" >"${dst%.gz}" ;;
	*)		cp -- "$src" "$dst" ;;
	esac
	nkmods=$((nkmods + 1))
done < <(resolve_kmods "${want[@]}")
for f in modules.builtin modules.builtin.modinfo modules.order; do
	if [[ -f $MODROOT/$f ]]; then
		sed -E 's/\.ko\.(xz|zst|gz)$/.ko/' "$MODROOT/$f" >"$GMOD/$f"
	fi
done
if [[ ${#ours[@]} -gt 0 ]]; then
	cp -- "${ours[@]}" "$ROOT/scsa/modules/"
	# Also known to modprobe (dependencies between our modules resolve).
	mkdir -p -- "$GMOD/updates/scsa-compat"
	cp -- "${ours[@]}" "$GMOD/updates/scsa-compat/"
fi
depmod -b "$ROOT" "$KVER" || die "depmod for the guest tree failed"
msg "$nkmods kernel modules, ${#ours[@]} project modules"

# --- initramfs: payload and /init ----------------------------------------------------

if [[ -n $PAYLOAD ]]; then
	cp -a -- "$PAYLOAD/." "$ROOT/scsa/tests/"
fi

cat >"$ROOT/init" <<EOF
#!/bin/sh
# Generated by tools/testing/vm/run-vm.sh
export PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root TERM=dumb
MODE=$MODE
EOF
cat >>"$ROOT/init" <<'EOF'
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mkdir -p /dev/pts /dev/shm
mount -t devpts devpts /dev/pts
mount -t debugfs debugfs /sys/kernel/debug
mount -t tmpfs tmpfs /tmp
for m in scsi_mod sd_mod sg virtio_pci virtio_scsi; do
	modprobe "$m" || echo "# guest: modprobe $m failed"
done
i=0
while [ "$i" -lt 150 ]; do
	if [ -n "$(ls /sys/class/scsi_device 2>/dev/null)" ] &&
	   ls -d /sys/block/sd* >/dev/null 2>&1; then
		break
	fi
	sleep 0.2
	i=$((i + 1))
done
[ "$i" -lt 150 ] || echo "# guest: no SCSI disk after 30 s"
echo "# guest: kernel $(uname -r)"
cd /scsa/tests
if [ -f /scsa/tests/guest-main.sh ]; then
	if [ -x /scsa/tests/guest-main.sh ]; then
		/scsa/tests/guest-main.sh "$MODE" </dev/null
	else
		sh /scsa/tests/guest-main.sh "$MODE" </dev/null
	fi
	rc=$?
else
	echo "not ok 1 - guest-main.sh present"
	rc=1
fi
cd /
dmesg 2>/dev/null | sed 's/^/SCSA-DMESG: /'
echo "SCSA-GUEST-DONE rc=$rc"
sync
poweroff -f
sleep 5
echo o >/proc/sysrq-trigger
EOF
chmod 755 "$ROOT/init"

# Uncompressed by default: under TCG, gunzip in the guest costs more
# (~2.5-4 s for ~36 MiB) than loading ~90 MiB through fw_cfg.
INITRD=$TMPD/initrd.cpio
case ${SCSA_VM_INITRD_COMPRESS:-none} in
none)	compress=(cat) ;;
gzip)	compress=(gzip -1) ;;
*)	die "SCSA_VM_INITRD_COMPRESS must be none or gzip" ;;
esac
(cd -- "$ROOT" && find . -print0 | LC_ALL=C sort -z |
	cpio --null -o -H newc --quiet -R 0:0) | "${compress[@]}" >"$INITRD" ||
	die "cannot build the initramfs"
msg "initramfs $(($(stat -c %s -- "$INITRD") / 1024 / 1024)) MiB"
[[ ${SCSA_VM_KEEP:-0} == 1 ]] || rm -rf -- "$ROOT"

DISK=$TMPD/disk0.img
truncate -s 64M -- "$DISK"

# --- boot ---------------------------------------------------------------------

if [[ ${SCSA_KVM:-0} == 1 ]]; then
	ACCEL=kvm
else
	ACCEL=tcg
fi
QEMU_PIDFILE=$TMPD/qemu.pid
# oops=panic: after an Oops the guest's state is unknown and every later
# test would only wait out its timeout; the panic ends the run at once
# (-no-reboot), and the missing sentinel plus the console tail report it.
CMDLINE="console=ttyS0 panic=-1 oops=panic loglevel=5 printk.time=1 scsi_mod.scan=sync"
[[ -z $APPEND ]] || CMDLINE+=" $APPEND"
# shellcheck disable=SC2054  # commas are QEMU option syntax
qemu=(qemu-system-x86_64 -machine q35 -cpu max -accel "$ACCEL"
	-m "${SCSA_VM_MEM:-2048}" -smp "${SCSA_VM_SMP:-2}"
	-nographic -no-reboot -nic none -pidfile "$QEMU_PIDFILE"
	-kernel "$VMLINUZ" -initrd "$INITRD" -append "$CMDLINE"
	-device virtio-scsi-pci,id=vs0
	-drive "file=$DISK,if=none,id=d0,format=raw"
	-device scsi-hd,drive=d0,bus=vs0.0
	"${QEMU_EXTRA[@]}")
{
	printf '# run-vm.sh %s label=%s mode=%s\n' "$(date -Is)" "$LABEL" "$MODE"
	printf '# qemu:'
	printf ' %q' "${qemu[@]}"
	printf '\n'
} >>"$LOG"
msg "booting $KVER ($ACCEL, timeout ${TIMEOUT}s), console log: $LOG"

FIFO=$TMPD/console
mkfifo -- "$FIFO"
timeout -k 10 "$TIMEOUT" "${qemu[@]}" </dev/null >"$FIFO" 2>&1 &
RUNNER_PID=$!

results=()
guest_passed=0 passed=0 failed=0 skipped=0
sentinel='' guest_rc=''
start=$SECONDS
boot_secs=
while IFS= read -r line || [[ -n $line ]]; do
	line=${line//$'\r'/}
	if [[ $line == *$'\e'* ]]; then	# SeaBIOS/terminal escapes
		line=${line//$'\e'\[*([0-9;?])[@-~]/}
		line=${line//$'\e'?/}
	fi
	printf '%s\n' "$line" >>"$LOG"
	[[ $line == "$DMESG_TAG"* ]] && continue
	printf '%s\n' "$line"
	if [[ $line =~ ^(not )?ok\ [0-9]+\ -\  ]]; then
		results+=("$line")
		if [[ -n ${BASH_REMATCH[1]} ]]; then
			failed=$((failed + 1))
		elif [[ $line =~ \#\ *[Ss][Kk][Ii][Pp] ]]; then
			skipped=$((skipped + 1))
		else
			passed=$((passed + 1))
			guest_passed=$((guest_passed + 1))
		fi
	elif [[ $line =~ ^$SENTINEL\ rc=([0-9]+) ]]; then
		sentinel=1
		guest_rc=${BASH_REMATCH[1]}
	elif [[ -z $boot_secs && $line == "# guest: kernel "* ]]; then
		boot_secs=$((SECONDS - start))
	fi
done <"$FIFO"
qrc=0
wait "$RUNNER_PID" || qrc=$?
RUNNER_PID=
last40=$(grep -v -e "^$DMESG_TAG" -e '^# qemu:' -e '^# run-vm.sh ' -- "$LOG" |
	 tail -n 40 | sed 's/^/#   /' || true)
elapsed=$((SECONDS - start))

harness() {	# harness OK|FAIL NAME
	local l
	if [[ $1 == OK ]]; then
		l="ok - $2"
		passed=$((passed + 1))
	else
		l="not ok - $2"
		failed=$((failed + 1))
	fi
	results+=("$l")
	printf '%s\n' "$l" | tee -a "$LOG"
}

printf '# harness: guest userspace after %ss, total %ss, qemu rc=%s, guest rc=%s\n' \
	"${boot_secs:-?}" "$elapsed" "$qrc" "${guest_rc:-?}" | tee -a "$LOG"
if [[ $qrc -eq 124 || $qrc -eq 137 ]]; then
	harness FAIL "guest timed out after $TIMEOUT s"
	printf '# last 40 console lines:\n%s\n' "$last40"
elif [[ -z $sentinel ]]; then
	harness FAIL "guest completed (no $SENTINEL line: crash or qemu failure)"
	printf '# last 40 console lines:\n%s\n' "$last40"
fi

# Kernel log: kernel lines (they start with a printk timestamp) on the
# console and in the guest's final dmesg dump; test output lines (ok,
# not ok, #) never start with a timestamp.
bad=$(sed -n -e "s/^$DMESG_TAG//p" -e "/^$DMESG_TAG/!p" -- "$LOG" |
      grep -E '^\[ *[0-9]+\.[0-9]+\] ' |
      grep -E -- "$KERNEL_BAD" | awk '!seen[$0]++' || true)
if [[ -z $bad ]]; then
	harness OK "kernel log clean"
else
	harness FAIL "kernel log clean"
	printf '%s\n' "$bad" | head -n 60 | sed 's/^/# kernel: /' | tee -a "$LOG"
fi

{
	printf '# ===== summary: %s =====\n' "$LABEL"
	for r in "${results[@]}"; do
		printf '%s: %s\n' "$LABEL" "$r"
	done
} | tee -a "$LOG"
rc=0
if [[ $failed -ne 0 || $guest_passed -eq 0 ]]; then
	rc=1
	printf '# full guest console: %s\n' "$LOG" | tee -a "$LOG"
fi
# skips are counted apart (each one's reason is on its "# SKIP" line); the
# last line is always the plain "N passed, N failed"
printf '# %s skipped\n' "$skipped" | tee -a "$LOG"
printf '%s passed, %s failed\n' "$passed" "$failed" | tee -a "$LOG"
exit "$rc"
