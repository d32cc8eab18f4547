package org.fourstage.domain.account;

import java.util.Locale;
import java.util.regex.Pattern;

import org.fourstage.domain.validation.FreeText;

/**
 * An email address used to sign in, kept in lower case so that the same person cannot
 * hold two accounts by changing the case of their address.
 *
 * @param value the normalised address
 */
public record EmailAddress(String value) {

	public static final int MAX_LENGTH = 254;

	// Deliberately simple: one @, no spaces or markup, a dot in the domain.
	// Deliverability is
	// the clinic's concern; this only catches typing mistakes and hostile input.
	private static final Pattern SHAPE = Pattern
		.compile("^[^@\\s<>\"'()\\[\\],;:\\\\]+@[^@\\s<>\"'()\\[\\],;:\\\\]+\\.[^@\\s<>\"'()\\[\\],;:\\\\.]{2,}$");

	public EmailAddress {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("An email address is required");
		}
		value = value.strip().toLowerCase(Locale.ROOT);
		if (value.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("An email address has at most " + MAX_LENGTH + " characters");
		}
		if (!FreeText.isStorableLine(value) || !SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException("This does not look like an email address");
		}
	}

	/**
	 * Whether the text is a valid email address.
	 * @param text the text
	 * @return true when {@code new EmailAddress(text)} would succeed
	 */
	public static boolean isValid(String text) {
		try {
			new EmailAddress(text);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
