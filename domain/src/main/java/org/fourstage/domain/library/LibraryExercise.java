package org.fourstage.domain.library;

import org.fourstage.domain.program.Exercise;
import org.fourstage.domain.clinic.ClinicId;
import org.jspecify.annotations.Nullable;

/**
 * An exercise as a clinic finds it in the library: either shared by every clinic (shipped
 * with FourStage, read-only) or the clinic's own.
 *
 * @param id the stored row
 * @param owner the clinic that made it, or null for a shared exercise
 * @param exercise the exercise
 */
public record LibraryExercise(ExerciseId id, @Nullable ClinicId owner, Exercise exercise) {

	/**
	 * Whether every clinic sees this exercise and nobody may change it.
	 * @return true for an exercise shipped with FourStage
	 */
	public boolean shared() {
		return this.owner == null;
	}

}
