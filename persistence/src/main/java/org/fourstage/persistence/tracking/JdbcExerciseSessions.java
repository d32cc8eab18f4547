package org.fourstage.persistence.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.program.Stage;
import org.fourstage.domain.tracking.Amount;
import org.fourstage.domain.tracking.Completion;
import org.fourstage.domain.tracking.ExerciseSession;
import org.fourstage.domain.tracking.ExerciseSessions;
import org.fourstage.domain.tracking.RecordedBy;
import org.fourstage.domain.tracking.Saved;
import org.fourstage.domain.tracking.SessionEntry;
import org.fourstage.domain.tracking.SessionExercise;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Exercise sessions kept in {@code exercise_sessions}, with one row per exercise in
 * {@code exercise_session_exercises}.
 */
@Repository
class JdbcExerciseSessions implements ExerciseSessions {

	private static final String SELECT = "SELECT id, patient_id, program_id, stage, performed_on, pain_before, "
			+ "pain_after, difficulty, note, recorded_by_account_id, recorded_by_role, created_at, updated_at "
			+ "FROM exercise_sessions ";

	private final JdbcClient jdbc;

	JdbcExerciseSessions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Saved<ExerciseSession>> record(ClinicId clinicId, PatientId patientId, UUID idempotencyKey,
			UUID programId, Stage stage, SessionEntry entry, RecordedBy recordedBy, Instant now) {
		Optional<UUID> inserted = this.jdbc
			.sql("INSERT INTO exercise_sessions (clinic_id, patient_id, program_id, stage, performed_on, pain_before, "
					+ "pain_after, difficulty, note, recorded_by_account_id, recorded_by_role, idempotency_key, "
					+ "created_at, updated_at) SELECT p.clinic_id, p.id, g.id, :stage, :day, :before, :after, "
					+ ":difficulty, :note, :by, :role, :key, :now, :now FROM patients p JOIN programs g "
					+ "ON g.patient_id = p.id AND g.clinic_id = p.clinic_id AND g.id = :program "
					+ "WHERE p.id = :patient AND p.clinic_id = :clinic "
					+ "ON CONFLICT (clinic_id, patient_id, idempotency_key) DO NOTHING RETURNING id")
			.param("stage", stage.number())
			.param("day", entry.performedOn())
			.param("before", entry.painBefore())
			.param("after", entry.painAfter())
			.param("difficulty", entry.difficulty())
			.param("note", entry.note())
			.param("by", recordedBy.accountId().value())
			.param("role", recordedBy.role().name())
			.param("key", idempotencyKey)
			.param("now", Timestamp.from(now))
			.param("program", programId)
			.param("patient", patientId.value())
			.param("clinic", clinicId.value())
			.query(UUID.class)
			.optional();
		if (inserted.isPresent()) {
			insertExercises(inserted.get(), entry.exercises());
			return Optional.of(new Saved<>(find(clinicId, patientId, inserted.get()).orElseThrow(), true));
		}
		return sessions(
				this.jdbc.sql(SELECT + "WHERE clinic_id = :clinic AND patient_id = :patient AND idempotency_key = :key")
					.param("clinic", clinicId.value())
					.param("patient", patientId.value())
					.param("key", idempotencyKey))
			.stream()
			.findFirst()
			.map((existing) -> new Saved<>(existing, false));
	}

	@Override
	public Optional<ExerciseSession> find(ClinicId clinicId, PatientId patientId, UUID sessionId) {
		return sessions(this.jdbc.sql(SELECT + "WHERE id = :id AND clinic_id = :clinic AND patient_id = :patient")
			.param("id", sessionId)
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())).stream().findFirst();
	}

	@Override
	public List<ExerciseSession> between(ClinicId clinicId, PatientId patientId, LocalDate from, LocalDate to) {
		return sessions(this.jdbc
			.sql(SELECT + "WHERE clinic_id = :clinic AND patient_id = :patient AND performed_on BETWEEN :from AND :to "
					+ "ORDER BY performed_on, created_at")
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.param("from", from)
			.param("to", to));
	}

	@Override
	public boolean correct(ClinicId clinicId, PatientId patientId, UUID sessionId, SessionEntry entry, Instant now) {
		boolean updated = this.jdbc
			.sql("UPDATE exercise_sessions SET performed_on = :day, pain_before = :before, pain_after = :after, "
					+ "difficulty = :difficulty, note = :note, updated_at = :now "
					+ "WHERE id = :id AND clinic_id = :clinic AND patient_id = :patient")
			.param("day", entry.performedOn())
			.param("before", entry.painBefore())
			.param("after", entry.painAfter())
			.param("difficulty", entry.difficulty())
			.param("note", entry.note())
			.param("now", Timestamp.from(now))
			.param("id", sessionId)
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.update() == 1;
		if (updated) {
			this.jdbc.sql("DELETE FROM exercise_session_exercises WHERE session_id = :id")
				.param("id", sessionId)
				.update();
			insertExercises(sessionId, entry.exercises());
		}
		return updated;
	}

	private void insertExercises(UUID sessionId, List<SessionExercise> exercises) {
		for (int position = 0; position < exercises.size(); position++) {
			SessionExercise exercise = exercises.get(position);
			this.jdbc
				.sql("INSERT INTO exercise_session_exercises (session_id, position, exercise_code, completion, "
						+ "prescribed_sets, prescribed_reps, prescribed_hold_seconds, done_sets, done_reps, "
						+ "done_hold_seconds) VALUES (:session, :position, :code, :completion, :ps, :pr, :ph, :ds, "
						+ ":dr, :dh)")
				.param("session", sessionId)
				.param("position", position)
				.param("code", exercise.exercise().value())
				.param("completion", exercise.completion().name())
				.param("ps", exercise.prescribed().sets(), java.sql.Types.SMALLINT)
				.param("pr", exercise.prescribed().reps(), java.sql.Types.SMALLINT)
				.param("ph", exercise.prescribed().holdSeconds(), java.sql.Types.SMALLINT)
				.param("ds", exercise.done().sets(), java.sql.Types.SMALLINT)
				.param("dr", exercise.done().reps(), java.sql.Types.SMALLINT)
				.param("dh", exercise.done().holdSeconds(), java.sql.Types.SMALLINT)
				.update();
		}
	}

	private List<ExerciseSession> sessions(JdbcClient.StatementSpec query) {
		List<SessionRow> rows = query.query(JdbcExerciseSessions::row).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<SessionExercise>> exercises = new LinkedHashMap<>();
		rows.forEach((row) -> exercises.put(row.id(), new ArrayList<>()));
		this.jdbc.sql("SELECT session_id, exercise_code, completion, prescribed_sets, prescribed_reps, "
				+ "prescribed_hold_seconds, done_sets, done_reps, done_hold_seconds FROM exercise_session_exercises "
				+ "WHERE session_id IN (:ids) ORDER BY session_id, position")
			.param("ids", List.copyOf(exercises.keySet()))
			.query((row) -> {
				exercises.get(row.getObject("session_id", UUID.class))
					.add(new SessionExercise(ExerciseCode.of(row.getString("exercise_code")),
							Completion.valueOf(row.getString("completion")),
							new Amount(EntryColumns.integer(row, "prescribed_sets"),
									EntryColumns.integer(row, "prescribed_reps"),
									EntryColumns.integer(row, "prescribed_hold_seconds")),
							new Amount(EntryColumns.integer(row, "done_sets"), EntryColumns.integer(row, "done_reps"),
									EntryColumns.integer(row, "done_hold_seconds"))));
			});
		return rows.stream().map((row) -> row.session(exercises.get(row.id()))).toList();
	}

	private static SessionRow row(ResultSet row, int n) throws SQLException {
		return new SessionRow(row.getObject("id", UUID.class), new PatientId(row.getObject("patient_id", UUID.class)),
				row.getObject("program_id", UUID.class), Stage.ofNumber(row.getInt("stage")),
				row.getObject("performed_on", LocalDate.class), row.getInt("pain_before"), row.getInt("pain_after"),
				row.getInt("difficulty"), row.getString("note"), EntryColumns.recordedBy(row),
				EntryColumns.instant(row, "created_at"), EntryColumns.instant(row, "updated_at"));
	}

	/**
	 * A session row before its exercises are read.
	 */
	private record SessionRow(UUID id, PatientId patientId, UUID programId, Stage stage, LocalDate performedOn,
			int painBefore, int painAfter, int difficulty, String note, RecordedBy recordedBy, Instant createdAt,
			Instant updatedAt) {

		ExerciseSession session(List<SessionExercise> exercises) {
			return new ExerciseSession(
					this.id, this.patientId, this.programId, this.stage, new SessionEntry(this.performedOn, exercises,
							this.painBefore, this.painAfter, this.difficulty, this.note),
					this.recordedBy, this.createdAt, this.updatedAt);
		}

	}

}
