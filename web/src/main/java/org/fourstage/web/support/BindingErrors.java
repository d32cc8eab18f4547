package org.fourstage.web.support;

import org.fourstage.domain.validation.Violations;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Puts the domain's field-keyed violations next to the matching form fields.
 */
public final class BindingErrors {

	private BindingErrors() {
	}

	/**
	 * Adds each violation to its field, unless the form's own checks already flagged it.
	 * @param violations the domain's verdict
	 * @param result the form's binding result
	 */
	public static void apply(Violations violations, BindingResult result) {
		violations.errors().forEach((error) -> {
			if (!result.hasFieldErrors(error.field())) {
				result.rejectValue(error.field(), error.code(), error.defaultMessage());
			}
		});
	}

	/**
	 * What was typed into a text field, also when the binder refused it because it holds
	 * a character no text may hold, so that a page can name the problem and give the text
	 * back instead of losing it.
	 * @param bound the form's value, null when refused or not sent
	 * @param result the form's binding result
	 * @param field the field
	 * @return the text as typed, empty when nothing was sent
	 */
	public static String typedText(@Nullable String bound, BindingResult result, String field) {
		if (bound != null) {
			return bound;
		}
		FieldError refused = result.getFieldError(field);
		return (refused != null && refused.getRejectedValue() instanceof String text) ? text : "";
	}

}
