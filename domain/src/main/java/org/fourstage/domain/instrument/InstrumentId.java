package org.fourstage.domain.instrument;

import java.util.regex.Pattern;

/**
 * The stable identifier of an instrument, such as {@code disability-index}.
 *
 * @param value lower-case letters, digits and dashes
 */
public record InstrumentId(String value) {

	private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]{1,40}");

	public InstrumentId {
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("An instrument id is lower-case letters, digits and dashes: " + value);
		}
	}

	public static InstrumentId of(String value) {
		return new InstrumentId(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
