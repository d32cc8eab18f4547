package org.fourstage.domain.tracking;

import org.fourstage.domain.account.Role;
import org.fourstage.domain.identity.AccountId;

/**
 * Who entered a tracking entry: the patient themselves or a physio on their behalf.
 *
 * @param accountId the account that entered it
 * @param role {@link Role#PATIENT} or {@link Role#PHYSIO}
 */
public record RecordedBy(AccountId accountId, Role role) {

	public RecordedBy {
		if (role == Role.ADMIN) {
			throw new IllegalArgumentException("Entries are recorded by the patient or a physio, not an admin");
		}
	}

	/**
	 * Whether the patient entered it themselves.
	 * @return true for the patient's own entry
	 */
	public boolean byPatient() {
		return this.role == Role.PATIENT;
	}

}
