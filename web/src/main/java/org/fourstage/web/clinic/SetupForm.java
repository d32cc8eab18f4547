package org.fourstage.web.clinic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fourstage.web.support.ValidDisplayName;
import org.fourstage.web.support.ValidEmailAddress;
import org.jspecify.annotations.Nullable;

/**
 * The first-run form: the first clinic and its admin.
 *
 * @param token the setup link's secret
 * @param clinicName the clinic's name
 * @param adminName the admin's name
 * @param email the admin's sign-in address
 * @param password the admin's password
 * @param confirmation the password again
 */
record SetupForm(@Nullable String token,
		@NotBlank(message = "{validation.required}") @Size(max = 120,
				message = "{validation.tooLong}") @ValidDisplayName String clinicName,
		@NotBlank(message = "{validation.required}") @Size(max = 100,
				message = "{validation.tooLong}") @ValidDisplayName String adminName,
		@NotBlank(message = "{validation.required}") @Size(max = 254,
				message = "{validation.tooLong}") @ValidEmailAddress String email,
		@NotBlank(message = "{validation.required}") String password,
		@NotBlank(message = "{validation.required}") String confirmation) {

}
