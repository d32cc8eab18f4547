package org.fourstage.persistence.library;

import java.util.List;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.Exercise;
import org.fourstage.domain.library.ExerciseFilter;
import org.fourstage.domain.library.LibraryExercise;
import org.fourstage.domain.program.MuscleGroup;
import org.fourstage.domain.library.SeedChange;
import org.fourstage.domain.program.Stage;
import org.fourstage.persistence.testing.PostgresTest;
import org.fourstage.persistence.testing.TestClinics;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@PostgresTest
class JdbcLibraryExercisesIT {

	private final JdbcClient jdbc;

	private final JdbcLibraryExercises exercises;

	private final TestClinics clinics;

	JdbcLibraryExercisesIT(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.exercises = new JdbcLibraryExercises(jdbc);
		this.clinics = new TestClinics(jdbc);
	}

	@Test
	void aClinicSeesSharedExercisesAndItsOwnButNeverAnotherClinics() {
		this.exercises.upsertShared(LibraryTestData.exercise("shared-bridge", "Shared bridge", Stage.CALM_AND_UNLOAD));
		Clinic home = this.clinics.clinic();
		Clinic other = this.clinics.clinic();
		LibraryExercise ours = this.exercises.addOwn(home.id(), physio(home).id(),
				LibraryTestData.exercise("own-our-bridge", "Our bridge", Stage.CALM_AND_UNLOAD));
		LibraryExercise theirs = this.exercises.addOwn(other.id(), physio(other).id(),
				LibraryTestData.exercise("own-their-bridge", "Their bridge", Stage.CALM_AND_UNLOAD));

		assertThat(this.exercises.search(home.id(), ExerciseFilter.ALL)).extracting((e) -> e.exercise().name())
			.contains("Shared bridge", "Our bridge")
			.doesNotContain("Their bridge");
		assertThat(this.exercises.find(home.id(), ours.id())).contains(ours);
		assertThat(this.exercises.find(home.id(), theirs.id())).isEmpty();
		assertThat(this.exercises.byCode(home.id()).keySet()).extracting(Object::toString)
			.contains("shared-bridge", "own-our-bridge")
			.doesNotContain("own-their-bridge");
		assertThat(ours.shared()).isFalse();
		assertThat(ours.exercise().isTimed()).isTrue();
	}

	@Test
	void filtersByNameStageAndMuscleGroup() {
		Clinic home = this.clinics.clinic();
		Account physio = physio(home);
		this.exercises.addOwn(home.id(), physio.id(),
				LibraryTestData.exercise("own-filter-one", "Filter 100% walk", Stage.RESTORE_MOBILITY));
		this.exercises.addOwn(home.id(), physio.id(),
				LibraryTestData.exercise("own-filter-two", "Filter bridge", Stage.STRENGTHEN_AND_COORDINATE));

		assertThat(names(home, new ExerciseFilter("FILTER", Stage.RESTORE_MOBILITY, null)))
			.containsExactly("Filter 100% walk");
		assertThat(names(home, new ExerciseFilter("filter", null, MuscleGroup.GLUTES))).hasSize(2);
		assertThat(names(home, new ExerciseFilter("filter", null, MuscleGroup.HAMSTRINGS))).isEmpty();
		// A percent sign is a character to look for, not a wildcard.
		assertThat(names(home, new ExerciseFilter("%", null, null))).containsExactly("Filter 100% walk");
	}

	@Test
	void loadingTheSameSeedTwiceChangesNothingAndAChangedSeedUpdatesTheSharedRow() {
		Exercise seed = LibraryTestData.exercise("seed-walk", "Seed walk", Stage.CALM_AND_UNLOAD);
		assertThat(this.exercises.upsertShared(seed)).isEqualTo(SeedChange.ADDED);
		Object stamp = updatedAt("seed-walk");

		assertThat(this.exercises.upsertShared(seed)).isEqualTo(SeedChange.UNCHANGED);
		assertThat(updatedAt("seed-walk")).isEqualTo(stamp);
		assertThat(count("seed-walk")).isEqualTo(1);

		Exercise reworded = new Exercise(seed.code(), "Seed walk, reworded", seed.stage(), seed.target(),
				List.of("Stand tall.", "Walk at an easy pace."), seed.cautions(),
				Dosage.builder().durationMinutes(10).timesPerDay(2).build());
		assertThat(this.exercises.upsertShared(reworded)).isEqualTo(SeedChange.UPDATED);
		Clinic clinic = this.clinics.clinic();
		LibraryExercise stored = this.exercises.search(clinic.id(), new ExerciseFilter("reworded", null, null)).get(0);
		assertThat(stored.exercise()).isEqualTo(reworded);
		assertThat(stored.shared()).isTrue();
	}

	@Test
	void loadingSeedsNeverTouchesAClinicsOwnExercise() {
		Clinic home = this.clinics.clinic();
		LibraryExercise own = this.exercises.addOwn(home.id(), physio(home).id(),
				LibraryTestData.exercise("own-kept", "Kept as it was", Stage.CALM_AND_UNLOAD));

		this.exercises.upsertShared(LibraryTestData.exercise("own-kept", "Shared namesake", Stage.RESTORE_MOBILITY));

		assertThat(this.exercises.find(home.id(), own.id())).contains(own);
	}

	@Test
	void refusesAnOwnExerciseUnderASharedCode() {
		this.exercises.upsertShared(LibraryTestData.exercise("taken-code", "Taken", Stage.CALM_AND_UNLOAD));
		Clinic home = this.clinics.clinic();

		assertThatIllegalArgumentException().isThrownBy(() -> this.exercises.addOwn(home.id(), physio(home).id(),
				LibraryTestData.exercise("taken-code", "Ours", Stage.CALM_AND_UNLOAD)));
	}

	@Test
	void theDatabaseRefusesADosageOutOfBoundsEvenWithoutTheDomain() {
		Clinic home = this.clinics.clinic();
		LibraryExercise own = this.exercises.addOwn(home.id(), physio(home).id(),
				LibraryTestData.exercise("own-bounds", "Bounds", Stage.CALM_AND_UNLOAD));

		org.assertj.core.api.Assertions
			.assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.sql("UPDATE exercises SET reps = 101 WHERE id = :id")
				.param("id", own.id().value())
				.update());
	}

	private List<String> names(Clinic clinic, ExerciseFilter filter) {
		return this.exercises.search(clinic.id(), filter).stream().map((e) -> e.exercise().name()).toList();
	}

	private Object updatedAt(String code) {
		return this.jdbc.sql("SELECT updated_at FROM exercises WHERE clinic_id IS NULL AND code = :code")
			.param("code", code)
			.query(java.time.OffsetDateTime.class)
			.single();
	}

	private int count(String code) {
		return this.jdbc.sql("SELECT count(*) FROM exercises WHERE code = :code")
			.param("code", code)
			.query(Integer.class)
			.single();
	}

	private Account physio(Clinic clinic) {
		return this.clinics.staff(clinic, Role.PHYSIO, "Phil Physio");
	}

}
