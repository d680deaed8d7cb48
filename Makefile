# SPDX-License-Identifier: GPL-2.0
#
# scsa-compat: Solaris SCSA target drivers on Linux.
#
#   make            build every module for the test kernel (KERNEL=6.1)
#   make run        build, boot the test kernel, run the demo (the main job)
#   make check      build and run the whole test suite in the test VM
#   make clean
#
# KERNEL selects the Debian LTS series (6.1 or 6.12); KDIR overrides the
# kernel build tree.  The newest Debian ABI of the series is resolved (and
# its headers installed) by tools/testing/vm/kernel.sh.

KERNEL ?= 6.1
TOP := $(CURDIR)
VM := $(TOP)/tools/testing/vm
SELFTESTS := $(TOP)/tools/testing/selftests/drivers/scsi/scsa_compat

# Resolve the kernel once per make invocation (installs what is missing).
ifeq ($(KDIR),)
KINFO := $(shell $(VM)/kernel.sh $(KERNEL) 2>/dev/null)
KVER := $(patsubst KVER=%,%,$(filter KVER=%,$(KINFO)))
KDIR := $(patsubst KDIR=%,%,$(filter KDIR=%,$(KINFO)))
KIMG := $(patsubst KIMG=%,%,$(filter KIMG=%,$(KINFO)))
endif
BUILD := $(TOP)/build/$(KVER)

.PHONY: all modules run check clean help

all: modules

modules:
	@test -n "$(KDIR)" || { echo "cannot resolve kernel $(KERNEL): run $(VM)/kernel.sh $(KERNEL)"; exit 1; }
	$(MAKE) -C $(KDIR) M=$(TOP) SCSA_TOP=$(TOP) modules
	@mkdir -p $(BUILD)
	@find $(TOP)/drivers -name '*.ko' -exec cp {} $(BUILD)/ \;
	@echo "modules for $(KVER) in $(BUILD)"

run: modules
	$(VM)/run-vm.sh --kimg $(KIMG) --kver $(KVER) --modules $(BUILD) \
		--payload $(SELFTESTS) --mode run --label $(KERNEL)

check: modules
	$(VM)/run-vm.sh --kimg $(KIMG) --kver $(KVER) --modules $(BUILD) \
		--payload $(SELFTESTS) --mode check --label $(KERNEL)

clean:
	@test -z "$(KDIR)" || $(MAKE) -C $(KDIR) M=$(TOP) SCSA_TOP=$(TOP) clean
	rm -rf $(TOP)/build

help:
	@sed -n '3,14p' Makefile
