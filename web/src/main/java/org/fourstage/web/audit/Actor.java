package org.fourstage.web.audit;

import org.fourstage.domain.account.Role;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.identity.AccountId;

/**
 * The signed-in person an audit entry names: their account, clinic, e-mail and role. The
 * security package's signed-in user is one, so the audit trail needs nothing from
 * security while security audits its sign-ins.
 */
public interface Actor {

	AccountId accountId();

	ClinicId clinicId();

	String email();

	Role role();

}
