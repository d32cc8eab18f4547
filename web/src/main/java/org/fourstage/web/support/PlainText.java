package org.fourstage.web.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Free text a clinician types for patients to read (exercise steps, goals): no markup
 * brackets and no invisible control characters, so that nothing typed can ever be taken
 * for HTML on a page or a printed sheet. Line breaks and tabs are fine.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	String message() default "{validation.plainText}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Refuses angle brackets and control characters other than line breaks and tabs.
	 */
	class Validator implements ConstraintValidator<PlainText, String> {

		private static final Pattern REFUSED = Pattern
			.compile("[<>\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]");

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || !REFUSED.matcher(value).find();
		}

	}

}
