package org.fourstage.domain.program;

import org.fourstage.domain.library.ProgramTemplate;
import org.fourstage.domain.library.TemplateEntry;
import org.fourstage.domain.library.TemplateStage;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProgramTest {

	static final Exercise BRIDGE = exercise("glute-bridge", "Glute bridge", Stage.STRENGTHEN_AND_COORDINATE,
			Dosage.builder().sets(2).reps(8).holdSeconds(3).build());

	static final Exercise BIRD_DOG = exercise("bird-dog", "Bird-dog", Stage.STRENGTHEN_AND_COORDINATE,
			Dosage.builder().sets(2).reps(8).holdSeconds(5).side(ExerciseSide.ALTERNATING).build());

	static final Exercise CLAMSHELL = exercise("clamshell", "Side-lying clamshell", Stage.STRENGTHEN_AND_COORDINATE,
			Dosage.builder().sets(2).reps(10).side(ExerciseSide.BOTH).build());

	static final Exercise WALK = exercise("short-walks", "Short, frequent walks", Stage.CALM_AND_UNLOAD,
			Dosage.builder().durationMinutes(5).timesPerDay(4).build());

	static final Map<ExerciseCode, Exercise> LIBRARY = Map.of(BRIDGE.code(), BRIDGE, BIRD_DOG.code(), BIRD_DOG,
			CLAMSHELL.code(), CLAMSHELL, WALK.code(), WALK);

	static Exercise exercise(String code, String name, Stage stage, Dosage dosage) {
		return new Exercise(ExerciseCode.of(code), name, stage, MuscleGroup.GLUTES,
				List.of("Get into position.", "Move slowly."), List.of("Stop if you feel sharp leg pain."), dosage);
	}

	static ProgramTemplate template() {
		return new ProgramTemplate("standard", "Standard", "For most patients.", List.of(
				stage(Stage.CALM_AND_UNLOAD, new TemplateEntry(WALK.code(), null)),
				stage(Stage.RESTORE_MOBILITY, new TemplateEntry(WALK.code(), null)),
				stage(Stage.STRENGTHEN_AND_COORDINATE, new TemplateEntry(BRIDGE.code(), null), new TemplateEntry(
						BIRD_DOG.code(),
						Dosage.builder().sets(3).reps(6).holdSeconds(10).side(ExerciseSide.ALTERNATING).build())),
				stage(Stage.INTEGRATE_INTO_DAILY_LIFE,
						new TemplateEntry(WALK.code(), Dosage.builder().durationMinutes(30).daysPerWeek(5).build()))));
	}

	static TemplateStage stage(Stage stage, TemplateEntry... entries) {
		return new TemplateStage(stage, "Goal " + stage.number(), List.of(entries),
				List.of("Advice " + stage.number()));
	}

	private final Program program = template().toProgram(LIBRARY);

	private static final Stage THREE = Stage.STRENGTHEN_AND_COORDINATE;

	@Test
	void startsFromTheTemplatesGoalsExercisesAndDosages() {
		assertThat(this.program.templateCode()).isEqualTo("standard");
		assertThat(this.program.stage(THREE).exercises()).extracting(PrescribedExercise::code)
			.containsExactly(BRIDGE.code(), BIRD_DOG.code());
		assertThat(this.program.stage(THREE).find(BRIDGE.code()).orElseThrow().dosage())
			.isEqualTo(BRIDGE.defaultDosage());
		assertThat(this.program.stage(THREE).find(BIRD_DOG.code()).orElseThrow().dosage().holdSeconds()).isEqualTo(10);
		assertThat(this.program.stage(Stage.CALM_AND_UNLOAD).goal()).isEqualTo("Goal 1");
	}

	@Test
	void refusesATemplateThatRefersToAnExerciseTheLibraryLacks() {
		assertThatIllegalArgumentException().isThrownBy(() -> template().toProgram(Map.of(WALK.code(), WALK)))
			.withMessageContaining("glute-bridge");
	}

	@Test
	void addsAnExerciseAtTheEndOrAtAPosition() {
		Program changed = this.program.withExerciseAdded(THREE, PrescribedExercise.withDefaults(CLAMSHELL));
		assertThat(changed.stage(THREE).exercises()).extracting(PrescribedExercise::code)
			.containsExactly(BRIDGE.code(), BIRD_DOG.code(), CLAMSHELL.code());
		Program first = this.program.withExerciseAdded(THREE, PrescribedExercise.withDefaults(CLAMSHELL), 0);
		assertThat(first.stage(THREE).exercises().get(0).code()).isEqualTo(CLAMSHELL.code());
		assertThat(this.program.stage(THREE).exercises()).as("the original is untouched").hasSize(2);
	}

	@Test
	void refusesTheSameExerciseTwiceInAStage() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.program.withExerciseAdded(THREE, PrescribedExercise.withDefaults(BRIDGE)))
			.withMessageContaining("Glute bridge is already in stage 3");
	}

	@Test
	void letsAPhysiotherapistKeepAStageOneExerciseInALaterStage() {
		Program changed = this.program.withExerciseAdded(THREE, PrescribedExercise.withDefaults(WALK));
		assertThat(changed.stage(THREE).find(WALK.code())).isPresent();
	}

	@Test
	void removesMovesAndRedosesExercises() {
		Program changed = this.program.withExerciseMoved(THREE, BIRD_DOG.code(), 0)
			.withDosage(THREE, BRIDGE.code(), Dosage.builder().sets(3).reps(10).holdSeconds(5).build())
			.withExerciseRemoved(Stage.CALM_AND_UNLOAD, WALK.code());
		assertThat(changed.stage(THREE).exercises()).extracting(PrescribedExercise::code)
			.containsExactly(BIRD_DOG.code(), BRIDGE.code());
		assertThat(changed.stage(THREE).find(BRIDGE.code()).orElseThrow().dosage())
			.isEqualTo(Dosage.builder().sets(3).reps(10).holdSeconds(5).build());
		assertThat(changed.stage(Stage.CALM_AND_UNLOAD).exercises()).isEmpty();
	}

	@Test
	void refusesToEditAnExerciseTheStageDoesNotHold() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.program.withExerciseRemoved(THREE, CLAMSHELL.code()))
			.withMessageContaining("clamshell");
		assertThatIllegalArgumentException().isThrownBy(() -> this.program.withExerciseMoved(THREE, BRIDGE.code(), 5));
	}

	@Test
	void keepsGoalsAndNotesTrimmedAndRefusesAnEmptyGoal() {
		Program changed = this.program.withStageGoal(THREE, "  Bridge without pinching  ")
			.withNotes("  Works night shifts ")
			.withExerciseNote(THREE, BRIDGE.code(), " Small range on the left ");
		assertThat(changed.stage(THREE).goal()).isEqualTo("Bridge without pinching");
		assertThat(changed.notes()).isEqualTo("Works night shifts");
		assertThat(changed.stage(THREE).find(BRIDGE.code()).orElseThrow().note()).isEqualTo("Small range on the left");
		assertThatIllegalArgumentException().isThrownBy(() -> this.program.withStageGoal(THREE, "   "));
	}

	@Test
	void offersTheTimerWhenThePrescribedDosageHasAHoldOrDuration() {
		PrescribedExercise clamshell = PrescribedExercise.withDefaults(CLAMSHELL);
		assertThat(clamshell.isTimed()).isFalse();
		assertThat(clamshell.withDosage(Dosage.builder().holdSeconds(5).build()).isTimed()).isTrue();
		assertThat(WALK.isTimed()).isTrue();
	}

	@Test
	void refusesAnExerciseWithOneStepOrNoCaution() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Exercise(ExerciseCode.of("x1"), "X", Stage.CALM_AND_UNLOAD, MuscleGroup.GLUTES,
					List.of("Only step."), List.of("Careful."), Dosage.builder().reps(1).build()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Exercise(ExerciseCode.of("x1"), "X", Stage.CALM_AND_UNLOAD, MuscleGroup.GLUTES,
					List.of("One.", "Two."), List.of(), Dosage.builder().reps(1).build()));
	}

	@Test
	void refusesMalformedExerciseCodes() {
		assertThatIllegalArgumentException().isThrownBy(() -> ExerciseCode.of("Glute Bridge"));
		assertThatIllegalArgumentException().isThrownBy(() -> ExerciseCode.of("-bridge"));
		assertThat(ExerciseCode.of("knee-to-chest-2")).hasToString("knee-to-chest-2");
	}

}
