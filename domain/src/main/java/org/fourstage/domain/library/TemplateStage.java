package org.fourstage.domain.library;

import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.program.Stage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a template prescribes for one stage.
 *
 * @param stage the stage
 * @param goal the goal in plain words
 * @param exercises the exercises in the order they are done; at least one, no code twice
 * @param advice short pieces of advice for the stage, in order
 */
public record TemplateStage(Stage stage, String goal, List<TemplateEntry> exercises, List<String> advice) {

	public TemplateStage {
		if (goal.isBlank()) {
			throw new IllegalArgumentException("Stage " + stage.number() + " of a template needs a goal");
		}
		exercises = List.copyOf(exercises);
		advice = List.copyOf(advice);
		if (exercises.isEmpty()) {
			throw new IllegalArgumentException("Stage " + stage.number() + " of a template needs an exercise");
		}
		Set<ExerciseCode> seen = new HashSet<>();
		for (TemplateEntry entry : exercises) {
			if (!seen.add(entry.code())) {
				throw new IllegalArgumentException(
						"Stage " + stage.number() + " of a template lists " + entry.code() + " twice");
			}
		}
	}

	/**
	 * Whether the stage lists an exercise.
	 * @param code the exercise
	 * @return true when it is one of the stage's exercises
	 */
	public boolean lists(ExerciseCode code) {
		return this.exercises.stream().anyMatch((entry) -> entry.code().equals(code));
	}

	/**
	 * The stage with another goal.
	 * @param newGoal the goal
	 * @return the changed stage
	 */
	public TemplateStage withGoal(String newGoal) {
		return new TemplateStage(this.stage, newGoal, this.exercises, this.advice);
	}

	/**
	 * The stage with one more exercise at the end.
	 * @param entry the exercise
	 * @return the changed stage
	 * @throws IllegalArgumentException when the stage lists the exercise already
	 */
	public TemplateStage adding(TemplateEntry entry) {
		List<TemplateEntry> changed = new ArrayList<>(this.exercises);
		changed.add(entry);
		return new TemplateStage(this.stage, this.goal, changed, this.advice);
	}

	/**
	 * The stage without the exercise at a position.
	 * @param position 0 for the first exercise
	 * @return the changed stage
	 * @throws IllegalArgumentException when it is the stage's only exercise or the
	 * position is out of range
	 */
	public TemplateStage removing(int position) {
		checkPosition(position);
		List<TemplateEntry> changed = new ArrayList<>(this.exercises);
		changed.remove(position);
		return new TemplateStage(this.stage, this.goal, changed, this.advice);
	}

	/**
	 * The stage with one exercise swapped with its neighbour.
	 * @param position 0 for the first exercise
	 * @param earlier true to move it one place up, false one place down
	 * @return the changed stage; unchanged when the exercise is already first or last
	 */
	public TemplateStage moving(int position, boolean earlier) {
		checkPosition(position);
		int other = earlier ? position - 1 : position + 1;
		if (other < 0 || other >= this.exercises.size()) {
			return this;
		}
		List<TemplateEntry> changed = new ArrayList<>(this.exercises);
		changed.set(other, this.exercises.get(position));
		changed.set(position, this.exercises.get(other));
		return new TemplateStage(this.stage, this.goal, changed, this.advice);
	}

	/**
	 * The stage with another dosage for one exercise.
	 * @param position 0 for the first exercise
	 * @param dosage the dosage to use, or null to go back to the library default
	 * @return the changed stage
	 */
	public TemplateStage withDosage(int position, @Nullable Dosage dosage) {
		checkPosition(position);
		List<TemplateEntry> changed = new ArrayList<>(this.exercises);
		changed.set(position, new TemplateEntry(this.exercises.get(position).code(), dosage));
		return new TemplateStage(this.stage, this.goal, changed, this.advice);
	}

	private void checkPosition(int position) {
		if (position < 0 || position >= this.exercises.size()) {
			throw new IllegalArgumentException(
					"Stage " + this.stage.number() + " has no exercise at position " + position);
		}
	}

}
