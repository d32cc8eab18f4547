package org.fourstage.domain.patient;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a patient record.
 *
 * @param value the identifier
 */
public record PatientId(UUID value) {

	public PatientId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
