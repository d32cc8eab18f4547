package org.fourstage.domain.library;

import org.fourstage.domain.program.ExerciseCode;
import java.util.UUID;

/**
 * The database identity of an exercise row, used in addresses. Programs and templates
 * refer to exercises by {@link ExerciseCode}; this id names one row of the library.
 *
 * @param value the id
 */
public record ExerciseId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
