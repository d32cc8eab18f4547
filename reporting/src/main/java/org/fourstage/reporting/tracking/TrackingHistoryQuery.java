package org.fourstage.reporting.tracking;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.fourstage.domain.account.Role;
import org.fourstage.domain.assessment.AssessmentKind;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.program.Stage;
import org.fourstage.domain.tracking.Amount;
import org.fourstage.domain.tracking.Completion;
import org.fourstage.domain.tracking.FlareTrigger;
import org.fourstage.domain.tracking.LegSymptoms;
import org.fourstage.domain.tracking.RedFlagSign;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what was tracked of one patient of one clinic over a period. Every query names
 * the clinic and the patient, so a patient of another clinic reads as nothing tracked.
 * The caller audits the read.
 */
@Component
public class TrackingHistoryQuery {

	private final JdbcClient jdbc;

	public TrackingHistoryQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What was tracked from one day to another, both included.
	 * @param clinicId the clinic
	 * @param patientId the patient
	 * @param from the first day
	 * @param to the last day
	 * @param zone the clinic's time zone, which dates the questionnaire scores
	 * @return the history; empty lists for a patient of another clinic
	 */
	public TrackingHistory history(ClinicId clinicId, PatientId patientId, LocalDate from, LocalDate to, ZoneId zone) {
		return new TrackingHistory(from, to, sessions(clinicId, patientId, from, to),
				checkIns(clinicId, patientId, from, to), flareUps(clinicId, patientId, from, to),
				stageMoves(clinicId, patientId), assessments(clinicId, patientId, from, to),
				disabilityScores(clinicId, patientId, from, to, zone));
	}

	/**
	 * The exercise sessions of a period, oldest first, each with its exercises.
	 * @param clinicId the clinic
	 * @param patientId the patient
	 * @param from the first day
	 * @param to the last day
	 * @return the sessions
	 */
	public List<SessionRecord> sessions(ClinicId clinicId, PatientId patientId, LocalDate from, LocalDate to) {
		Map<UUID, List<SessionRecord.Exercise>> exercises = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT x.session_id, x.exercise_code, COALESCE(e.name, x.exercise_code) AS name, x.completion,
				       x.prescribed_sets, x.prescribed_reps, x.prescribed_hold_seconds,
				       x.done_sets, x.done_reps, x.done_hold_seconds
				FROM exercise_session_exercises x
				JOIN exercise_sessions s ON s.id = x.session_id
				LEFT JOIN LATERAL (SELECT l.name FROM exercises l
				       WHERE l.code = x.exercise_code AND (l.clinic_id = s.clinic_id OR l.clinic_id IS NULL)
				       ORDER BY l.clinic_id NULLS LAST LIMIT 1) e ON true
				WHERE s.clinic_id = :clinic AND s.patient_id = :patient AND s.performed_on BETWEEN :from AND :to
				ORDER BY x.session_id, x.position
				""")
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.param("from", from)
			.param("to", to)
			.query((ResultSet row) -> {
				exercises.computeIfAbsent(row.getObject("session_id", UUID.class), (id) -> new ArrayList<>())
					.add(new SessionRecord.Exercise(new ExerciseCode(row.getString("exercise_code")),
							row.getString("name"), Completion.valueOf(row.getString("completion")),
							amount(row, "prescribed_"), amount(row, "done_")));
			});
		return this.jdbc.sql("""
				SELECT id, performed_on, stage, pain_before, pain_after, difficulty, note, recorded_by_role
				FROM exercise_sessions
				WHERE clinic_id = :clinic AND patient_id = :patient AND performed_on BETWEEN :from AND :to
				ORDER BY performed_on, created_at
				""")
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.param("from", from)
			.param("to", to)
			.query((row, n) -> {
				UUID id = row.getObject("id", UUID.class);
				return new SessionRecord(id, row.getObject("performed_on", LocalDate.class),
						Stage.ofNumber(row.getInt("stage")), row.getInt("pain_before"), row.getInt("pain_after"),
						row.getInt("difficulty"), row.getString("note"),
						Role.valueOf(row.getString("recorded_by_role")), exercises.getOrDefault(id, List.of()));
			})
			.list();
	}

	/**
	 * The check-ins of a period, oldest first.
	 * @param clinicId the clinic
	 * @param patientId the patient
	 * @param from the first day
	 * @param to the last day
	 * @return the check-ins
	 */
	public List<CheckInRecord> checkIns(ClinicId clinicId, PatientId patientId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT id, day, morning_pain, evening_pain, morning_stiffness_minutes, sleep_quality,
				       sitting_tolerance_minutes, recorded_by_role
				FROM check_ins
				WHERE clinic_id = :clinic AND patient_id = :patient AND day BETWEEN :from AND :to
				ORDER BY day
				""")
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.param("from", from)
			.param("to", to)
			.query((row, n) -> new CheckInRecord(row.getObject("id", UUID.class), row.getObject("day", LocalDate.class),
					row.getInt("morning_pain"), integer(row, "evening_pain"), row.getInt("morning_stiffness_minutes"),
					row.getInt("sleep_quality"), row.getInt("sitting_tolerance_minutes"),
					Role.valueOf(row.getString("recorded_by_role"))))
			.list();
	}

	/**
	 * The flare-ups that began in a period, oldest first.
	 * @param clinicId the clinic
	 * @param patientId the patient
	 * @param from the first day
	 * @param to the last day
	 * @return the flare-ups
	 */
	public List<FlareUpRecord> flareUps(ClinicId clinicId, PatientId patientId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT id, started_on, started_at, ended_on, peak_pain, flare_trigger, leg_symptoms, sharp_or_shooting,
				       array_to_string(red_flag_signs, ',') AS signs, what_helped, recorded_by_role
				FROM flare_ups
				WHERE clinic_id = :clinic AND patient_id = :patient AND started_on BETWEEN :from AND :to
				ORDER BY started_on, started_at NULLS FIRST, created_at
				""")
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.param("from", from)
			.param("to", to)
			.query((row, n) -> new FlareUpRecord(row.getObject("id", UUID.class),
					row.getObject("started_on", LocalDate.class), row.getObject("started_at", LocalTime.class),
					row.getObject("ended_on", LocalDate.class), row.getInt("peak_pain"),
					FlareTrigger.valueOf(row.getString("flare_trigger")),
					LegSymptoms.valueOf(row.getString("leg_symptoms")), row.getBoolean("sharp_or_shooting"),
					signs(row.getString("signs")), row.getString("what_helped"),
					Role.valueOf(row.getString("recorded_by_role"))))
			.list();
	}

	/**
	 * Every stage move of the patient's program, oldest first; the assignment is the
	 * first.
	 * @param clinicId the clinic
	 * @param patientId the patient
	 * @return the moves
	 */
	public List<StageMoveRecord> stageMoves(ClinicId clinicId, PatientId patientId) {
		return this.jdbc.sql("""
				SELECT m.id, m.from_stage, m.to_stage, m.reason, a.display_name, m.moved_at
				FROM stage_moves m
				JOIN programs p ON p.id = m.program_id
				JOIN accounts a ON a.id = m.moved_by
				WHERE p.clinic_id = :clinic AND p.patient_id = :patient
				ORDER BY m.moved_at
				""").param("clinic", clinicId.value()).param("patient", patientId.value()).query((row, n) -> {
			Integer from = integer(row, "from_stage");
			return new StageMoveRecord(row.getObject("id", UUID.class), (from != null) ? Stage.ofNumber(from) : null,
					Stage.ofNumber(row.getInt("to_stage")), row.getString("reason"), row.getString("display_name"),
					row.getTimestamp("moved_at").toInstant());
		}).list();
	}

	/**
	 * The completed assessments of a period, oldest first, with the disability index
	 * scored with each and its prone endurance hold.
	 * @param clinicId the clinic
	 * @param patientId the patient
	 * @param from the first day
	 * @param to the last day
	 * @return the assessments
	 */
	public List<AssessmentRecord> assessments(ClinicId clinicId, PatientId patientId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT a.id, a.assessed_on, a.kind, a.nprs_now, odi.score AS odi,
				       (a.answers -> 'physicalChecks' ->> 'proneHoldSeconds')::int AS hold_seconds,
				       (a.answers -> 'physicalChecks' ->> 'proneHoldCrampedOrShook')::boolean AS hold_cramped
				FROM assessments a
				LEFT JOIN LATERAL (SELECT r.score FROM instrument_responses r
				       WHERE r.clinic_id = a.clinic_id AND r.assessment_id = a.id
				         AND r.instrument_id = 'disability-index' AND r.score IS NOT NULL
				       ORDER BY r.entered_at DESC LIMIT 1) odi ON true
				WHERE a.clinic_id = :clinic AND a.patient_id = :patient AND a.status = 'COMPLETED'
				  AND a.assessed_on BETWEEN :from AND :to
				ORDER BY a.assessed_on, a.completed_at
				""")
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.param("from", from)
			.param("to", to)
			.query((row, n) -> {
				Integer hold = integer(row, "hold_seconds");
				boolean cramped = row.getBoolean("hold_cramped");
				return new AssessmentRecord(row.getObject("id", UUID.class),
						row.getObject("assessed_on", LocalDate.class), AssessmentKind.valueOf(row.getString("kind")),
						row.getInt("nprs_now"), row.getObject("odi", BigDecimal.class), hold,
						(hold != null) ? cramped : null);
			})
			.list();
	}

	/**
	 * The disability index scores entered in a period, oldest first.
	 * @param clinicId the clinic
	 * @param patientId the patient
	 * @param from the first day, by the day the score was entered in the zone
	 * @param to the last day
	 * @param zone the clinic's time zone
	 * @return the scores
	 */
	public List<DisabilityScore> disabilityScores(ClinicId clinicId, PatientId patientId, LocalDate from, LocalDate to,
			ZoneId zone) {
		return this.jdbc.sql("""
				SELECT id, entered_at, score, band, assessment_id FROM instrument_responses
				WHERE clinic_id = :clinic AND patient_id = :patient AND instrument_id = 'disability-index'
				  AND score IS NOT NULL AND entered_at >= :from AND entered_at < :until
				ORDER BY entered_at
				""")
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.param("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
			.param("until", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
			.query((row, n) -> new DisabilityScore(row.getObject("id", UUID.class),
					row.getTimestamp("entered_at").toInstant(), row.getBigDecimal("score"), row.getString("band"),
					row.getObject("assessment_id", UUID.class)))
			.list();
	}

	private static Amount amount(ResultSet row, String prefix) throws SQLException {
		return new Amount(integer(row, prefix + "sets"), integer(row, prefix + "reps"),
				integer(row, prefix + "hold_seconds"));
	}

	private static @Nullable Integer integer(ResultSet row, String column) throws SQLException {
		int value = row.getInt(column);
		return row.wasNull() ? null : value;
	}

	private static Set<RedFlagSign> signs(String signs) {
		Set<RedFlagSign> set = EnumSet.noneOf(RedFlagSign.class);
		if (!signs.isEmpty()) {
			Arrays.stream(signs.split(",")).map(RedFlagSign::valueOf).forEach(set::add);
		}
		return set;
	}

}
