package org.fourstage.domain.program;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * A patient's four-stage program as a physiotherapist customised it. It is a value: every
 * edit returns a new program, so two versions can be compared ({@link ProgramChange}) and
 * persistence can keep each version.
 *
 * @param templateCode the template it started from, or null when built from scratch
 * @param stages the four stage plans, in stage order
 * @param notes personal notes on the whole program; empty when there are none
 */
public record Program(@Nullable String templateCode, List<StagePlan> stages, String notes) {

	/** Notes are for a few sentences, not a report. */
	public static final int MAX_NOTES_LENGTH = 4000;

	public Program {
		stages = List.copyOf(stages);
		if (stages.size() != Stage.values().length) {
			throw new IllegalArgumentException("A program has all four stages");
		}
		for (Stage stage : Stage.values()) {
			if (stages.get(stage.ordinal()).stage() != stage) {
				throw new IllegalArgumentException("A program lists its stages in order");
			}
		}
		notes = notes.strip();
		if (notes.length() > MAX_NOTES_LENGTH) {
			throw new IllegalArgumentException("Program notes have at most " + MAX_NOTES_LENGTH + " characters");
		}
	}

	/**
	 * The plan for one stage.
	 * @param stage the stage
	 * @return its plan
	 */
	public StagePlan stage(Stage stage) {
		return this.stages.get(stage.ordinal());
	}

	/**
	 * Adds an exercise at the end of a stage. Any library exercise may go into any stage:
	 * the physiotherapist may, for example, keep a Stage 1 walk going in Stage 3.
	 * @param stage the stage
	 * @param exercise the prescription
	 * @return the changed program
	 * @throws IllegalArgumentException when the stage already holds that exercise
	 */
	public Program withExerciseAdded(Stage stage, PrescribedExercise exercise) {
		return withExerciseAdded(stage, exercise, stage(stage).exercises().size());
	}

	/**
	 * Adds an exercise at a position of a stage.
	 * @param stage the stage
	 * @param exercise the prescription
	 * @param position 0-based position; the current size appends
	 * @return the changed program
	 */
	public Program withExerciseAdded(Stage stage, PrescribedExercise exercise, int position) {
		return withStage(stage, (plan) -> plan.withAdded(exercise, position));
	}

	/**
	 * Removes an exercise from a stage.
	 * @param stage the stage
	 * @param code the exercise
	 * @return the changed program
	 * @throws IllegalArgumentException when the stage does not hold the exercise
	 */
	public Program withExerciseRemoved(Stage stage, ExerciseCode code) {
		return withStage(stage, (plan) -> plan.withRemoved(code));
	}

	/**
	 * Moves an exercise to another position in its stage.
	 * @param stage the stage
	 * @param code the exercise
	 * @param position the 0-based position it takes
	 * @return the changed program
	 */
	public Program withExerciseMoved(Stage stage, ExerciseCode code, int position) {
		return withStage(stage, (plan) -> plan.withMoved(code, position));
	}

	/**
	 * Changes the dosage of an exercise.
	 * @param stage the stage
	 * @param code the exercise
	 * @param dosage the new dosage
	 * @return the changed program
	 */
	public Program withDosage(Stage stage, ExerciseCode code, Dosage dosage) {
		return withStage(stage, (plan) -> plan.withChanged(code, (exercise) -> exercise.withDosage(dosage)));
	}

	/**
	 * Changes the personal note on an exercise.
	 * @param stage the stage
	 * @param code the exercise
	 * @param note the note; empty removes it
	 * @return the changed program
	 */
	public Program withExerciseNote(Stage stage, ExerciseCode code, String note) {
		return withStage(stage, (plan) -> plan.withChanged(code, (exercise) -> exercise.withNote(note)));
	}

	/**
	 * Changes the goal of a stage.
	 * @param stage the stage
	 * @param goal the new goal
	 * @return the changed program
	 */
	public Program withStageGoal(Stage stage, String goal) {
		return withStage(stage, (plan) -> plan.withGoal(goal));
	}

	/**
	 * Replaces the advice of a stage.
	 * @param stage the stage
	 * @param advice the advice, in order
	 * @return the changed program
	 */
	public Program withStageAdvice(Stage stage, List<String> advice) {
		return withStage(stage, (plan) -> plan.withAdvice(advice));
	}

	/**
	 * Replaces the personal notes on the whole program.
	 * @param notes the notes; empty removes them
	 * @return the changed program
	 */
	public Program withNotes(String notes) {
		return new Program(this.templateCode, this.stages, notes);
	}

	private Program withStage(Stage stage, UnaryOperator<StagePlan> change) {
		List<StagePlan> changed = new ArrayList<>(this.stages);
		changed.set(stage.ordinal(), change.apply(stage(stage)));
		return new Program(this.templateCode, changed, this.notes);
	}

}
