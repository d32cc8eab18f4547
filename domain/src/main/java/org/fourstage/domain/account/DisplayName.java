package org.fourstage.domain.account;

/**
 * The name shown for a person: 1 to 100 characters after trimming, no markup.
 *
 * @param value the trimmed name
 */
public record DisplayName(String value) {

	public static final int MAX_LENGTH = 100;

	public DisplayName {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A name is required");
		}
		value = value.strip();
		if (value.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("A name has at most " + MAX_LENGTH + " characters");
		}
		if (value.chars().anyMatch((c) -> c == '<' || c == '>' || Character.isISOControl(c))) {
			throw new IllegalArgumentException("A name cannot contain < or > or control characters");
		}
	}

	/**
	 * Whether the text is an acceptable name.
	 * @param text the text
	 * @return true when {@code new DisplayName(text)} would succeed
	 */
	public static boolean isValid(String text) {
		try {
			new DisplayName(text);
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
