package org.fourstage.domain.text;

import java.util.List;

/**
 * Something the domain says to a person, as a message key and the values it names. An
 * argument may itself be a phrase (a side-bend result inside an observation), so a
 * sentence can be built from parts that are each worded through the messages.
 *
 * @param code the message key, for example {@code advice.seen.average}
 * @param arguments the values the message names, in its order
 */
public record Phrase(String code, List<Object> arguments) {

	public Phrase {
		if (code.isBlank()) {
			throw new IllegalArgumentException("A phrase needs a message key");
		}
		arguments = List.copyOf(arguments);
	}

	/**
	 * A phrase.
	 * @param code the message key
	 * @param arguments the values the message names, in its order
	 * @return the phrase
	 */
	public static Phrase of(String code, Object... arguments) {
		return new Phrase(code, List.of(arguments));
	}

}
