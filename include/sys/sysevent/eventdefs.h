/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/sysevent/eventdefs.h>: the names, values and structure layouts of illumos's LP64
 * <sys/sysevent/eventdefs.h> (an ABI shared with the programs that call a driver's ioctls),
 * for the x86-64 little-endian, 64-bit-only (no _MULTI_DATAMODEL) case.
 */
#ifndef _SCSA_SYS_SYSEVENT_EVENTDEFS_H
#define _SCSA_SYS_SYSEVENT_EVENTDEFS_H

#include <sys/types.h>
#define	EC_NONE		"EC_none"
#define	EC_PRIV		"EC_priv"
#define	EC_PLATFORM	"EC_platform"
#define	EC_DR		"EC_dr"
#define	EC_ENV		"EC_env"
#define	EC_DOMAIN	"EC_domain"
#define	EC_AP_DRIVER	"EC_ap_driver"
#define	EC_IPMP		"EC_ipmp"
#define	EC_DEV_ADD	"EC_dev_add"
#define	EC_DEV_REMOVE	"EC_dev_remove"
#define	EC_DEV_BRANCH	"EC_dev_branch"
#define	EC_DEV_STATUS	"EC_dev_status"
#define	EC_FM		"EC_fm"
#define	EC_ZFS		"EC_zfs"
#define	EC_DATALINK	"EC_datalink"
#define	EC_VRRP		"EC_vrrp"
#define	EC_PCIE		"EC_pcie"

#define	EC_CLUSTER	"EC_Cluster"

#define	ESC_DR_AP_STATE_CHANGE	"ESC_dr_ap_state_change"
#define	ESC_DR_REQ		"ESC_dr_req"
#define	ESC_DR_TARGET_STATE_CHANGE	"ESC_dr_target_state_change"

#define	ESC_ENV_TEMP	"ESC_env_temp"
#define	ESC_ENV_FAN	"ESC_env_fan"
#define	ESC_ENV_POWER	"ESC_env_power"
#define	ESC_ENV_LED	"ESC_env_led"

#define	ESC_DOMAIN_STATE_CHANGE		"ESC_domain_state_change"

#define	ESC_DOMAIN_LOGHOST_CHANGE	"ESC_domain_loghost_change"

#define	ESC_AP_DRIVER_PATHSWITCH	"ESC_ap_driver_pathswitch"

#define	ESC_AP_DRIVER_COMMIT		"ESC_ap_driver_commit"

#define	ESC_AP_DRIVER_PHYS_PATH_STATUS_CHANGE	 	"ESC_ap_driver_phys_path_status_change"

#define	ESC_IPMP_GROUP_STATE		"ESC_ipmp_group_state"

#define	ESC_IPMP_GROUP_CHANGE		"ESC_ipmp_group_change"

#define	ESC_IPMP_GROUP_MEMBER_CHANGE	"ESC_ipmp_group_member_change"

#define	ESC_IPMP_IF_CHANGE		"ESC_ipmp_if_change"

#define	ESC_IPMP_PROBE_STATE		"ESC_ipmp_probe_state"

#define	ESC_DISK	"disk"
#define	ESC_NETWORK	"network"
#define	ESC_PRINTER	"printer"
#define	ESC_LOFI	"lofi"

#define	ESC_DEV_BRANCH_ADD	"ESC_dev_branch_add"

#define	ESC_DEV_BRANCH_REMOVE	"ESC_dev_branch_remove"

#define	ESC_DEV_DLE		"ESC_dev_dle"

#define	ESC_DEV_EJECT_REQUEST	"ESC_dev_eject_request"

#define	ESC_FM_ERROR		"ESC_FM_error"
#define	ESC_FM_ERROR_REPLAY	"ESC_FM_error_replay"

#define	ESC_PLATFORM_SP_RESET	"ESC_platform_sp_reset"

#define	EC_PWRCTL			"EC_pwrctl"
#define	ESC_PWRCTL_ADD			"ESC_pwrctl_add"
#define	ESC_PWRCTL_REMOVE		"ESC_pwrctl_remove"
#define	ESC_PWRCTL_WARN			"ESC_pwrctl_warn"
#define	ESC_PWRCTL_LOW			"ESC_pwrctl_low"
#define	ESC_PWRCTL_STATE_CHANGE		"ESC_pwrctl_state_change"
#define	ESC_PWRCTL_POWER_BUTTON		"ESC_pwrctl_power_button"
#define	ESC_PWRCTL_BRIGHTNESS_UP	"ESC_pwrctl_brightness_up"
#define	ESC_PWRCTL_BRIGHTNESS_DOWN	"ESC_pwrctl_brightness_down"

#define	EC_ACPIEV			"EC_acpiev"
#define	ESC_ACPIEV_DISPLAY_SWITCH	"ESC_acpiev_display_switch"
#define	ESC_ACPIEV_SCREEN_LOCK		"ESC_acpiev_screen_lock"
#define	ESC_ACPIEV_SLEEP		"ESC_acpiev_sleep"
#define	ESC_ACPIEV_AUDIO_MUTE		"ESC_acpiev_audio_mute"
#define	ESC_ACPIEV_WIFI			"ESC_acpiev_wifi"
#define	ESC_ACPIEV_TOUCHPAD		"ESC_acpiev_touchpad"

#define	ESC_ZFS_RESILVER_START		"ESC_ZFS_resilver_start"
#define	ESC_ZFS_RESILVER_FINISH		"ESC_ZFS_resilver_finish"
#define	ESC_ZFS_VDEV_REMOVE		"ESC_ZFS_vdev_remove"
#define	ESC_ZFS_VDEV_REMOVE_AUX		"ESC_ZFS_vdev_remove_aux"
#define	ESC_ZFS_VDEV_REMOVE_DEV		"ESC_ZFS_vdev_remove_dev"
#define	ESC_ZFS_POOL_CREATE		"ESC_ZFS_pool_create"
#define	ESC_ZFS_POOL_DESTROY		"ESC_ZFS_pool_destroy"
#define	ESC_ZFS_POOL_IMPORT		"ESC_ZFS_pool_import"
#define	ESC_ZFS_VDEV_ADD		"ESC_ZFS_vdev_add"
#define	ESC_ZFS_VDEV_ATTACH		"ESC_ZFS_vdev_attach"
#define	ESC_ZFS_VDEV_CLEAR		"ESC_ZFS_vdev_clear"
#define	ESC_ZFS_VDEV_CHECK		"ESC_ZFS_vdev_check"
#define	ESC_ZFS_VDEV_ONLINE		"ESC_ZFS_vdev_online"
#define	ESC_ZFS_CONFIG_SYNC		"ESC_ZFS_config_sync"
#define	ESC_ZFS_SCRUB_START		"ESC_ZFS_scrub_start"
#define	ESC_ZFS_SCRUB_FINISH		"ESC_ZFS_scrub_finish"
#define	ESC_ZFS_SCRUB_ABORT		"ESC_ZFS_scrub_abort"
#define	ESC_ZFS_SCRUB_RESUME		"ESC_ZFS_scrub_resume"
#define	ESC_ZFS_SCRUB_PAUSED		"ESC_ZFS_scrub_paused"
#define	ESC_ZFS_VDEV_SPARE		"ESC_ZFS_vdev_spare"
#define	ESC_ZFS_BOOTFS_VDEV_ATTACH	"ESC_ZFS_bootfs_vdev_attach"
#define	ESC_ZFS_POOL_REGUID		"ESC_ZFS_pool_reguid"
#define	ESC_ZFS_HISTORY_EVENT		"ESC_ZFS_history_event"
#define	ESC_ZFS_TRIM_START		"ESC_ZFS_trim_start"
#define	ESC_ZFS_TRIM_FINISH		"ESC_ZFS_trim_finish"
#define	ESC_ZFS_TRIM_CANCEL		"ESC_ZFS_trim_cancel"
#define	ESC_ZFS_TRIM_RESUME		"ESC_ZFS_trim_resume"
#define	ESC_ZFS_TRIM_SUSPEND		"ESC_ZFS_trim_suspend"

#define	ESC_DATALINK_PHYS_ADD	"ESC_datalink_phys_add"
#define	ESC_DATALINK_LINK_STATE	"ESC_datalink_link_state"

#define	ESC_VRRP_STATE_CHANGE	"ESC_vrrp_state_change"

#define	ESC_PCIE_LINK_STATE	"ESC_pcie_link_state"

#endif /* _SCSA_SYS_SYSEVENT_EVENTDEFS_H */
