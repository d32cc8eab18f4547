package org.fourstage.persistence.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.program.AssignedProgram;
import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.Exercise;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.program.Program;
import org.fourstage.domain.program.ProgramChange;
import org.fourstage.domain.program.ProgramChangeKind;
import org.fourstage.domain.program.Stage;
import org.fourstage.persistence.testing.PostgresTest;
import org.fourstage.persistence.testing.TestClinics;
import org.fourstage.seeds.exercise.ExerciseLibrary;
import org.fourstage.seeds.template.ProgramTemplates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresTest
class JdbcProgramsIT {

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

	private final JdbcClient jdbc;

	private final JdbcPrograms programs;

	private Clinic clinic;

	private Account physio;

	private PatientId patient;

	private Program standard;

	JdbcProgramsIT(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.programs = new JdbcPrograms(jdbc);
	}

	@BeforeEach
	void patientAndProgram() {
		TestClinics clinics = new TestClinics(this.jdbc);
		this.clinic = clinics.clinic();
		this.physio = clinics.staff(this.clinic, Role.PHYSIO, "Program Physio");
		this.patient = new PatientId(this.jdbc
			.sql("INSERT INTO patients (clinic_id, reference, full_name, date_of_birth, sex, consent_given, consent_date, "
					+ "created_by) VALUES (:c, :r, 'Program Patient', '1970-01-01', 'MALE', true, current_date, :by) "
					+ "RETURNING id")
			.param("c", this.clinic.id().value())
			.param("r", "P-" + UUID.randomUUID())
			.param("by", this.physio.id().value())
			.query(UUID.class)
			.single());
		Map<ExerciseCode, Exercise> library = ExerciseLibrary.load().byCode();
		this.standard = ProgramTemplates.find("standard").orElseThrow().toProgram(library);
	}

	@Test
	void keepsTheWholeProgramAndItsFirstStageMove() {
		AssignedProgram assigned = this.programs.assign(this.clinic.id(), this.patient, this.standard,
				Stage.CALM_AND_UNLOAD, "Irritable: pain 7 of 10", this.physio.id(), NOW);

		assertThat(assigned.program()).isEqualTo(this.standard);
		assertThat(assigned.version()).isEqualTo(1);
		assertThat(assigned.currentStage()).isEqualTo(Stage.CALM_AND_UNLOAD);
		assertThat(this.programs.stageMoves(this.clinic.id(), assigned.id())).singleElement()
			.satisfies((move) -> assertThat(move.reason()).isEqualTo("Irritable: pain 7 of 10"));
	}

	@Test
	void aSecondSaveFromTheSameVersionIsRefusedAndTheFirstIsKept() {
		AssignedProgram assigned = this.programs.assign(this.clinic.id(), this.patient, this.standard,
				Stage.CALM_AND_UNLOAD, "Start", this.physio.id(), NOW);
		ExerciseCode first = assigned.today().exercises().get(0).code();
		Program byAnna = assigned.program()
			.withDosage(Stage.CALM_AND_UNLOAD, first, Dosage.builder().reps(12).sets(2).build());
		Program byBen = assigned.program().withNotes("Ben's note");

		assertThat(this.programs.save(this.clinic.id(), assigned.id(), 1, byAnna, this.physio.id(), NOW)).isTrue();
		assertThat(this.programs.save(this.clinic.id(), assigned.id(), 1, byBen, this.physio.id(), NOW)).isFalse();

		AssignedProgram now = this.programs.forPatient(this.clinic.id(), this.patient).orElseThrow();
		assertThat(now.version()).isEqualTo(2);
		assertThat(now.program()).isEqualTo(byAnna);
		var history = this.programs.history(this.clinic.id(), assigned.id());
		assertThat(history).extracting((version) -> version.version()).containsExactly(2, 1);
		assertThat(history.get(0).changes()).extracting((change) -> change.kind())
			.containsExactly(ProgramChangeKind.DOSAGE_CHANGED);
	}

	@Test
	void keepsChangesSavedAsSentencesReadableAfterMigrationThirty() throws Exception {
		AssignedProgram assigned = this.programs.assign(this.clinic.id(), this.patient, this.standard,
				Stage.CALM_AND_UNLOAD, "Start", this.physio.id(), NOW);
		this.jdbc
			.sql("INSERT INTO program_versions (program_id, version, content, changes, changed_by, changed_at) "
					+ "SELECT id, 2, content, :changes::jsonb, :by, :at FROM programs WHERE id = :id")
			.param("id", assigned.id())
			.param("changes",
					"[{\"kind\": \"EXERCISE_REMOVED\", \"stage\": \"CALM_AND_UNLOAD\", "
							+ "\"description\": \"Removed Knee rolls from Stage 1.\"}, "
							+ "{\"kind\": \"PROGRAM_NOTES_CHANGED\", \"stage\": null, "
							+ "\"description\": \"Removed the program notes.\"}]")
			.param("by", this.physio.id().value())
			.param("at", java.sql.Timestamp.from(NOW.plusSeconds(60)))
			.update();

		this.jdbc
			.sql(new String(
					getClass().getResourceAsStream("/db/migration/V30__program_changes_as_kinds.sql").readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8))
			.update();

		var history = this.programs.history(this.clinic.id(), assigned.id());
		assertThat(history.get(0).changes()).containsExactly(
				new ProgramChange(ProgramChangeKind.LEGACY_TEXT, Stage.CALM_AND_UNLOAD,
						List.of("Removed Knee rolls from Stage 1."), List.of()),
				new ProgramChange(ProgramChangeKind.LEGACY_TEXT, null, List.of("Removed the program notes."),
						List.of()));
	}

	@Test
	void movesStagesWithReasonsAndSeesNothingOfAnotherClinic() {
		AssignedProgram assigned = this.programs.assign(this.clinic.id(), this.patient, this.standard,
				Stage.CALM_AND_UNLOAD, "Start", this.physio.id(), NOW);
		this.programs.moveStage(this.clinic.id(), assigned.id(), Stage.RESTORE_MOBILITY, "Calmer, pain 3",
				this.physio.id(), NOW.plusSeconds(60), LocalDate.of(2026, 11, 28));

		AssignedProgram moved = this.programs.forPatient(this.clinic.id(), this.patient).orElseThrow();
		assertThat(moved.currentStage()).isEqualTo(Stage.RESTORE_MOBILITY);
		assertThat(moved.stageStartedOn()).isEqualTo(LocalDate.of(2026, 11, 28));
		assertThat(this.programs.stageMoves(this.clinic.id(), assigned.id())).extracting((m) -> m.to())
			.containsExactly(Stage.CALM_AND_UNLOAD, Stage.RESTORE_MOBILITY);

		Clinic other = new TestClinics(this.jdbc).clinic();
		assertThat(this.programs.forPatient(other.id(), this.patient)).isEmpty();
		assertThat(this.programs.history(other.id(), assigned.id())).isEmpty();
		assertThat(this.programs.save(other.id(), assigned.id(), 1, this.standard, this.physio.id(), NOW)).isFalse();
	}

}
