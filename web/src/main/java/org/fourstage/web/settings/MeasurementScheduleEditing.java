package org.fourstage.web.settings;

import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditOutcome;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.tracking.MeasurementSchedule;
import org.fourstage.domain.tracking.MeasurementSchedules;
import org.fourstage.web.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinic admin replaces their clinic's default measurement schedule; the schedule and
 * the audit entry are saved in one transaction. Programs already assigned keep the copy
 * they took.
 */
@Service
class MeasurementScheduleEditing {

	private final MeasurementSchedules schedules;

	private final AuditTrail audit;

	MeasurementScheduleEditing(MeasurementSchedules schedules, AuditTrail audit) {
		this.schedules = schedules;
		this.audit = audit;
	}

	/**
	 * Saves the default for the admin's clinic.
	 * @param admin who saves it; their clinic is the one changed
	 * @param schedule a schedule the domain accepted
	 */
	@Transactional
	void save(Actor admin, MeasurementSchedule schedule) {
		this.schedules.saveDefault(admin.clinicId(), admin.accountId(), schedule);
		this.audit.record(admin, AuditAction.MEASUREMENT_SCHEDULE_UPDATED, AuditTarget.CLINIC, admin.clinicId().value(),
				null, AuditOutcome.SUCCESS, detail(schedule));
	}

	/** The new values, so the log shows what was chosen; no patient data. */
	private static String detail(MeasurementSchedule schedule) {
		return "pain via check-ins " + (schedule.painViaCheckIns() ? "yes" : "no") + "; scale every "
				+ schedule.patientSpecificScaleEveryWeeks() + " weeks; disability index weeks "
				+ ProgramWeeksText.format(schedule.disabilityIndexWeeks()) + "; STarT Back weeks "
				+ ProgramWeeksText.format(schedule.startBackWeeks());
	}

}
