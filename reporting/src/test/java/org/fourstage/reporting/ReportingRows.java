package org.fourstage.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.assessment.AssessmentId;
import org.fourstage.domain.assessment.PainPattern;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.program.Stage;
import org.fourstage.persistence.testing.TestClinics;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hand-made rows for the read models' tests: written straight in SQL, so each test states
 * exactly the rows its expected figures come from.
 */
public final class ReportingRows {

	/** The day the hand-made assessments are dated. */
	public static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	/** Noon of {@link #DAY}, UTC. */
	public static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

	private final JdbcClient jdbc;

	private final Clinic clinic;

	private final Account physio;

	public ReportingRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
		TestClinics clinics = new TestClinics(jdbc);
		this.clinic = clinics.clinic();
		this.physio = clinics.staff(this.clinic, Role.PHYSIO, "Phil Physio");
	}

	public JdbcClient jdbc() {
		return this.jdbc;
	}

	public Clinic clinic() {
		return this.clinic;
	}

	public Account physio() {
		return this.physio;
	}

	public PatientId patient(String name, String reference, String status) {
		return new PatientId(this.jdbc
			.sql("INSERT INTO patients (clinic_id, reference, full_name, date_of_birth, sex, consent_given, "
					+ "consent_date, status, created_by) VALUES (:clinic, :reference, :name, DATE '1980-05-17', "
					+ "'NOT_STATED', true, current_date, :status, :physio) RETURNING id")
			.param("clinic", this.clinic.id().value())
			.param("reference", reference)
			.param("name", name)
			.param("status", status)
			.param("physio", this.physio.id().value())
			.query(UUID.class)
			.single());
	}

	public AssessmentId draft(PatientId patient, LocalDate assessedOn) {
		return new AssessmentId(this.jdbc
			.sql("INSERT INTO assessments (clinic_id, patient_id, kind, assessed_on, answers, created_by) "
					+ "VALUES (:clinic, :patient, 'REASSESSMENT', :on, '{}'::jsonb, :physio) RETURNING id")
			.param("clinic", this.clinic.id().value())
			.param("patient", patient.value())
			.param("on", assessedOn)
			.param("physio", this.physio.id().value())
			.query(UUID.class)
			.single());
	}

	public AssessmentId completed(PatientId patient, LocalDate assessedOn, Instant completedAt, PainPattern pattern,
			Stage suggested, boolean urgent, int nprsNow) {
		return new AssessmentId(this.jdbc
			.sql("INSERT INTO assessments (clinic_id, patient_id, kind, status, assessed_on, answers, pain_pattern, "
					+ "suggested_stage, urgent, nprs_now, inflammatory_pattern, created_by, completed_at, completed_by) "
					+ "VALUES (:clinic, :patient, 'INITIAL', 'COMPLETED', :on, '{}'::jsonb, :pattern, :stage, "
					+ ":urgent, :nprs, false, :physio, :at, :physio) RETURNING id")
			.param("clinic", this.clinic.id().value())
			.param("patient", patient.value())
			.param("on", assessedOn)
			.param("pattern", pattern.name())
			.param("stage", suggested.name())
			.param("urgent", urgent)
			.param("nprs", nprsNow)
			.param("physio", this.physio.id().value())
			.param("at", java.sql.Timestamp.from(completedAt))
			.query(UUID.class)
			.single());
	}

	public void override(PatientId patient, AssessmentId assessment) {
		this.jdbc
			.sql("INSERT INTO red_flag_overrides (clinic_id, patient_id, assessment_id, reason, recorded_by) "
					+ "VALUES (:clinic, :patient, :assessment, 'Seen by the GP, cleared for exercise.', :physio)")
			.param("clinic", this.clinic.id().value())
			.param("patient", patient.value())
			.param("assessment", assessment.value())
			.param("physio", this.physio.id().value())
			.update();
	}

	public void response(PatientId patient, String instrument, Instant enteredAt, BigDecimal score, String band) {
		this.jdbc
			.sql("INSERT INTO instrument_responses (clinic_id, patient_id, instrument_id, instrument_version, "
					+ "entered_as, entered_by, entered_at, score, band) VALUES (:clinic, :patient, :instrument, '1', "
					+ "'PHYSIO_FROM_PAPER', :physio, :at, :score, :band)")
			.param("clinic", this.clinic.id().value())
			.param("patient", patient.value())
			.param("instrument", instrument)
			.param("physio", this.physio.id().value())
			.param("at", java.sql.Timestamp.from(enteredAt))
			.param("score", score)
			.param("band", band)
			.update();
	}

	public void program(PatientId patient, Stage stage) {
		this.jdbc
			.sql("INSERT INTO programs (clinic_id, patient_id, current_stage, stage_started, version, content, "
					+ "assigned_by, assigned_at, updated_at) VALUES (:clinic, :patient, :stage, current_date, 1, "
					+ "'{}'::jsonb, :physio, now(), now())")
			.param("clinic", this.clinic.id().value())
			.param("patient", patient.value())
			.param("stage", stage.number())
			.param("physio", this.physio.id().value())
			.update();
	}

	public UUID programId(PatientId patient, Stage stage) {
		return this.jdbc
			.sql("INSERT INTO programs (clinic_id, patient_id, current_stage, stage_started, version, content, "
					+ "assigned_by, assigned_at, updated_at) VALUES (:clinic, :patient, :stage, current_date, 1, "
					+ "'{}'::jsonb, :physio, now(), now()) RETURNING id")
			.param("clinic", this.clinic.id().value())
			.param("patient", patient.value())
			.param("stage", stage.number())
			.param("physio", this.physio.id().value())
			.query(UUID.class)
			.single();
	}

	public void stageMove(UUID program, Integer from, int to, Instant at) {
		this.jdbc
			.sql("INSERT INTO stage_moves (program_id, from_stage, to_stage, reason, moved_by, moved_at) "
					+ "VALUES (:program, :from, :to, 'Calmer now.', :physio, :at)")
			.param("program", program)
			.param("from", from)
			.param("to", to)
			.param("physio", this.physio.id().value())
			.param("at", java.sql.Timestamp.from(at))
			.update();
	}

	/** A session of the patient's program, logged by the physio, without exercises. */
	public UUID session(PatientId patient, UUID program, LocalDate on, int painBefore, int painAfter) {
		return this.jdbc
			.sql("INSERT INTO exercise_sessions (clinic_id, patient_id, program_id, stage, performed_on, pain_before, "
					+ "pain_after, difficulty, note, recorded_by_account_id, recorded_by_role, idempotency_key, "
					+ "created_at, updated_at) VALUES (:clinic, :patient, :program, 1, :on, :before, :after, 4, "
					+ "'Felt fine', :physio, 'PHYSIO', gen_random_uuid(), now(), now()) RETURNING id")
			.param("clinic", this.clinic.id().value())
			.param("patient", patient.value())
			.param("program", program)
			.param("on", on)
			.param("before", painBefore)
			.param("after", painAfter)
			.param("physio", this.physio.id().value())
			.query(UUID.class)
			.single();
	}

	/** One exercise of a session: completion, sets prescribed and done. */
	public void sessionExercise(UUID session, int position, String code, String completion, Integer setsPrescribed,
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

	public UUID checkIn(PatientId patient, LocalDate day, int morningPain, Integer eveningPain) {
		return this.jdbc
			.sql("INSERT INTO check_ins (clinic_id, patient_id, day, morning_pain, evening_pain, "
					+ "morning_stiffness_minutes, sleep_quality, sitting_tolerance_minutes, recorded_by_account_id, "
					+ "recorded_by_role, idempotency_key, created_at, updated_at) VALUES (:clinic, :patient, :day, "
					+ ":morning, :evening, 20, 7, 45, :physio, 'PHYSIO', gen_random_uuid(), now(), now()) RETURNING id")
			.param("clinic", this.clinic.id().value())
			.param("patient", patient.value())
			.param("day", day)
			.param("morning", morningPain)
			.param("evening", eveningPain)
			.param("physio", this.physio.id().value())
			.query(UUID.class)
			.single();
	}

	/**
	 * A flare-up set off by lifting, with pain below the knee and the given red-flag
	 * signs.
	 */
	public UUID flareUp(PatientId patient, LocalDate startedOn, LocalDate endedOn, int peakPain, String signs) {
		return this.jdbc
			.sql("INSERT INTO flare_ups (clinic_id, patient_id, started_on, ended_on, peak_pain, flare_trigger, "
					+ "leg_symptoms, sharp_or_shooting, red_flag_signs, what_helped, recorded_by_account_id, "
					+ "recorded_by_role, idempotency_key, created_at, updated_at) VALUES (:clinic, :patient, :started, "
					+ ":ended, :peak, 'LIFTING', 'BELOW_THE_KNEE', true, string_to_array(:signs, ',')::text[], "
					+ "'Lying with knees up', :physio, 'PHYSIO', gen_random_uuid(), now(), now()) RETURNING id")
			.param("clinic", this.clinic.id().value())
			.param("patient", patient.value())
			.param("started", startedOn)
			.param("ended", endedOn)
			.param("peak", peakPain)
			.param("signs", signs)
			.param("physio", this.physio.id().value())
			.query(UUID.class)
			.single();
	}

	/** Sets the prone endurance hold in an assessment's answers. */
	public void proneHold(AssessmentId assessment, int seconds, boolean cramped) {
		this.jdbc
			.sql("UPDATE assessments SET answers = jsonb_build_object('physicalChecks', "
					+ "jsonb_build_object('proneHoldSeconds', :seconds, 'proneHoldCrampedOrShook', :cramped)) "
					+ "WHERE id = :id")
			.param("seconds", seconds)
			.param("cramped", cramped)
			.param("id", assessment.value())
			.update();
	}

	public void response(PatientId patient, AssessmentId assessment, String instrument, Instant enteredAt,
			BigDecimal score, String band) {
		this.jdbc
			.sql("INSERT INTO instrument_responses (clinic_id, patient_id, assessment_id, instrument_id, "
					+ "instrument_version, entered_as, entered_by, entered_at, score, band) VALUES (:clinic, :patient, "
					+ ":assessment, :instrument, '1', 'PHYSIO_FROM_PAPER', :physio, :at, :score, :band)")
			.param("clinic", this.clinic.id().value())
			.param("patient", patient.value())
			.param("assessment", assessment.value())
			.param("instrument", instrument)
			.param("physio", this.physio.id().value())
			.param("at", java.sql.Timestamp.from(enteredAt))
			.param("score", score)
			.param("band", band)
			.update();
	}

}
