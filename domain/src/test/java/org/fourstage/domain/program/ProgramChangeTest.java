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

	private static List<String> descriptions(List<ProgramChange> changes) {
		return changes.stream().map(ProgramChange::description).toList();
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
			assertThat(change.description())
				.isEqualTo("Added Side-lying clamshell to Stage 3: 2 sets of 10 each side.");
		});
	}

	@Test
	void describesARemovalWithoutCallingTheShiftAReorder() {
		Program after = this.before.withExerciseRemoved(THREE, BRIDGE.code());
		assertThat(descriptions(ProgramChange.between(this.before, after)))
			.containsExactly("Removed Glute bridge from Stage 3.");
	}

	@Test
	void describesAReorderWithTheNewOrder() {
		Program after = this.before.withExerciseMoved(THREE, BIRD_DOG.code(), 0);
		assertThat(ProgramChange.between(this.before, after)).singleElement().satisfies((change) -> {
			assertThat(change.kind()).isEqualTo(ProgramChangeKind.EXERCISES_REORDERED);
			assertThat(change.description()).isEqualTo("Reordered Stage 3: Bird-dog, Glute bridge.");
		});
	}

	@Test
	void describesADosageChangeFromOldToNewInPlainWords() {
		Program after = this.before.withDosage(THREE, BRIDGE.code(),
				Dosage.builder().sets(3).reps(10).holdSeconds(5).build());
		assertThat(descriptions(ProgramChange.between(this.before, after))).containsExactly(
				"Changed the dosage of Glute bridge in Stage 3 from \"2 sets of 8, hold 3 seconds\" to \"3 sets of 10, hold 5 seconds\".");
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
		assertThat(descriptions(ProgramChange.between(this.before, after))).containsExactly(
				"Changed the goal of Stage 1 from \"Goal 1\" to \"Sleep through the night\".",
				"Changed the advice for Stage 2.", "Changed the note on Glute bridge in Stage 3 to \"Small range\".",
				"Changed the program notes to \"Night shifts\".");
	}

	@Test
	void describesRemovedNotes() {
		Program noted = this.before.withNotes("Night shifts").withExerciseNote(THREE, BRIDGE.code(), "Small range");
		Program cleared = noted.withNotes("").withExerciseNote(THREE, BRIDGE.code(), "");
		assertThat(descriptions(ProgramChange.between(noted, cleared)))
			.containsExactly("Removed the note on Glute bridge in Stage 3.", "Removed the program notes.");
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
