package org.fourstage.domain.assessment;

/**
 * One feature that decided a finding, as shown to the physio.
 *
 * @param code a stable message key, for example {@code pattern.below-knee}
 * @param text the same reason in plain words, used when no translation exists
 */
public record Reason(String code, String text) {

	public Reason {
		if (code.isBlank() || text.isBlank()) {
			throw new IllegalArgumentException("A reason needs a code and a text");
		}
	}

}
