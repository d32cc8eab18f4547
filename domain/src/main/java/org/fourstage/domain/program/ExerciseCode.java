package org.fourstage.domain.program;

import java.util.regex.Pattern;

/**
 * The stable code of a library exercise. Programs and templates refer to exercises by
 * code, so renaming an exercise never breaks a patient's program.
 *
 * @param value 2 to 60 lower-case letters, digits and single hyphens, e.g.
 * {@code glute-bridge}
 */
public record ExerciseCode(String value) implements Comparable<ExerciseCode> {

	private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public ExerciseCode {
		if (value.length() < 2 || value.length() > 60 || !FORM.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"An exercise code has 2 to 60 lower-case letters, digits and hyphens, not '" + value + "'");
		}
	}

	/**
	 * The code for a text.
	 * @param value the code text
	 * @return the code
	 */
	public static ExerciseCode of(String value) {
		return new ExerciseCode(value);
	}

	@Override
	public int compareTo(ExerciseCode other) {
		return this.value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
