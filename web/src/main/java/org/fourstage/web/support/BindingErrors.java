package org.fourstage.web.support;

import org.fourstage.domain.validation.Violations;

import org.springframework.validation.BindingResult;

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

}
