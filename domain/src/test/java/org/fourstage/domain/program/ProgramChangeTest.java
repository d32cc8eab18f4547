package org.fourstage.domain.program;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fourstage.domain.program.ProgramTest.BIRD_DOG;
import static org.fourstage.domain.program.ProgramTest.BRIDGE;
import static org.fourstage.domain.program.ProgramTest.CLAMSHELL;
import static org.fourstage.domain.program.ProgramTest.LIBRARY;
import static org.fourstage.domain.program.ProgramTest.WALK;

class ProgramChangeTest {

	private static final Stage THREE = Stage.STRENGTHEN_AND_COORDINATE;

	private final Program before = ProgramTest.template().toProgram(LIBRARY);

	private static List<List<String>> texts(List<ProgramChange> changes) {
		return changes.stream().map(ProgramChange::texts).toList();
	}

	@Test
	void findsNoChangeBetweenEqualVersions() {
		assertThat(ProgramChange.between(this.before, this.before)).isEmpty();
	}

	@Test
	void describesAnAddedExerciseWithItsDosage() {
		Program after = this.before.withExerciseAdded(THREE, PrescribedExercise.withDefaults(CLAMSHELL));
		assertThat(ProgramChange.between(this.before, after)).singleElement().satisfies((change) -> {
			assertThat(change.kind()).isEqualTo(ProgramChangeKind.EXERCISE_ADDED);
			assertThat(change.stage()).isEqualTo(THREE);
			assertThat(change.texts()).containsExactly("Side-lying clamshell");
			assertThat(change.dosages())
				.containsExactly(Dosage.builder().sets(2).reps(10).side(ExerciseSide.BOTH).build());
		});
	}

	@Test
	void describesARemovalWithoutCallingTheShiftAReorder() {
		Program after = this.before.withExerciseRemoved(THREE, BRIDGE.code());
		assertThat(ProgramChange.between(this.before, after)).containsExactly(
				new ProgramChange(ProgramChangeKind.EXERCISE_REMOVED, THREE, List.of("Glute bridge"), List.of()));
	}

	@Test
	void describesAReorderWithTheNewOrder() {
		Program after = this.before.withExerciseMoved(THREE, BIRD_DOG.code(), 0);
		assertThat(ProgramChange.between(this.before, after)).singleElement().satisfies((change) -> {
			assertThat(change.kind()).isEqualTo(ProgramChangeKind.EXERCISES_REORDERED);
			assertThat(change.stage()).isEqualTo(THREE);
			assertThat(change.texts()).containsExactly("Bird-dog", "Glute bridge");
		});
	}

	@Test
	void describesADosageChangeFromOldToNewInPlainWords() {
		Program after = this.before.withDosage(THREE, BRIDGE.code(),
				Dosage.builder().sets(3).reps(10).holdSeconds(5).build());
		assertThat(ProgramChange.between(this.before, after)).singleElement().satisfies((change) -> {
			assertThat(change.kind()).isEqualTo(ProgramChangeKind.DOSAGE_CHANGED);
			assertThat(change.texts()).containsExactly("Glute bridge");
			assertThat(change.dosages()).containsExactly(Dosage.builder().sets(2).reps(8).holdSeconds(3).build(),
					Dosage.builder().sets(3).reps(10).holdSeconds(5).build());
		});
	}

	@Test
	void describesGoalNoteAdviceAndProgramNotesChangesInStageOrder() {
		Program after = this.before.withNotes("Night shifts")
			.withStageGoal(Stage.CALM_AND_UNLOAD, "Sleep through the night")
			.withExerciseNote(THREE, BRIDGE.code(), "Small range")
			.withStageAdvice(Stage.RESTORE_MOBILITY, List.of("Move little and often."));
		assertThat(ProgramChange.between(this.before, after)).extracting(ProgramChange::kind)
			.containsExactly(ProgramChangeKind.STAGE_GOAL_CHANGED, ProgramChangeKind.STAGE_ADVICE_CHANGED,
					ProgramChangeKind.EXERCISE_NOTE_CHANGED, ProgramChangeKind.PROGRAM_NOTES_CHANGED);
		assertThat(ProgramChange.between(this.before, after)).extracting(ProgramChange::stage)
			.containsExactly(Stage.CALM_AND_UNLOAD, Stage.RESTORE_MOBILITY, THREE, null);
		assertThat(texts(ProgramChange.between(this.before, after))).containsExactly(
				List.of("Goal 1", "Sleep through the night"), List.of(), List.of("Glute bridge", "Small range"),
				List.of("Night shifts"));
	}

	@Test
	void describesRemovedNotes() {
		Program noted = this.before.withNotes("Night shifts").withExerciseNote(THREE, BRIDGE.code(), "Small range");
		Program cleared = noted.withNotes("").withExerciseNote(THREE, BRIDGE.code(), "");
		assertThat(ProgramChange.between(noted, cleared)).extracting(ProgramChange::kind)
			.containsExactly(ProgramChangeKind.EXERCISE_NOTE_CHANGED, ProgramChangeKind.PROGRAM_NOTES_CHANGED);
		assertThat(texts(ProgramChange.between(noted, cleared))).containsExactly(List.of("Glute bridge", ""),
				List.of(""));
	}

	@Test
	void describesEveryChangeOfABusyEdit() {
		Program after = this.before.withExerciseRemoved(Stage.CALM_AND_UNLOAD, WALK.code())
			.withExerciseAdded(THREE, PrescribedExercise.withDefaults(CLAMSHELL), 0)
			.withExerciseMoved(THREE, BIRD_DOG.code(), 1);
		assertThat(ProgramChange.between(this.before, after)).extracting(ProgramChange::kind)
			.containsExactly(ProgramChangeKind.EXERCISE_REMOVED, ProgramChangeKind.EXERCISE_ADDED,
					ProgramChangeKind.EXERCISES_REORDERED);
	}

}
