package org.fourstage.domain.clinic;

/**
 * Another clinic of the deployment already has this name.
 */
public class DuplicateClinicNameException extends RuntimeException {

	public DuplicateClinicNameException(ClinicName name) {
		super("A clinic named '" + name + "' exists already");
	}

}
