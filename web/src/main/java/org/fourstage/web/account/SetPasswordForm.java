package org.fourstage.web.account;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * The form on a set-password link.
 *
 * @param token the link's secret
 * @param password the new password
 * @param confirmation the same password again
 */
record SetPasswordForm(@Nullable String token, @NotBlank(message = "{validation.required}") String password,
		@NotBlank(message = "{validation.required}") String confirmation) {

}
