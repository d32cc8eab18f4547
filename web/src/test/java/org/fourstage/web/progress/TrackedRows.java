package org.fourstage.web.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.patient.PatientId;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tracked entries of one patient written straight in SQL, entered by a physio, so each
 * test states exactly the rows its expected figures come from.
 */
final class TrackedRows {

	private final JdbcClient jdbc;

	private final Clinic clinic;

	private final PatientId patient;

	private final Account physio;

	TrackedRows(JdbcClient jdbc, Clinic clinic, PatientId patient, Account physio) {
		this.jdbc = jdbc;
		this.clinic = clinic;
		this.patient = patient;
		this.physio = physio;
	}

	UUID session(UUID program, LocalDate on, int painBefore, int painAfter, String note) {
		return this.jdbc
			.sql("INSERT INTO exercise_sessions (clinic_id, patient_id, program_id, stage, performed_on, pain_before, "
					+ "pain_after, difficulty, note, recorded_by_account_id, recorded_by_role, idempotency_key, "
					+ "created_at, updated_at) VALUES (:clinic, :patient, :program, 1, :on, :before, :after, 4, :note, "
					+ ":physio, 'PHYSIO', gen_random_uuid(), now(), now()) RETURNING id")
			.param("clinic", this.clinic.id().value())
			.param("patient", this.patient.value())
			.param("program", program)
			.param("on", on)
			.param("before", painBefore)
			.param("after", painAfter)
			.param("note", note)
			.param("physio", this.physio.id().value())
			.query(UUID.class)
			.single();
	}

	void exercise(UUID session, int position, String code, String completion, Integer setsPrescribed,
			Integer setsDone) {
		this.jdbc.sql("INSERT INTO exercise_session_exercises (session_id, position, exercise_code, completion, "
				+ "prescribed_sets, done_sets) VALUES (:session, :position, :code, :completion, :prescribed, :done)")
			.param("session", session)
			.param("position", position)
			.param("code", code)
			.param("completion", completion)
			.param("prescribed", setsPrescribed)
			.param("done", setsDone)
			.update();
	}

	void checkIn(LocalDate day, int morningPain, Integer eveningPain) {
		this.jdbc
			.sql("INSERT INTO check_ins (clinic_id, patient_id, day, morning_pain, evening_pain, "
					+ "morning_stiffness_minutes, sleep_quality, sitting_tolerance_minutes, recorded_by_account_id, "
					+ "recorded_by_role, idempotency_key, created_at, updated_at) VALUES (:clinic, :patient, :day, "
					+ ":morning, :evening, 20, 7, 45, :physio, 'PHYSIO', gen_random_uuid(), now(), now())")
			.param("clinic", this.clinic.id().value())
			.param("patient", this.patient.value())
			.param("day", day)
			.param("morning", morningPain)
			.param("evening", eveningPain)
			.param("physio", this.physio.id().value())
			.update();
	}

	void flareUp(LocalDate startedOn, LocalDate endedOn, int peakPain, String trigger, String signs, String helped) {
		this.jdbc
			.sql("INSERT INTO flare_ups (clinic_id, patient_id, started_on, ended_on, peak_pain, flare_trigger, "
					+ "leg_symptoms, sharp_or_shooting, red_flag_signs, what_helped, recorded_by_account_id, "
					+ "recorded_by_role, idempotency_key, created_at, updated_at) VALUES (:clinic, :patient, :started, "
					+ ":ended, :peak, :trigger, 'BELOW_THE_KNEE', true, string_to_array(:signs, ',')::text[], :helped, "
					+ ":physio, 'PHYSIO', gen_random_uuid(), now(), now())")
			.param("clinic", this.clinic.id().value())
			.param("patient", this.patient.value())
			.param("started", startedOn)
			.param("ended", endedOn)
			.param("peak", peakPain)
			.param("trigger", trigger)
			.param("signs", signs)
			.param("helped", helped)
			.param("physio", this.physio.id().value())
			.update();
	}

	/** A completed re-assessment with its prone hold; its other answers are left out. */
	UUID assessment(LocalDate on, int nprsNow, int holdSeconds, boolean cramped) {
		return this.jdbc
			.sql("INSERT INTO assessments (clinic_id, patient_id, kind, status, assessed_on, answers, pain_pattern, "
					+ "suggested_stage, urgent, nprs_now, inflammatory_pattern, created_by, completed_at, completed_by) "
					+ "VALUES (:clinic, :patient, 'REASSESSMENT', 'COMPLETED', :on, jsonb_build_object('physicalChecks', "
					+ "jsonb_build_object('proneHoldSeconds', :hold, 'proneHoldCrampedOrShook', :cramped)), "
					+ "'MUSCLE_DOMINANT', 'CALM_AND_UNLOAD', false, :nprs, false, :physio, :at, :physio) RETURNING id")
			.param("clinic", this.clinic.id().value())
			.param("patient", this.patient.value())
			.param("on", on)
			.param("hold", holdSeconds)
			.param("cramped", cramped)
			.param("nprs", nprsNow)
			.param("physio", this.physio.id().value())
			.param("at", java.sql.Timestamp.from(Instant.now()))
			.query(UUID.class)
			.single();
	}

	void disabilityIndex(Instant enteredAt, String score, String band) {
		this.jdbc
			.sql("INSERT INTO instrument_responses (clinic_id, patient_id, instrument_id, instrument_version, "
					+ "entered_as, entered_by, entered_at, score, band) VALUES (:clinic, :patient, 'disability-index', "
					+ "'2.1a', 'PHYSIO_FROM_PAPER', :physio, :at, :score, :band)")
			.param("clinic", this.clinic.id().value())
			.param("patient", this.patient.value())
			.param("physio", this.physio.id().value())
			.param("at", java.sql.Timestamp.from(enteredAt))
			.param("score", new java.math.BigDecimal(score))
			.param("band", band)
			.update();
	}

}
