package org.fourstage.domain.instrument;

/**
 * A named range of scores, such as "moderate disability" or "high risk".
 *
 * @param id stable id, for example {@code moderate}
 * @param label short label in our own words
 */
public record Band(String id, String label) {

	public Band {
		if (id.isBlank() || label.isBlank()) {
			throw new IllegalArgumentException("A band needs an id and a label");
		}
	}

}
