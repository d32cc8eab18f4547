package org.fourstage.domain.assessment;

import java.util.List;

/**
 * One feature that decided a finding, as shown to the physio.
 *
 * @param code a stable message key, for example {@code pattern.below-knee}
 * @param text the same reason in plain words, used when no translation exists
 * @param arguments the values the reason names, in the order its message uses them (for
 * example the pain rating of {@code stage.pain-now}); empty for most reasons
 */
public record Reason(String code, String text, List<String> arguments) {

	public Reason {
		if (code.isBlank() || text.isBlank()) {
			throw new IllegalArgumentException("A reason needs a code and a text");
		}
		arguments = List.copyOf(arguments);
	}

	public Reason(String code, String text) {
		this(code, text, List.of());
	}

}
