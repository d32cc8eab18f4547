package org.fourstage.domain.validation;

/**
 * One refused field.
 *
 * @param field the path of the field, dot separated as in the domain records, for example
 * {@code pain.now} or {@code answers[lifting]}
 * @param code a message key the web layer resolves, for example
 * {@code assessment.nprs.range}
 * @param defaultMessage a short plain-language message used when no translation exists
 */
public record FieldError(String field, String code, String defaultMessage) {

	public FieldError {
		if (field.isBlank() || code.isBlank() || defaultMessage.isBlank()) {
			throw new IllegalArgumentException("A field error needs a field, a code and a message");
		}
	}

}
