package org.fourstage.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fourstage.domain.account.Role;
import org.fourstage.web.support.ValidDisplayName;
import org.fourstage.web.support.ValidEmailAddress;

/**
 * The admin's form for a new staff account.
 *
 * @param name the person's name
 * @param email the address they will sign in with
 * @param role ADMIN or PHYSIO
 */
record NewAccountForm(
		@NotBlank(message = "{validation.required}") @Size(max = 100,
				message = "{validation.tooLong}") @ValidDisplayName String name,
		@NotBlank(message = "{validation.required}") @Size(max = 254,
				message = "{validation.tooLong}") @ValidEmailAddress String email,
		@NotNull(message = "{validation.required}") Role role) {

	static NewAccountForm empty() {
		return new NewAccountForm("", "", Role.PHYSIO);
	}

}
