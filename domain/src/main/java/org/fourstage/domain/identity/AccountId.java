package org.fourstage.domain.identity;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an account.
 *
 * @param value the identifier
 */
public record AccountId(UUID value) {

	public AccountId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
