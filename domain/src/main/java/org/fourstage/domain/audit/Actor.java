package org.fourstage.domain.audit;

import org.fourstage.domain.account.Role;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.identity.AccountId;

/**
 * Whoever acts on the clinic's data and is named in its audit entries: their account,
 * clinic, e-mail and role. The web's signed-in user is one; a use case run without a web
 * request (the demo generator, an alert, an export) names its own.
 */
public interface Actor {

	AccountId accountId();

	ClinicId clinicId();

	String email();

	Role role();

}
