package org.fourstage.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.Role;
import org.fourstage.web.support.ValidDisplayName;

/**
 * The admin's form for changing an account's name and role.
 *
 * @param name the person's name
 * @param role the role
 */
record AccountEditForm(
		@NotBlank(message = "{validation.required}") @Size(max = 100,
				message = "{validation.tooLong}") @ValidDisplayName String name,
		@NotNull(message = "{validation.required}") Role role) {

	static AccountEditForm of(Account account) {
		return new AccountEditForm(account.name().value(), account.role());
	}

}
