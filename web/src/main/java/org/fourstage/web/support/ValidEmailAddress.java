package org.fourstage.web.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.fourstage.domain.account.EmailAddress;

/**
 * A form field holding an email address the domain accepts; blank is left to
 * {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = ValidEmailAddress.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidEmailAddress {

	String message() default "{validation.email}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Delegates to {@link EmailAddress}, so the form and the domain agree.
	 */
	class Validator implements ConstraintValidator<ValidEmailAddress, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || EmailAddress.isValid(value);
		}

	}

}
