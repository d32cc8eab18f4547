package org.fourstage.domain.clinic;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The short code a clinic's people type when they sign in, once per device: lower-case
 * letters, digits and single hyphens, at most 30 characters. It chooses the clinic whose
 * account is meant, because one address may have separate accounts in several clinics.
 *
 * @param value the code, in lower case
 */
public record ClinicCode(String value) {

	public static final int MAX_LENGTH = 30;

	private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public ClinicCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a clinic sign-in code");
		}
		value = normal(value);
	}

	/**
	 * Whether text is a code, ignoring case and surrounding spaces.
	 * @param text what was typed
	 * @return true for a well-formed code
	 */
	public static boolean isValid(String text) {
		if (text == null) {
			return false;
		}
		String normal = normal(text);
		return normal.length() <= MAX_LENGTH && FORM.matcher(normal).matches();
	}

	private static String normal(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
