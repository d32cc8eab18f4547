package org.fourstage.domain.assessment;

import java.util.List;

/**
 * One feature that decided a finding, as shown to the physio: pages word it by its code
 * ({@code assessment.reason.<code>} in the messages) with its arguments.
 *
 * @param code a stable message key, for example {@code pattern.below-knee}
 * @param arguments the values the reason names, in the order its message uses them (for
 * example the pain rating of {@code stage.pain-now}); empty for most reasons
 */
public record Reason(String code, List<String> arguments) {

	public Reason {
		if (code.isBlank()) {
			throw new IllegalArgumentException("A reason needs a code");
		}
		arguments = List.copyOf(arguments);
	}

	public Reason(String code) {
		this(code, List.of());
	}

}
