package org.fourstage.reporting.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.fourstage.domain.patient.PatientId;
import org.fourstage.reporting.ReportingRows;

/**
 * Hand-made programs, entries and alerts for the dashboard tests, on top of
 * {@link ReportingRows}.
 */
final class DashboardRows {

	private final ReportingRows rows;

	DashboardRows(ReportingRows rows) {
		this.rows = rows;
	}

	UUID program(PatientId patient, Instant assignedAt) {
		return this.rows.jdbc()
			.sql("INSERT INTO programs (clinic_id, patient_id, current_stage, stage_started, version, content, "
					+ "assigned_by, assigned_at, updated_at) VALUES (:clinic, :patient, 1, :day, 1, '{}'::jsonb, "
					+ ":physio, :at, :at) RETURNING id")
			.param("clinic", this.rows.clinic().id().value())
			.param("patient", patient.value())
			.param("day", LocalDate.ofInstant(assignedAt, java.time.ZoneOffset.UTC))
			.param("physio", this.rows.physio().id().value())
			.param("at", Timestamp.from(assignedAt))
			.query(UUID.class)
			.single();
	}

	void schedule(UUID program, int psfsEveryWeeks, String disabilityWeeks, String startBackWeeks) {
		this.rows.jdbc()
			.sql("INSERT INTO program_measurement_schedules (program_id, clinic_id, pain_via_check_ins, "
					+ "psfs_every_weeks, disability_index_weeks, start_back_weeks) VALUES (:program, :clinic, true, "
					+ ":psfs, CAST(:di AS smallint[]), CAST(:sb AS smallint[]))")
			.param("program", program)
			.param("clinic", this.rows.clinic().id().value())
			.param("psfs", psfsEveryWeeks)
			.param("di", disabilityWeeks)
			.param("sb", startBackWeeks)
			.update();
	}

	void checkIn(PatientId patient, LocalDate day) {
		this.rows.jdbc()
			.sql("INSERT INTO check_ins (clinic_id, patient_id, day, morning_pain, morning_stiffness_minutes, "
					+ "sleep_quality, sitting_tolerance_minutes, recorded_by_account_id, recorded_by_role, "
					+ "idempotency_key, created_at, updated_at) VALUES (:clinic, :patient, :day, 3, 10, 7, 60, "
					+ ":by, 'PHYSIO', gen_random_uuid(), now(), now())")
			.param("clinic", this.rows.clinic().id().value())
			.param("patient", patient.value())
			.param("day", day)
			.param("by", this.rows.physio().id().value())
			.update();
	}

	void session(PatientId patient, UUID program, LocalDate day) {
		this.rows.jdbc()
			.sql("INSERT INTO exercise_sessions (clinic_id, patient_id, program_id, stage, performed_on, pain_before, "
					+ "pain_after, difficulty, recorded_by_account_id, recorded_by_role, idempotency_key, created_at, "
					+ "updated_at) VALUES (:clinic, :patient, :program, 1, :day, 3, 3, 4, :by, 'PHYSIO', "
					+ "gen_random_uuid(), now(), now())")
			.param("clinic", this.rows.clinic().id().value())
			.param("patient", patient.value())
			.param("program", program)
			.param("day", day)
			.param("by", this.rows.physio().id().value())
			.update();
	}

	void flareUp(PatientId patient, LocalDate day) {
		this.rows.jdbc()
			.sql("INSERT INTO flare_ups (clinic_id, patient_id, started_on, peak_pain, flare_trigger, leg_symptoms, "
					+ "sharp_or_shooting, recorded_by_account_id, recorded_by_role, idempotency_key, created_at, "
					+ "updated_at) VALUES (:clinic, :patient, :day, 6, 'BENDING', 'NONE', false, :by, 'PHYSIO', "
					+ "gen_random_uuid(), now(), now())")
			.param("clinic", this.rows.clinic().id().value())
			.param("patient", patient.value())
			.param("day", day)
			.param("by", this.rows.physio().id().value())
			.update();
	}

	UUID alert(PatientId patient, String kind, Instant at, boolean answered) {
		return this.rows.jdbc()
			.sql("INSERT INTO alerts (clinic_id, patient_id, kind, source_kind, source_id, source_day, created_at, "
					+ "acknowledged_at, acknowledged_by, action) VALUES (:clinic, :patient, :kind, 'FLARE_UP', "
					+ "gen_random_uuid(), :day, :at, :answeredAt, :by, :action) RETURNING id")
			.param("clinic", this.rows.clinic().id().value())
			.param("patient", patient.value())
			.param("kind", kind)
			.param("day", LocalDate.ofInstant(at, java.time.ZoneOffset.UTC))
			.param("at", Timestamp.from(at))
			.param("answeredAt", answered ? Timestamp.from(at.plusSeconds(60)) : null)
			.param("by", answered ? this.rows.physio().id().value() : null)
			.param("action", answered ? "CALLED_PATIENT" : null)
			.query(UUID.class)
			.single();
	}

}
