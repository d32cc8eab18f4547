package org.fourstage.domain.patient;

/**
 * The clinic already has a patient with this reference number.
 */
public class DuplicateReferenceException extends RuntimeException {

	public DuplicateReferenceException(String reference) {
		super("The reference " + reference + " is used by another patient of the clinic");
	}

}
