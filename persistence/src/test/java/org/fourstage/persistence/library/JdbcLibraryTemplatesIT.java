package org.fourstage.persistence.library;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.library.LibraryExercise;
import org.fourstage.domain.library.LibraryTemplate;
import org.fourstage.domain.library.ProgramTemplate;
import org.fourstage.domain.library.SeedChange;
import org.fourstage.domain.program.Stage;
import org.fourstage.domain.library.TemplateEntry;
import org.fourstage.persistence.testing.PostgresTest;
import org.fourstage.persistence.testing.TestClinics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@PostgresTest
class JdbcLibraryTemplatesIT {

	private final JdbcClient jdbc;

	private final JdbcLibraryExercises exercises;

	private final JdbcLibraryTemplates templates;

	private final TestClinics clinics;

	JdbcLibraryTemplatesIT(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.exercises = new JdbcLibraryExercises(jdbc);
		this.templates = new JdbcLibraryTemplates(jdbc);
		this.clinics = new TestClinics(jdbc);
	}

	@BeforeEach
	void sharedLibrary() {
		this.exercises.upsertShared(LibraryTestData.exercise("tilt", "Tilt", Stage.CALM_AND_UNLOAD));
		this.exercises.upsertShared(LibraryTestData.exercise("roll", "Roll", Stage.CALM_AND_UNLOAD));
	}

	@Test
	void seedingATemplateTwiceChangesNothingAndAChangedSeedUpdatesIt() {
		ProgramTemplate seed = LibraryTestData.template("seeded", "Seeded", "tilt", "roll");
		assertThat(this.templates.upsertShared(seed)).isEqualTo(SeedChange.ADDED);
		assertThat(this.templates.upsertShared(seed)).isEqualTo(SeedChange.UNCHANGED);
		Clinic clinic = this.clinics.clinic();
		LibraryTemplate stored = shared(clinic, "seeded");
		assertThat(stored.template()).isEqualTo(seed);
		assertThat(stored.version()).isZero();

		ProgramTemplate changed = seed.withStage(seed.stage(Stage.CALM_AND_UNLOAD).moving(0, false));
		assertThat(this.templates.upsertShared(changed)).isEqualTo(SeedChange.UPDATED);
		assertThat(shared(clinic, "seeded").template()).isEqualTo(changed);
	}

	@Test
	void aCopyKeepsItsContentAndOnlyItsClinicSeesIt() {
		this.templates.upsertShared(LibraryTestData.template("to-copy", "To copy", "tilt", "roll"));
		Clinic home = this.clinics.clinic();
		Clinic other = this.clinics.clinic();
		Account physio = physio(home);
		LibraryExercise own = this.exercises.addOwn(home.id(), physio.id(),
				LibraryTestData.exercise("own-extra", "Our extra", Stage.CALM_AND_UNLOAD));
		LibraryTemplate source = shared(home, "to-copy");
		ProgramTemplate content = source.template()
			.renamed("copy-abc", "Our copy", "Ours.")
			.withStage(source.template()
				.stage(Stage.RESTORE_MOBILITY)
				.adding(new TemplateEntry(own.exercise().code(), Dosage.builder().reps(12).build())));

		LibraryTemplate copy = this.templates.addOwn(home.id(), physio.id(), content, source.id());

		assertThat(this.templates.find(home.id(), copy.id())).get()
			.extracting(LibraryTemplate::template)
			.isEqualTo(content);
		assertThat(this.templates.find(other.id(), copy.id())).isEmpty();
		assertThat(this.templates.list(other.id())).extracting((t) -> t.template().name()).doesNotContain("Our copy");
		assertThat(this.templates.list(home.id())).extracting((t) -> t.template().name()).contains("Our copy");
	}

	@Test
	void anEditMadeAgainstAnOlderVersionIsRefusedAndChangesNothing() {
		this.templates.upsertShared(LibraryTestData.template("versioned", "Versioned", "tilt", "roll"));
		Clinic home = this.clinics.clinic();
		Account physio = physio(home);
		LibraryTemplate source = shared(home, "versioned");
		LibraryTemplate copy = this.templates.addOwn(home.id(), physio.id(),
				source.template().renamed("copy-v", "Copy", "Copy."), source.id());
		ProgramTemplate first = copy.template().renamed("copy-v", "First edit", "Copy.");
		ProgramTemplate second = copy.template().renamed("copy-v", "Second edit", "Copy.");

		assertThat(this.templates.replaceOwn(home.id(), copy.id(), 0, physio.id(), first)).isTrue();
		assertThat(this.templates.replaceOwn(home.id(), copy.id(), 0, physio.id(), second)).isFalse();

		LibraryTemplate stored = this.templates.find(home.id(), copy.id()).orElseThrow();
		assertThat(stored.template().name()).isEqualTo("First edit");
		assertThat(stored.version()).isEqualTo(1);
	}

	@Test
	void nobodyCanEditASharedTemplateOrAnotherClinicsCopy() {
		this.templates.upsertShared(LibraryTestData.template("locked", "Locked", "tilt", "roll"));
		Clinic home = this.clinics.clinic();
		Clinic other = this.clinics.clinic();
		LibraryTemplate shared = shared(home, "locked");
		LibraryTemplate copy = this.templates.addOwn(home.id(), physio(home).id(),
				shared.template().renamed("copy-l", "Copy", "Copy."), shared.id());

		assertThat(this.templates.replaceOwn(home.id(), shared.id(), 0, physio(home).id(),
				shared.template().renamed("locked", "Changed", "Changed.")))
			.isFalse();
		assertThat(this.templates.replaceOwn(other.id(), copy.id(), 0, physio(other).id(),
				copy.template().renamed("copy-l", "Taken over", "Changed.")))
			.isFalse();
		assertThat(shared(home, "locked").template().name()).isEqualTo("Locked");
	}

	@Test
	void aCopyCannotUseAnotherClinicsExercise() {
		this.templates.upsertShared(LibraryTestData.template("base", "Base", "tilt", "roll"));
		Clinic home = this.clinics.clinic();
		Clinic other = this.clinics.clinic();
		LibraryExercise theirs = this.exercises.addOwn(other.id(), physio(other).id(),
				LibraryTestData.exercise("own-theirs", "Theirs", Stage.CALM_AND_UNLOAD));
		LibraryTemplate base = shared(home, "base");
		ProgramTemplate content = base.template()
			.renamed("copy-x", "Copy", "Copy.")
			.withStage(base.template()
				.stage(Stage.CALM_AND_UNLOAD)
				.adding(new TemplateEntry(theirs.exercise().code(), null)));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.templates.addOwn(home.id(), physio(home).id(), content, base.id()));
		assertThat(this.jdbc.sql("SELECT count(*) FROM program_templates WHERE code = 'copy-x'")
			.query(Integer.class)
			.single()).isZero();
	}

	private LibraryTemplate shared(Clinic clinic, String code) {
		return this.templates.list(clinic.id())
			.stream()
			.filter((t) -> t.shared() && t.template().code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private Account physio(Clinic clinic) {
		return this.clinics.staff(clinic, Role.PHYSIO, "Phil Physio");
	}

}
