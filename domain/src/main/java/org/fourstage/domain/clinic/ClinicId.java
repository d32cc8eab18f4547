package org.fourstage.domain.clinic;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a clinic.
 *
 * @param value the identifier
 */
public record ClinicId(UUID value) {

	public ClinicId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
