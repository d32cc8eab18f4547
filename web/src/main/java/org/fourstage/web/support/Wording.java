package org.fourstage.web.support;

import java.util.List;

import org.fourstage.domain.text.Phrase;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words what the domain returns as a message key with arguments (why a questionnaire has
 * no score, what the progression advisor checked). Templates reach it as
 * {@code ${@wording.of(code, arguments)}}, where a message expression cannot take a list
 * of arguments of varying length.
 */
@Component("wording")
public class Wording {

	private final MessageSource messages;

	public Wording(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The message in the language of the current request.
	 * @param code the message key
	 * @param arguments the values the message names, in its order
	 * @return the text
	 */
	public String of(String code, List<?> arguments) {
		Object[] worded = arguments.stream()
			.map((argument) -> (argument instanceof Phrase phrase) ? of(phrase) : argument)
			.toArray();
		return this.messages.getMessage(code, worded, LocaleContextHolder.getLocale());
	}

	/**
	 * A phrase in the language of the current request; arguments that are phrases
	 * themselves are worded first.
	 * @param phrase the phrase
	 * @return the text
	 */
	public String of(Phrase phrase) {
		return of(phrase.code(), phrase.arguments());
	}

	/**
	 * A message with the given arguments, already worded.
	 * @param code the message key
	 * @param arguments the values the message names, in its order
	 * @return the text
	 */
	public String of(String code, Object... arguments) {
		return of(code, List.of(arguments));
	}

}
