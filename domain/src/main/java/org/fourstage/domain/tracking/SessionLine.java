package org.fourstage.domain.tracking;

import org.fourstage.domain.program.ExerciseCode;
import org.jspecify.annotations.Nullable;

/**
 * One exercise row of a session form as typed, before it is checked.
 *
 * @param exercise the exercise of the program
 * @param prescribed what the program prescribes for it
 * @param completion done, partly or skipped; null when not chosen
 * @param sets sets done
 * @param reps repetitions done
 * @param holdSeconds hold done
 */
public record SessionLine(ExerciseCode exercise, Amount prescribed, @Nullable Completion completion,
		@Nullable Integer sets, @Nullable Integer reps, @Nullable Integer holdSeconds) {

}
