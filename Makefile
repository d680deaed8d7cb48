# SPDX-License-Identifier: GPL-2.0
#
# scsa-compat: Solaris SCSA target drivers on Linux.
#
#   make                 build every module (for KERNEL=6.1 by default)
#   make run             build, boot the test kernel, run the demo (main job)
#   make check           the whole test suite: 6.1 and 6.12, 6.1 with
#                        swiotlb=force, and the 6.1 debug kernel (KASAN,
#                        lockdep, kmemleak, DMA-API debug, KUnit; built once
#                        and cached); KERNEL=6.1 or 6.12 runs one series
#   make check-debug     only the debug-kernel lane
#   make clean
#
# KERNEL selects the Debian LTS series; the newest Debian ABI of it is
# resolved, and its headers and image installed, by tools/testing/vm/
# kernel.sh.  KDIR (and optionally KVER) build against another tree.

TOP := $(CURDIR)
VM := $(TOP)/tools/testing/vm
CHECK := $(TOP)/tools/testing/check.sh

.PHONY: all modules run check check-debug clean help

all: modules

modules:
	@set -e; \
	if [ -z "$(KDIR)" ]; then \
		eval "$$($(VM)/kernel.sh $(or $(KERNEL),6.1))"; \
	else \
		KDIR="$(KDIR)"; \
		KVER="$(or $(KVER),$$(cat $(KDIR)/include/config/kernel.release))"; \
	fi; \
	$(MAKE) -C "$$KDIR" M=$(TOP) SCSA_TOP=$(TOP) modules; \
	mkdir -p "$(TOP)/build/$$KVER"; \
	find $(TOP)/drivers -name '*.ko' -exec cp {} "$(TOP)/build/$$KVER/" \; ; \
	echo "modules for $$KVER in $(TOP)/build/$$KVER"

run:
	SCSA_MODE=run SCSA_LANES= $(CHECK) $(or $(KERNEL),6.1)

check:
	$(CHECK) $(KERNEL)

check-debug:
	$(CHECK) debug

clean:
	@for k in /usr/src/linux-headers-*-amd64; do \
		[ -d "$$k" ] && $(MAKE) -s -C "$$k" M=$(TOP) SCSA_TOP=$(TOP) clean && break; \
	done; true
	rm -rf $(TOP)/build

help:
	@sed -n '3,18p' Makefile
