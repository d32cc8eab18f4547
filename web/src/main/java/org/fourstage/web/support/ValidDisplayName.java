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
import org.fourstage.domain.account.DisplayName;

/**
 * A form field holding a person's name the domain accepts: no markup, at most 100
 * characters; blank is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = ValidDisplayName.Validator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidDisplayName {

	String message() default "{validation.name}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Delegates to {@link DisplayName}, so the form and the domain agree.
	 */
	class Validator implements ConstraintValidator<ValidDisplayName, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || DisplayName.isValid(value);
		}

	}

}
