package org.fourstage.domain.instrument;

import java.util.List;

/**
 * Why a response has no score, as a message key and the values it names; the web module
 * words it.
 *
 * @param code a message key, for example {@code instrument.too-few-answered}
 * @param arguments the values the message names, in its order; for
 * {@code instrument.too-few-answered} the items answered and the items a score needs
 */
public record NotScored(String code, List<Object> arguments) implements ScoreOutcome {

	public NotScored {
		arguments = List.copyOf(arguments);
	}

	public NotScored(String code) {
		this(code, List.of());
	}

	@Override
	public boolean isScored() {
		return false;
	}

}
