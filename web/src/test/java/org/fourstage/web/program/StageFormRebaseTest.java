package org.fourstage.web.program;

import java.util.List;

import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.program.PrescribedExercise;
import org.fourstage.domain.program.Program;
import org.fourstage.domain.program.Stage;
import org.fourstage.seeds.exercise.ExerciseLibrary;
import org.fourstage.seeds.template.ProgramTemplates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a conflict, the second physio's changes are replayed on top of the first one's
 * save: neither person's change is lost.
 */
class StageFormRebaseTest {

	private static final Stage ONE = Stage.CALM_AND_UNLOAD;

	private final Program base = ProgramTemplates.find("standard")
		.orElseThrow()
		.toProgram(ExerciseLibrary.load().byCode());

	private final List<ExerciseCode> codes = this.base.stage(ONE)
		.exercises()
		.stream()
		.map(PrescribedExercise::code)
		.toList();

	@Test
	void keepsTheirDosageChangeAndAddsMyNoteOnAnotherExercise() {
		Program theirs = this.base.withDosage(ONE, this.codes.get(0), Dosage.builder().reps(12).build());
		Program mine = this.base.withExerciseNote(ONE, this.codes.get(1), "Go slowly");

		Program rebased = StageForm.rebase(this.base, mine, theirs, ONE);

		assertThat(rebased.stage(ONE).find(this.codes.get(0)).orElseThrow().dosage().reps()).isEqualTo(12);
		assertThat(rebased.stage(ONE).find(this.codes.get(1)).orElseThrow().note()).isEqualTo("Go slowly");
	}

	@Test
	void myChangeToTheSameExerciseWinsAndTheirOtherChangesStay() {
		Program theirs = this.base.withDosage(ONE, this.codes.get(0), Dosage.builder().reps(12).build())
			.withStageGoal(ONE, "Their goal");
		Program mine = this.base.withDosage(ONE, this.codes.get(0), Dosage.builder().reps(8).build());

		Program rebased = StageForm.rebase(this.base, mine, theirs, ONE);

		assertThat(rebased.stage(ONE).find(this.codes.get(0)).orElseThrow().dosage().reps()).isEqualTo(8);
		assertThat(rebased.stage(ONE).goal()).isEqualTo("Their goal");
	}

	@Test
	void replaysMyDropAndMyOrderButLeavesTheirDropStanding() {
		Program theirs = this.base.withExerciseRemoved(ONE, this.codes.get(2));
		Program mine = this.base.withExerciseRemoved(ONE, this.codes.get(3))
			.withExerciseMoved(ONE, this.codes.get(1), 0);

		Program rebased = StageForm.rebase(this.base, mine, theirs, ONE);

		List<ExerciseCode> result = rebased.stage(ONE).exercises().stream().map(PrescribedExercise::code).toList();
		assertThat(result).doesNotContain(this.codes.get(2), this.codes.get(3));
		assertThat(result.get(0)).isEqualTo(this.codes.get(1));
		assertThat(result.get(1)).isEqualTo(this.codes.get(0));
	}

	@Test
	void changesNothingWhenIChangedNothing() {
		Program theirs = this.base.withStageGoal(ONE, "Their goal");

		assertThat(StageForm.rebase(this.base, this.base, theirs, ONE)).isEqualTo(theirs);
	}

}
