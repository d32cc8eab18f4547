package org.fourstage.domain.library;

import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.Exercise;
import org.fourstage.domain.program.ExerciseCode;
import org.jspecify.annotations.Nullable;

/**
 * One exercise in a template stage, with a dosage that replaces the library default where
 * the template needs a different one (e.g. a longer QL stretch in the QL-focused
 * template).
 *
 * @param code the library exercise
 * @param dosageOverride the dosage to use instead of the default, or null to keep the
 * default
 */
public record TemplateEntry(ExerciseCode code, @Nullable Dosage dosageOverride) {

	/**
	 * The dosage a program starts from.
	 * @param exercise the library exercise this entry refers to
	 * @return the override, or the exercise's default dosage
	 */
	public Dosage dosageFor(Exercise exercise) {
		if (!exercise.code().equals(this.code)) {
			throw new IllegalArgumentException("Entry " + this.code + " does not refer to " + exercise.code());
		}
		return (this.dosageOverride != null) ? this.dosageOverride : exercise.defaultDosage();
	}

}
