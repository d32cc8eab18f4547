package org.fourstage.domain.assessment;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a stored assessment.
 *
 * @param value the identifier
 */
public record AssessmentId(UUID value) {

	public AssessmentId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
