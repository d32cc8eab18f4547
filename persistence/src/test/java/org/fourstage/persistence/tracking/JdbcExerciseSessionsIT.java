package org.fourstage.persistence.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fourstage.domain.account.Role;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.program.Stage;
import org.fourstage.domain.tracking.Amount;
import org.fourstage.domain.tracking.Completion;
import org.fourstage.domain.tracking.ExerciseSession;
import org.fourstage.domain.tracking.RecordedBy;
import org.fourstage.domain.tracking.Saved;
import org.fourstage.domain.tracking.SessionEntry;
import org.fourstage.domain.tracking.SessionExercise;
import org.fourstage.persistence.testing.PostgresTest;
import org.fourstage.persistence.testing.TestClinics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresTest
class JdbcExerciseSessionsIT {

	private static final Instant NOW = Instant.parse("2026-11-21T18:00:00Z");

	private static final LocalDate DAY = LocalDate.of(2026, 11, 21);

	private final JdbcClient jdbc;

	private final JdbcExerciseSessions sessions;

	private final TrackingTestData data;

	private UUID program;

	JdbcExerciseSessionsIT(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.sessions = new JdbcExerciseSessions(jdbc);
		this.data = new TrackingTestData(jdbc);
	}

	@BeforeEach
	void program() {
		this.program = this.jdbc
			.sql("INSERT INTO programs (clinic_id, patient_id, current_stage, stage_started, version, content, "
					+ "assigned_by, assigned_at, updated_at) VALUES (:c, :p, 1, :day, 1, '{}'::jsonb, :by, :now, :now) "
					+ "RETURNING id")
			.param("c", this.data.clinic.id().value())
			.param("p", this.data.patient.value())
			.param("day", DAY)
			.param("by", this.data.physio.id().value())
			.param("now", java.sql.Timestamp.from(NOW))
			.query(UUID.class)
			.single();
	}

	@Test
	void keepsEachExerciseWithWhatWasPrescribedAndDone() {
		SessionEntry entry = entry(DAY);

		Saved<ExerciseSession> saved = record(UUID.randomUUID(), entry);

		ExerciseSession read = this.sessions.find(this.data.clinic.id(), this.data.patient, saved.entry().id())
			.orElseThrow();
		assertThat(saved.created()).isTrue();
		assertThat(read.entry()).isEqualTo(entry);
		assertThat(read.stage()).isEqualTo(Stage.CALM_AND_UNLOAD);
		assertThat(read.programId()).isEqualTo(this.program);
		assertThat(read.recordedBy().byPatient()).isFalse();
	}

	@Test
	void theSameKeyTwiceMakesOneSessionWithItsExercisesOnce() {
		UUID key = UUID.randomUUID();
		Saved<ExerciseSession> first = record(key, entry(DAY));
		Saved<ExerciseSession> again = record(key, entry(DAY.minusDays(1)));

		assertThat(again.created()).isFalse();
		assertThat(again.entry()).isEqualTo(first.entry());
		assertThat(count("exercise_sessions")).isEqualTo(1);
		assertThat(count("exercise_session_exercises")).isEqualTo(3);
	}

	@Test
	void aCorrectionReplacesTheExercises() {
		ExerciseSession saved = record(UUID.randomUUID(), entry(DAY)).entry();
		SessionEntry corrected = new SessionEntry(DAY.minusDays(1),
				List.of(new SessionExercise(ExerciseCode.of("pelvic-tilt"), Completion.DONE, new Amount(2, 10, null),
						new Amount(2, 10, null))),
				3, 2, 4, "Better today");

		assertThat(this.sessions.correct(this.data.clinic.id(), this.data.patient, saved.id(), corrected,
				NOW.plusSeconds(60)))
			.isTrue();

		ExerciseSession read = this.sessions.find(this.data.clinic.id(), this.data.patient, saved.id()).orElseThrow();
		assertThat(read.entry()).isEqualTo(corrected);
		assertThat(count("exercise_session_exercises")).isEqualTo(1);
	}

	@Test
	void listsSessionsOfAPeriodOldestFirst() {
		record(UUID.randomUUID(), entry(DAY));
		record(UUID.randomUUID(), entry(DAY.minusDays(3)));
		record(UUID.randomUUID(), entry(DAY.minusDays(20)));

		assertThat(this.sessions.between(this.data.clinic.id(), this.data.patient, DAY.minusDays(6), DAY))
			.extracting((session) -> session.entry().performedOn())
			.containsExactly(DAY.minusDays(3), DAY);
	}

	@Test
	void anotherClinicNeitherSeesNorWritesAndAnotherPatientsProgramIsRefused() {
		ExerciseSession saved = record(UUID.randomUUID(), entry(DAY)).entry();
		Clinic other = new TestClinics(this.jdbc).clinic();

		assertThat(this.sessions.find(other.id(), this.data.patient, saved.id())).isEmpty();
		assertThat(this.sessions.between(other.id(), this.data.patient, DAY, DAY)).isEmpty();
		assertThat(this.sessions.correct(other.id(), this.data.patient, saved.id(), entry(DAY), NOW)).isFalse();
		assertThat(this.sessions.record(other.id(), this.data.patient, UUID.randomUUID(), this.program,
				Stage.CALM_AND_UNLOAD, entry(DAY), this.data.byPhysio(), NOW))
			.isEmpty();

		var otherPatient = TrackingTestData.patient(this.jdbc, this.data.clinic, this.data.physio);
		assertThat(this.sessions.record(this.data.clinic.id(), otherPatient, UUID.randomUUID(), this.program,
				Stage.CALM_AND_UNLOAD, entry(DAY), new RecordedBy(this.data.physio.id(), Role.PHYSIO), NOW))
			.isEmpty();
		assertThat(count("exercise_sessions")).isEqualTo(1);
	}

	private static SessionEntry entry(LocalDate day) {
		return new SessionEntry(day,
				List.of(new SessionExercise(ExerciseCode.of("pelvic-tilt"), Completion.DONE, new Amount(2, 10, null),
						new Amount(2, 10, null)),
						new SessionExercise(ExerciseCode.of("knee-rolls"), Completion.PARTLY, new Amount(3, 10, null),
								new Amount(1, 10, null)),
						new SessionExercise(ExerciseCode.of("isometric-hold"), Completion.SKIPPED,
								new Amount(null, null, 10), Amount.NONE)),
				5, 4, 6, "Stiff at first");
	}

	private Saved<ExerciseSession> record(UUID key, SessionEntry entry) {
		return this.sessions
			.record(this.data.clinic.id(), this.data.patient, key, this.program, Stage.CALM_AND_UNLOAD, entry,
					this.data.byPhysio(), NOW)
			.orElseThrow();
	}

	private int count(String table) {
		String rows = "exercise_sessions".equals(table) ? "SELECT count(*) FROM exercise_sessions s "
				: "SELECT count(*) FROM exercise_session_exercises e JOIN exercise_sessions s ON s.id = e.session_id ";
		return this.jdbc.sql(rows + "WHERE s.patient_id = :p")
			.param("p", this.data.patient.value())
			.query(Integer.class)
			.single();
	}

}
