# SPDX-License-Identifier: GPL-2.0
#
# scsa-compat: Solaris SCSA target drivers on Linux.
#
#   make                 build every module (for KERNEL=6.1 by default)
#                        and the guest test programs (make tools)
#   make tools           the test programs, statically linked, into
#                        build/tools/ (check.sh adds them to the payload)
#   make run             build, boot the test kernel, run the demo (main job)
#   make check           the whole test suite: 6.1 and 6.12, 6.1 with
#                        swiotlb=force, and the 6.1 debug kernel (KASAN,
#                        lockdep, kmemleak, DMA-API debug, KUnit; built once
#                        and cached); KERNEL=6.1 or 6.12 runs one series
#   make check-debug     only the debug-kernel lane
#   make portcheck SRC="DIR..."  what Solaris driver sources in DIR lack
#   make bench           benchmarks on KERNEL (default 6.1): the sample
#                        driver vs Linux sd on the same LUN (numbers only)
#   make clean
#
# KERNEL selects the Debian LTS series; the newest Debian ABI of it is
# resolved, and its headers and image installed, by tools/testing/vm/
# kernel.sh.  KDIR (and optionally KVER) build against another tree.

TOP := $(CURDIR)
VM := $(TOP)/tools/testing/vm
CHECK := $(TOP)/tools/testing/check.sh
KCOMPAT := $(TOP)/scripts/kcompat

.PHONY: all modules tools run check check-debug bench portcheck clean help

SELFTESTS := $(TOP)/tools/testing/selftests/drivers/scsi/scsa_compat

all: modules tools

# User programs the guest tests run (uscsi_cmd), built on the host.
tools:
	@$(MAKE) -s -C "$(SELFTESTS)" OUTPUT="$(TOP)/build/tools" all

# The kernel's API shapes are probed first (scripts/kcompat/gen-config.sh:
# a few seconds, only when KDIR or the probes changed); the result,
# build/<kver>/kcompat/scsa_config.h, is what include/scsa/scsa_kcompat.h
# decides with.  Without KVER, the release is the one modules get as
# vermagic (UTS_RELEASE: Debian's 6.1 kernel.release file differs).
# One build at a time in this tree (kbuild writes objects next to the
# sources): concurrent "make" runs wait for each other.
modules:
	@set -e; \
	mkdir -p "$(TOP)/build"; \
	exec 9>"$(TOP)/build/.lock"; \
	flock 9; \
	if [ -z "$(KDIR)" ]; then \
		info=$$($(VM)/kernel.sh $(or $(KERNEL),6.1)); \
		eval "$$info"; \
	else \
		KDIR="$(KDIR)"; \
		KVER="$(KVER)"; \
		[ -n "$$KVER" ] || KVER=$$(sed -n 's/^#define UTS_RELEASE "\(.*\)"$$/\1/p' \
			"$$KDIR/include/generated/utsrelease.h" 2>/dev/null || true); \
		[ -n "$$KVER" ] || KVER=$$(cat "$$KDIR/include/config/kernel.release"); \
	fi; \
	[ -n "$$KDIR" ] && [ -n "$$KVER" ] || { echo "no KDIR/KVER" >&2; exit 1; }; \
	$(KCOMPAT)/gen-config.sh "$$KDIR" "$(TOP)/build/$$KVER/kcompat"; \
	$(MAKE) -C "$$KDIR" M=$(TOP) SCSA_TOP=$(TOP) \
		SCSA_KCOMPAT="$(TOP)/build/$$KVER/kcompat" modules; \
	mkdir -p "$(TOP)/build/$$KVER"; \
	find $(TOP)/drivers -name '*.ko' -exec cp {} "$(TOP)/build/$$KVER/" \; ; \
	echo "modules for $$KVER in $(TOP)/build/$$KVER"

run:
	SCSA_MODE=run SCSA_LANES= $(CHECK) $(or $(KERNEL),6.1)

check:
	$(CHECK) $(KERNEL)

check-debug:
	$(CHECK) debug

bench:
	SCSA_MODE=bench SCSA_LANES= $(CHECK) $(or $(KERNEL),6.1)

# make portcheck SRC="dir ..." [KERNEL=6.1 | KDIR=...]: what Solaris driver
# sources in those directories lack (tools/scsa-portcheck); builds the
# shim first, for its Module.symvers.
portcheck: modules
	@[ -n "$(SRC)" ] || { echo 'usage: make portcheck SRC="DIR ..."' >&2; exit 2; }
	@if [ -z "$(KDIR)" ]; then eval "$$($(VM)/kernel.sh $(or $(KERNEL),6.1))"; \
	else KDIR="$(KDIR)"; fi; \
	$(TOP)/tools/scsa-portcheck/scsa-portcheck -k "$$KDIR" $(SRC)

clean:
	@for k in /usr/src/linux-headers-*-amd64; do \
		[ -d "$$k" ] && $(MAKE) -s -C "$$k" M=$(TOP) SCSA_TOP=$(TOP) clean && break; \
	done; true
	rm -rf $(TOP)/build

help:
	@sed -n '3,21p' Makefile
