package org.fourstage.seeds.template;

import java.io.StringReader;
import java.util.List;

import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.program.ExerciseSide;
import org.fourstage.domain.program.Program;
import org.fourstage.domain.library.ProgramTemplate;
import org.fourstage.domain.program.Stage;
import org.fourstage.domain.library.TemplateStage;
import org.fourstage.seeds.exercise.ExerciseLibrary;
import org.fourstage.seeds.format.SeedFormatException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProgramTemplatesTest {

	private final ExerciseLibrary library = ExerciseLibrary.load();

	private final List<ProgramTemplate> templates = ProgramTemplates.load();

	@Test
	void shipsTheStandardQlFocusedAndMorningStiffnessTemplates() {
		assertThat(this.templates).extracting(ProgramTemplate::code)
			.containsExactly("standard", "ql-focused", "morning-stiffness");
	}

	@Test
	void refersOnlyToExercisesTheLibraryHolds() {
		assertThat(this.templates).allSatisfy((template) -> assertThat(template.exerciseCodes())
			.allSatisfy((code) -> assertThat(this.library.find(code)).as(template.code() + " " + code).isPresent()));
	}

	@Test
	void givesEveryStageOfEveryTemplateAGoalExercisesAndAdvice() {
		assertThat(this.templates).allSatisfy((template) -> assertThat(template.stages()).allSatisfy((stage) -> {
			assertThat(stage.goal()).isNotBlank();
			assertThat(stage.exercises()).isNotEmpty();
			assertThat(stage.advice()).isNotEmpty();
		}));
	}

	@Test
	void standardTemplateUsesEachStagesOwnLibraryExercises() {
		ProgramTemplate standard = ProgramTemplates.find("standard").orElseThrow();
		for (Stage stage : Stage.values()) {
			assertThat(codes(standard.stage(stage)))
				.containsAll(this.library.inStage(stage).stream().map((exercise) -> exercise.code().value()).toList());
		}
	}

	@Test
	void qlFocusedTemplateReleasesThenStretchesThenStrengthens() {
		ProgramTemplate ql = ProgramTemplates.find("ql-focused").orElseThrow();
		assertThat(codes(ql.stage(Stage.CALM_AND_UNLOAD)).get(0)).isEqualTo("ql-release");
		assertThat(codes(ql.stage(Stage.RESTORE_MOBILITY)).get(0)).isEqualTo("seated-ql-stretch");
		assertThat(codes(ql.stage(Stage.STRENGTHEN_AND_COORDINATE)).get(0)).isEqualTo("pelvic-tilt-hold");
		assertThat(ql.stage(Stage.RESTORE_MOBILITY).exercises().get(0).dosageOverride()).isNotNull();
	}

	@Test
	void morningStiffnessTemplateStartsWithTheSleepSetUpAndInBedStretch() {
		ProgramTemplate morning = ProgramTemplates.find("morning-stiffness").orElseThrow();
		assertThat(codes(morning.stage(Stage.CALM_AND_UNLOAD))).startsWith("sleep-set-up", "morning-bed-stretch");
	}

	@Test
	void turnsEveryTemplateIntoAProgramWithItsDosages() {
		for (ProgramTemplate template : this.templates) {
			Program program = template.toProgram(this.library.byCode());
			assertThat(program.templateCode()).isEqualTo(template.code());
			assertThat(program.stages()).allSatisfy((plan) -> assertThat(plan.exercises()).isNotEmpty());
		}
		Program ql = ProgramTemplates.find("ql-focused").orElseThrow().toProgram(this.library.byCode());
		assertThat(ql.stage(Stage.RESTORE_MOBILITY).find(ExerciseCode.of("seated-ql-stretch")).orElseThrow().dosage())
			.isEqualTo(Dosage.builder().reps(2).holdSeconds(45).side(ExerciseSide.BOTH).timesPerDay(2).build());
	}

	@Test
	void refusesATemplateThatNamesAnUnknownExercise() {
		String text = minimalTemplate().replace("stage 3 exercise: bird-dog", "stage 3 exercise: bird-cat");
		assertThatExceptionOfType(SeedFormatException.class)
			.isThrownBy(() -> ProgramTemplates.parse("test.seed", new StringReader(text), this.library))
			.withMessageContaining("bird-cat");
	}

	@Test
	void refusesATemplateWithoutAStageGoal() {
		String text = minimalTemplate().replace("stage 2 goal: Move.\n", "");
		assertThatExceptionOfType(SeedFormatException.class)
			.isThrownBy(() -> ProgramTemplates.parse("test.seed", new StringReader(text), this.library))
			.withMessageContaining("stage 2 goal");
	}

	@Test
	void readsAMinimalTemplateWithADosageOverride() {
		List<ProgramTemplate> parsed = ProgramTemplates.parse("test.seed", new StringReader(minimalTemplate()),
				this.library);
		assertThat(parsed).singleElement()
			.satisfies(
					(template) -> assertThat(template.stage(Stage.CALM_AND_UNLOAD).exercises().get(0).dosageOverride())
						.isNotNull()
						.isEqualTo(Dosage.builder().durationMinutes(15).timesPerDay(2).build()));
	}

	private static String minimalTemplate() {
		return """
				[mini]
				name: Mini
				description: For tests.
				stage 1 goal: Calm.
				stage 1 exercise: short-walks | durationMinutes=15, timesPerDay=2
				stage 2 goal: Move.
				stage 2 exercise: cat-camel
				stage 3 goal: Strengthen.
				stage 3 exercise: bird-dog
				stage 4 goal: Live.
				stage 4 exercise: regular-walking
				""";
	}

	private static List<String> codes(TemplateStage stage) {
		return stage.exercises().stream().map((entry) -> entry.code().value()).toList();
	}

}
