package org.fourstage.domain.program;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

}
