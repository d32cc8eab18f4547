package org.fourstage.domain.clinic;

import java.time.Instant;
import java.util.Objects;

/**
 * A clinic of the deployment.
 *
 * @param id its identifier
 * @param name the name shown to its staff and patients
 * @param signInCode the code its people type when they sign in
 * @param createdAt when it was added
 */
public record Clinic(ClinicId id, ClinicName name, ClinicCode signInCode, Instant createdAt) {

	public Clinic {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(signInCode, "signInCode");
		Objects.requireNonNull(createdAt, "createdAt");
	}

}
