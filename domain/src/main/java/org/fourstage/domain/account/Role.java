package org.fourstage.domain.account;

/**
 * What a person does in a clinic, which decides what they may see and change.
 */
public enum Role {

	/** Manages the clinic's accounts, settings and audit log; reads no clinical notes. */
	ADMIN,

	/** Assesses patients, assigns and adapts programs, follows progress. */
	PHYSIO,

	/** Sees and logs their own program, and nothing of anybody else. */
	PATIENT;

	/**
	 * Staff roles are given by an admin; patient accounts come with a patient record.
	 * @return whether this is a staff role
	 */
	public boolean isStaff() {
		return this != PATIENT;
	}

}
