package org.fourstage.domain.program;

/**
 * One value a clinician entered that is out of bounds. The field key lets a form show its
 * own message, worded by the web module, next to the input it belongs to instead of at
 * the top of the page.
 *
 * @param field the key of the field, e.g. {@code reps}
 * @param message what is wrong, for developers: it goes into the
 * {@link InvalidFieldsException}'s message (a seed file with a wrong dosage) and is never
 * shown to a user
 */
public record FieldViolation(String field, String message) {

	public FieldViolation {
		if (field.isBlank() || message.isBlank()) {
			throw new IllegalArgumentException("A violation names its field and says what is wrong");
		}
	}

}
