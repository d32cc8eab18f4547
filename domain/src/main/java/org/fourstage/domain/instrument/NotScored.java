package org.fourstage.domain.instrument;

import java.util.List;

/**
 * Why a response has no score.
 *
 * @param code a message key, for example {@code instrument.too-few-answered}
 * @param reason the same in plain words
 * @param arguments the numbers the message names, in its order; for
 * {@code instrument.too-few-answered} the items answered and the items a score needs
 */
public record NotScored(String code, String reason, List<Integer> arguments) implements ScoreOutcome {

	public NotScored {
		arguments = List.copyOf(arguments);
	}

	public NotScored(String code, String reason) {
		this(code, reason, List.of());
	}

	@Override
	public boolean isScored() {
		return false;
	}

}
