/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <sys/scsa_names.h>: the link names of the Solaris DDI interfaces.
 *
 * Linux has one symbol namespace for every module.  OpenZFS's spl module
 * (and others) export some of the same Solaris names (cmn_err,
 * ddi_copyin, ...), and two modules exporting one name cannot both be
 * loaded.  So scsa_compat exports its DDI functions as scsa_<name>, and
 * these macros let a ported driver keep calling them by their Solaris
 * names: source compatibility is unchanged, only the symbol in the .ko
 * differs.  Function-like macros rename calls (and the shim's own
 * definitions) without touching struct members or variables of the same
 * name; the few names used as values (function pointers in dev_ops, the
 * mod_driverops object, physio's minphys, aphysio's anocancel) are
 * object-like.
 *
 * The SCSA interfaces (scsi_*) keep their names: they are the subject of
 * this project and no other module exports them.
 *
 * Included by every <sys/...> header that declares one of these names.
 */
#ifndef _SCSA_SYS_SCSA_NAMES_H
#define _SCSA_SYS_SCSA_NAMES_H

/* <sys/kmem.h> */
#define kmem_alloc(...)			scsa_kmem_alloc(__VA_ARGS__)
#define kmem_zalloc(...)		scsa_kmem_zalloc(__VA_ARGS__)
#define kmem_free(...)			scsa_kmem_free(__VA_ARGS__)

/* <sys/mutex.h>, <sys/condvar.h> (mutex_init/mutex_destroy/cv_init are mapped there) */
#define mutex_enter(...)		scsa_mutex_enter(__VA_ARGS__)
#define mutex_exit(...)			scsa_mutex_exit(__VA_ARGS__)
#define mutex_tryenter(...)		scsa_mutex_tryenter(__VA_ARGS__)
#define mutex_owned(...)		scsa_mutex_owned(__VA_ARGS__)
#define cv_destroy(...)			scsa_cv_destroy(__VA_ARGS__)
#define cv_wait(...)			scsa_cv_wait(__VA_ARGS__)
#define cv_timedwait(...)		scsa_cv_timedwait(__VA_ARGS__)
#define cv_signal(...)			scsa_cv_signal(__VA_ARGS__)
#define cv_broadcast(...)		scsa_cv_broadcast(__VA_ARGS__)

/* <sys/sunddi.h>, <sys/ddi.h> */
#define ddi_copyin(...)			scsa_ddi_copyin(__VA_ARGS__)
#define ddi_copyout(...)		scsa_ddi_copyout(__VA_ARGS__)
#define ddi_driver_name(...)		scsa_ddi_driver_name(__VA_ARGS__)
#define ddi_get_driver_private(...)	scsa_ddi_get_driver_private(__VA_ARGS__)
#define ddi_set_driver_private(...)	scsa_ddi_set_driver_private(__VA_ARGS__)
#define ddi_get_instance(...)		scsa_ddi_get_instance(__VA_ARGS__)
#define ddi_get_lbolt(...)		scsa_ddi_get_lbolt(__VA_ARGS__)
#define ddi_get_linux_device(...)	scsa_ddi_get_linux_device(__VA_ARGS__)
#define ddi_get_name_addr(...)		scsa_ddi_get_name_addr(__VA_ARGS__)
#define ddi_report_dev(...)		scsa_ddi_report_dev(__VA_ARGS__)
#define ddi_soft_state_init(...)	scsa_ddi_soft_state_init(__VA_ARGS__)
#define ddi_soft_state_zalloc(...)	scsa_ddi_soft_state_zalloc(__VA_ARGS__)
#define ddi_get_soft_state(...)		scsa_ddi_get_soft_state(__VA_ARGS__)
#define ddi_soft_state_free(...)	scsa_ddi_soft_state_free(__VA_ARGS__)
#define ddi_soft_state_fini(...)	scsa_ddi_soft_state_fini(__VA_ARGS__)
#define timeout(...)			scsa_timeout(__VA_ARGS__)
#define untimeout(...)			scsa_untimeout(__VA_ARGS__)
#define delay(...)			scsa_delay(__VA_ARGS__)
#define drv_usectohz(...)		scsa_drv_usectohz(__VA_ARGS__)
#define drv_hztousec(...)		scsa_drv_hztousec(__VA_ARGS__)
#define ddi_create_minor_node(...)	scsa_ddi_create_minor_node(__VA_ARGS__)
#define ddi_remove_minor_node(...)	scsa_ddi_remove_minor_node(__VA_ARGS__)
#define ddi_get_name(...)		scsa_ddi_get_name(__VA_ARGS__)
#define ddi_node_name(...)		scsa_ddi_node_name(__VA_ARGS__)
#define ddi_get_parent(...)		scsa_ddi_get_parent(__VA_ARGS__)
#define ddi_dev_is_sid(...)		scsa_ddi_dev_is_sid(__VA_ARGS__)
#define ddi_dev_is_needed(...)		scsa_ddi_dev_is_needed(__VA_ARGS__)
#define ddi_get_cred(...)		scsa_ddi_get_cred(__VA_ARGS__)
#define nochpoll			scsa_nochpoll
#define ddi_removing_power(...)		scsa_ddi_removing_power(__VA_ARGS__)
#define ddi_get_eventcookie(...)	scsa_ddi_get_eventcookie(__VA_ARGS__)
#define ddi_add_event_handler(...)	scsa_ddi_add_event_handler(__VA_ARGS__)
#define ddi_remove_event_handler(...)	scsa_ddi_remove_event_handler(__VA_ARGS__)
#define ddi_pathname(...)		scsa_ddi_pathname(__VA_ARGS__)
#define ddi_driver_major(...)		scsa_ddi_driver_major(__VA_ARGS__)
#define ddi_strtol(...)			scsa_ddi_strtol(__VA_ARGS__)
#define ddi_strtoul(...)		scsa_ddi_strtoul(__VA_ARGS__)
#define ddi_strtoll(...)		scsa_ddi_strtoll(__VA_ARGS__)
#define ddi_strtoull(...)		scsa_ddi_strtoull(__VA_ARGS__)

/* <sys/ddidmareq.h>: DMA memory for a target driver's own use */
#define ddi_dma_alloc_handle(...)	scsa_ddi_dma_alloc_handle(__VA_ARGS__)
#define ddi_dma_free_handle(...)	scsa_ddi_dma_free_handle(__VA_ARGS__)
#define ddi_dma_mem_alloc(...)		scsa_ddi_dma_mem_alloc(__VA_ARGS__)
#define ddi_dma_mem_free(...)		scsa_ddi_dma_mem_free(__VA_ARGS__)
#define i_ddi_mem_alloc(...)		scsa_i_ddi_mem_alloc(__VA_ARGS__)
#define i_ddi_mem_free(...)		scsa_i_ddi_mem_free(__VA_ARGS__)
#define ddi_quiesce_not_supported	scsa_ddi_quiesce_not_supported

/* <sys/cred.h>, <sys/uio.h>, <sys/aio_req.h> */
#define drv_priv(...)			scsa_drv_priv(__VA_ARGS__)
#define uiomove(...)			scsa_uiomove(__VA_ARGS__)
#define aphysio(...)			scsa_aphysio(__VA_ARGS__)
#define anocancel			scsa_anocancel

/* <sys/buf.h> */
#define bioinit(...)			scsa_bioinit(__VA_ARGS__)
#define biofini(...)			scsa_biofini(__VA_ARGS__)
#define bioreset(...)			scsa_bioreset(__VA_ARGS__)
#define biodone(...)			scsa_biodone(__VA_ARGS__)
#define bioerror(...)			scsa_bioerror(__VA_ARGS__)
#define biowait(...)			scsa_biowait(__VA_ARGS__)
#define geterror(...)			scsa_geterror(__VA_ARGS__)
#define getrbuf(...)			scsa_getrbuf(__VA_ARGS__)
#define freerbuf(...)			scsa_freerbuf(__VA_ARGS__)
#define clrbuf(...)			scsa_clrbuf(__VA_ARGS__)
#define bp_mapin(...)			scsa_bp_mapin(__VA_ARGS__)
#define bp_mapout(...)			scsa_bp_mapout(__VA_ARGS__)
#define bp_mapin_common(...)		scsa_bp_mapin_common(__VA_ARGS__)
#define bp_copyin(...)			scsa_bp_copyin(__VA_ARGS__)
#define bp_copyout(...)			scsa_bp_copyout(__VA_ARGS__)
#define biosize(...)			scsa_biosize(__VA_ARGS__)
#define bioclone(...)			scsa_bioclone(__VA_ARGS__)
#define physio(...)			scsa_physio(__VA_ARGS__)
#define minphys				scsa_minphys

/* <sys/cmn_err.h> */
#define cmn_err(...)			scsa_cmn_err(__VA_ARGS__)
#define vcmn_err(...)			scsa_vcmn_err(__VA_ARGS__)
#define printf(...)			scsa_printf(__VA_ARGS__)

/* <sys/scsi/impl/services.h>'s table of sense-key names */
#define sense_keys			scsa_sense_keys

/* <sys/devops.h>, <sys/modctl.h>: also used as values */
#define nulldev				scsa_nulldev
#define nodev				scsa_nodev
#define ddi_quiesce_not_needed		scsa_ddi_quiesce_not_needed
#define mod_driverops			scsa_mod_driverops
#define mod_remove(...)			scsa_mod_remove(__VA_ARGS__)
#define mod_info(...)			scsa_mod_info(__VA_ARGS__)

/*
 * <sys/kstat.h>.  The six queue functions are object-like: sd and st pass
 * them as values (statp = kstat_runq_enter, ST_DO_KSTATS(bp, ...)).
 */
#define kstat_create(...)		scsa_kstat_create(__VA_ARGS__)
#define kstat_install(...)		scsa_kstat_install(__VA_ARGS__)
#define kstat_delete(...)		scsa_kstat_delete(__VA_ARGS__)
#define kstat_delete_byname(...)	scsa_kstat_delete_byname(__VA_ARGS__)
#define kstat_named_init(...)		scsa_kstat_named_init(__VA_ARGS__)
#define kstat_named_setstr(...)		scsa_kstat_named_setstr(__VA_ARGS__)
#define kstat_set_string(...)		scsa_kstat_set_string(__VA_ARGS__)
#define kstat_timer_init(...)		scsa_kstat_timer_init(__VA_ARGS__)
#define kstat_timer_start(...)		scsa_kstat_timer_start(__VA_ARGS__)
#define kstat_timer_stop(...)		scsa_kstat_timer_stop(__VA_ARGS__)
#define kstat_waitq_enter		scsa_kstat_waitq_enter
#define kstat_waitq_exit		scsa_kstat_waitq_exit
#define kstat_runq_enter		scsa_kstat_runq_enter
#define kstat_runq_exit			scsa_kstat_runq_exit
#define kstat_waitq_to_runq		scsa_kstat_waitq_to_runq
#define kstat_runq_back_to_waitq	scsa_kstat_runq_back_to_waitq
/* <sys/ddipropdefs.h>: device properties (ddi_prop_op is also a value) */
#define ddi_prop_op			scsa_ddi_prop_op
#define nopropop			scsa_nopropop
#define ddi_getprop(...)		scsa_ddi_getprop(__VA_ARGS__)
#define ddi_getlongprop(...)		scsa_ddi_getlongprop(__VA_ARGS__)
#define ddi_getlongprop_buf(...)	scsa_ddi_getlongprop_buf(__VA_ARGS__)
#define ddi_getproplen(...)		scsa_ddi_getproplen(__VA_ARGS__)
#define ddi_prop_get_int(...)		scsa_ddi_prop_get_int(__VA_ARGS__)
#define ddi_prop_get_int64(...)		scsa_ddi_prop_get_int64(__VA_ARGS__)
#define ddi_prop_lookup_int_array(...)	scsa_ddi_prop_lookup_int_array(__VA_ARGS__)
#define ddi_prop_lookup_int64_array(...) scsa_ddi_prop_lookup_int64_array(__VA_ARGS__)
#define ddi_prop_lookup_string(...)	scsa_ddi_prop_lookup_string(__VA_ARGS__)
#define ddi_prop_lookup_string_array(...) scsa_ddi_prop_lookup_string_array(__VA_ARGS__)
#define ddi_prop_lookup_byte_array(...)	scsa_ddi_prop_lookup_byte_array(__VA_ARGS__)
#define ddi_prop_free(...)		scsa_ddi_prop_free(__VA_ARGS__)
#define ddi_prop_exists(...)		scsa_ddi_prop_exists(__VA_ARGS__)
#define ddi_prop_update_int(...)	scsa_ddi_prop_update_int(__VA_ARGS__)
#define ddi_prop_update_int64(...)	scsa_ddi_prop_update_int64(__VA_ARGS__)
#define ddi_prop_update_int_array(...)	scsa_ddi_prop_update_int_array(__VA_ARGS__)
#define ddi_prop_update_int64_array(...) scsa_ddi_prop_update_int64_array(__VA_ARGS__)
#define ddi_prop_update_string(...)	scsa_ddi_prop_update_string(__VA_ARGS__)
#define ddi_prop_update_string_array(...) scsa_ddi_prop_update_string_array(__VA_ARGS__)
#define ddi_prop_update_byte_array(...)	scsa_ddi_prop_update_byte_array(__VA_ARGS__)
#define ddi_prop_create(...)		scsa_ddi_prop_create(__VA_ARGS__)
#define ddi_prop_modify(...)		scsa_ddi_prop_modify(__VA_ARGS__)
#define ddi_prop_undefine(...)		scsa_ddi_prop_undefine(__VA_ARGS__)
#define ddi_prop_remove(...)		scsa_ddi_prop_remove(__VA_ARGS__)
#define ddi_prop_remove_all(...)	scsa_ddi_prop_remove_all(__VA_ARGS__)

/*
 * Execution contexts and the synchronisation DDI: <sys/mutex.h>,
 * <sys/condvar.h>, <sys/rwlock.h> (rw_init is mapped there),
 * <sys/semaphore.h> (sema_init is mapped there), <sys/thread.h>
 * (thread_create is mapped there), <sys/taskq.h>, <sys/time.h>,
 * <sys/ddi.h>.  <sys/atomic.h> is all static inlines.
 */
#define mutex_owner(...)		scsa_mutex_owner(__VA_ARGS__)
#define cv_wait_sig(...)		scsa_cv_wait_sig(__VA_ARGS__)
#define cv_timedwait_sig(...)		scsa_cv_timedwait_sig(__VA_ARGS__)
#define cv_reltimedwait(...)		scsa_cv_reltimedwait(__VA_ARGS__)
#define cv_reltimedwait_sig(...)	scsa_cv_reltimedwait_sig(__VA_ARGS__)
#define rw_destroy(...)			scsa_rw_destroy(__VA_ARGS__)
#define rw_enter(...)			scsa_rw_enter(__VA_ARGS__)
#define rw_tryenter(...)		scsa_rw_tryenter(__VA_ARGS__)
#define rw_exit(...)			scsa_rw_exit(__VA_ARGS__)
#define rw_downgrade(...)		scsa_rw_downgrade(__VA_ARGS__)
#define rw_tryupgrade(...)		scsa_rw_tryupgrade(__VA_ARGS__)
#define rw_read_held(...)		scsa_rw_read_held(__VA_ARGS__)
#define rw_write_held(...)		scsa_rw_write_held(__VA_ARGS__)
#define rw_lock_held(...)		scsa_rw_lock_held(__VA_ARGS__)
#define rw_read_locked(...)		scsa_rw_read_locked(__VA_ARGS__)
#define rw_iswriter(...)		scsa_rw_iswriter(__VA_ARGS__)
#define rw_owner(...)			scsa_rw_owner(__VA_ARGS__)
#define sema_destroy(...)		scsa_sema_destroy(__VA_ARGS__)
#define sema_p(...)			scsa_sema_p(__VA_ARGS__)
#define sema_p_sig(...)			scsa_sema_p_sig(__VA_ARGS__)
#define sema_v(...)			scsa_sema_v(__VA_ARGS__)
#define sema_tryp(...)			scsa_sema_tryp(__VA_ARGS__)
#define sema_held(...)			scsa_sema_held(__VA_ARGS__)
#define thread_exit(...)		scsa_thread_exit(__VA_ARGS__)
#define p0				scsa_p0
#define taskq_create(...)		scsa_taskq_create(__VA_ARGS__)
#define taskq_dispatch(...)		scsa_taskq_dispatch(__VA_ARGS__)
#define taskq_wait(...)			scsa_taskq_wait(__VA_ARGS__)
#define taskq_destroy(...)		scsa_taskq_destroy(__VA_ARGS__)
#define taskq_member(...)		scsa_taskq_member(__VA_ARGS__)
#define ddi_taskq_create(...)		scsa_ddi_taskq_create(__VA_ARGS__)
#define ddi_taskq_destroy(...)		scsa_ddi_taskq_destroy(__VA_ARGS__)
#define ddi_taskq_dispatch(...)		scsa_ddi_taskq_dispatch(__VA_ARGS__)
#define ddi_taskq_wait(...)		scsa_ddi_taskq_wait(__VA_ARGS__)
#define ddi_taskq_suspend(...)		scsa_ddi_taskq_suspend(__VA_ARGS__)
#define ddi_taskq_resume(...)		scsa_ddi_taskq_resume(__VA_ARGS__)
#define ddi_taskq_suspended(...)	scsa_ddi_taskq_suspended(__VA_ARGS__)
#define gethrtime(...)			scsa_gethrtime(__VA_ARGS__)
#define ddi_get_lbolt64(...)		scsa_ddi_get_lbolt64(__VA_ARGS__)
#define drv_usecwait(...)		scsa_drv_usecwait(__VA_ARGS__)

/* <sys/sunpm.h> */
#define pm_create_components(...)	scsa_pm_create_components(__VA_ARGS__)
#define pm_destroy_components(...)	scsa_pm_destroy_components(__VA_ARGS__)
#define pm_set_normal_power(...)	scsa_pm_set_normal_power(__VA_ARGS__)
#define pm_get_normal_power(...)	scsa_pm_get_normal_power(__VA_ARGS__)
#define pm_busy_component(...)		scsa_pm_busy_component(__VA_ARGS__)
#define pm_idle_component(...)		scsa_pm_idle_component(__VA_ARGS__)
#define pm_get_current_power(...)	scsa_pm_get_current_power(__VA_ARGS__)
#define pm_power_has_changed(...)	scsa_pm_power_has_changed(__VA_ARGS__)
#define pm_trans_check(...)		scsa_pm_trans_check(__VA_ARGS__)
#define pm_lower_power(...)		scsa_pm_lower_power(__VA_ARGS__)
#define pm_raise_power(...)		scsa_pm_raise_power(__VA_ARGS__)
#define pm_update_maxpower(...)		scsa_pm_update_maxpower(__VA_ARGS__)

/* <sys/ddifm.h>, <sys/fm/protocol.h> */
#define ddi_fm_init(...)				scsa_ddi_fm_init(__VA_ARGS__)
#define ddi_fm_fini(...)				scsa_ddi_fm_fini(__VA_ARGS__)
#define ddi_fm_capable(...)			scsa_ddi_fm_capable(__VA_ARGS__)
#define ddi_fm_ereport_post(...)			scsa_ddi_fm_ereport_post(__VA_ARGS__)
#define fm_ena_generate(...)			scsa_fm_ena_generate(__VA_ARGS__)

/* illumos's crash-dump flag (<sys/systm.h>): sd declares it itself */
#define do_polled_io			scsa_do_polled_io

/* <sys/sunddi.h> ddi_log_sysevent, <sys/nvpair.h> */
#define ddi_log_sysevent(...)			scsa_ddi_log_sysevent(__VA_ARGS__)
#define nvlist_alloc(...)			scsa_nvlist_alloc(__VA_ARGS__)
#define nvlist_free(...)			scsa_nvlist_free(__VA_ARGS__)
#define nvlist_add_string(...)			scsa_nvlist_add_string(__VA_ARGS__)
#define nvlist_lookup_string(...)		scsa_nvlist_lookup_string(__VA_ARGS__)
#define nvlist_remove_all(...)			scsa_nvlist_remove_all(__VA_ARGS__)
#define nvlist_exists(...)			scsa_nvlist_exists(__VA_ARGS__)
#define nvlist_empty(...)			scsa_nvlist_empty(__VA_ARGS__)
#define nvlist_add_boolean_value(...)		scsa_nvlist_add_boolean_value(__VA_ARGS__)
#define nvlist_lookup_boolean_value(...)	scsa_nvlist_lookup_boolean_value(__VA_ARGS__)
#define nvlist_add_byte(...)			scsa_nvlist_add_byte(__VA_ARGS__)
#define nvlist_lookup_byte(...)			scsa_nvlist_lookup_byte(__VA_ARGS__)
#define nvlist_add_int8(...)			scsa_nvlist_add_int8(__VA_ARGS__)
#define nvlist_lookup_int8(...)			scsa_nvlist_lookup_int8(__VA_ARGS__)
#define nvlist_add_uint8(...)			scsa_nvlist_add_uint8(__VA_ARGS__)
#define nvlist_lookup_uint8(...)		scsa_nvlist_lookup_uint8(__VA_ARGS__)
#define nvlist_add_int16(...)			scsa_nvlist_add_int16(__VA_ARGS__)
#define nvlist_lookup_int16(...)		scsa_nvlist_lookup_int16(__VA_ARGS__)
#define nvlist_add_uint16(...)			scsa_nvlist_add_uint16(__VA_ARGS__)
#define nvlist_lookup_uint16(...)		scsa_nvlist_lookup_uint16(__VA_ARGS__)
#define nvlist_add_int32(...)			scsa_nvlist_add_int32(__VA_ARGS__)
#define nvlist_lookup_int32(...)		scsa_nvlist_lookup_int32(__VA_ARGS__)
#define nvlist_add_uint32(...)			scsa_nvlist_add_uint32(__VA_ARGS__)
#define nvlist_lookup_uint32(...)		scsa_nvlist_lookup_uint32(__VA_ARGS__)
#define nvlist_add_int64(...)			scsa_nvlist_add_int64(__VA_ARGS__)
#define nvlist_lookup_int64(...)		scsa_nvlist_lookup_int64(__VA_ARGS__)
#define nvlist_add_uint64(...)			scsa_nvlist_add_uint64(__VA_ARGS__)
#define nvlist_lookup_uint64(...)		scsa_nvlist_lookup_uint64(__VA_ARGS__)
#define nvlist_add_hrtime(...)			scsa_nvlist_add_hrtime(__VA_ARGS__)
#define nvlist_lookup_hrtime(...)		scsa_nvlist_lookup_hrtime(__VA_ARGS__)

/* <sys/dkioc_free_util.h> */
#define dfl_copyin(...)			scsa_dfl_copyin(__VA_ARGS__)
#define dfl_free(...)			scsa_dfl_free(__VA_ARGS__)

#endif /* _SCSA_SYS_SCSA_NAMES_H */
