package org.fourstage.domain.clinic;

/**
 * The name of a clinic: 1 to 120 characters after trimming, and no markup.
 *
 * @param value the trimmed name
 */
public record ClinicName(String value) {

	public static final int MAX_LENGTH = 120;

	public ClinicName {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A clinic needs a name");
		}
		value = value.strip();
		if (value.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("A clinic name has at most " + MAX_LENGTH + " characters");
		}
		if (value.indexOf('<') >= 0 || value.indexOf('>') >= 0) {
			throw new IllegalArgumentException("A clinic name cannot contain < or >");
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
