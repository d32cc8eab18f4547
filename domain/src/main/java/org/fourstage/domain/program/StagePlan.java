package org.fourstage.domain.program;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One stage of a patient's program: its goal, the exercises in the order the patient does
 * them, and advice. A stage may be empty while a physiotherapist rebuilds it.
 *
 * @param stage the stage
 * @param goal the goal in plain words
 * @param exercises the exercises in order; no exercise twice
 * @param advice short pieces of advice, in order
 */
public record StagePlan(Stage stage, String goal, List<PrescribedExercise> exercises, List<String> advice) {

	public StagePlan {
		goal = goal.strip();
		if (goal.isEmpty()) {
			throw new IllegalArgumentException("Stage " + stage.number() + " needs a goal");
		}
		exercises = List.copyOf(exercises);
		advice = List.copyOf(advice);
		Set<ExerciseCode> seen = new HashSet<>();
		for (PrescribedExercise exercise : exercises) {
			if (!seen.add(exercise.code())) {
				throw new IllegalArgumentException(
						exercise.exercise().name() + " is already in stage " + stage.number());
			}
		}
	}

	/**
	 * The prescription of one exercise.
	 * @param code the exercise code
	 * @return the prescription, or empty when the stage does not hold it
	 */
	public Optional<PrescribedExercise> find(ExerciseCode code) {
		return this.exercises.stream().filter((exercise) -> exercise.code().equals(code)).findFirst();
	}

	StagePlan withGoal(String goal) {
		return new StagePlan(this.stage, goal, this.exercises, this.advice);
	}

	StagePlan withAdvice(List<String> advice) {
		return new StagePlan(this.stage, this.goal, this.exercises, advice);
	}

	StagePlan withAdded(PrescribedExercise exercise, int position) {
		if (position < 0 || position > this.exercises.size()) {
			throw new IllegalArgumentException(
					"Position " + (position + 1) + " is outside stage " + this.stage.number());
		}
		List<PrescribedExercise> changed = new ArrayList<>(this.exercises);
		changed.add(position, exercise);
		return new StagePlan(this.stage, this.goal, changed, this.advice);
	}

	StagePlan withRemoved(ExerciseCode code) {
		int index = indexOf(code);
		List<PrescribedExercise> changed = new ArrayList<>(this.exercises);
		changed.remove(index);
		return new StagePlan(this.stage, this.goal, changed, this.advice);
	}

	StagePlan withMoved(ExerciseCode code, int position) {
		int index = indexOf(code);
		if (position < 0 || position >= this.exercises.size()) {
			throw new IllegalArgumentException(
					"Position " + (position + 1) + " is outside stage " + this.stage.number());
		}
		List<PrescribedExercise> changed = new ArrayList<>(this.exercises);
		PrescribedExercise moved = changed.remove(index);
		changed.add(position, moved);
		return new StagePlan(this.stage, this.goal, changed, this.advice);
	}

	StagePlan withChanged(ExerciseCode code, UnaryOperator<PrescribedExercise> change) {
		int index = indexOf(code);
		List<PrescribedExercise> changed = new ArrayList<>(this.exercises);
		changed.set(index, change.apply(changed.get(index)));
		return new StagePlan(this.stage, this.goal, changed, this.advice);
	}

	private int indexOf(ExerciseCode code) {
		for (int i = 0; i < this.exercises.size(); i++) {
			if (this.exercises.get(i).code().equals(code)) {
				return i;
			}
		}
		throw new IllegalArgumentException("Stage " + this.stage.number() + " has no exercise " + code);
	}

}
