package org.fourstage.domain.library;

import org.fourstage.domain.program.MuscleGroup;
import org.fourstage.domain.program.Stage;
import org.jspecify.annotations.Nullable;

/**
 * What a physiotherapist is looking for in the library.
 *
 * @param name part of the name, any case; blank for every name
 * @param stage only this stage, or null for all
 * @param target only this muscle group, or null for all
 */
public record ExerciseFilter(String name, @Nullable Stage stage, @Nullable MuscleGroup target) {

	/** Every exercise. */
	public static final ExerciseFilter ALL = new ExerciseFilter("", null, null);

	public ExerciseFilter {
		name = name.strip();
	}

}
