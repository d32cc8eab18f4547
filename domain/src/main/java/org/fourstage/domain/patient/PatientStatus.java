package org.fourstage.domain.patient;

/**
 * Whether a patient is under treatment.
 */
public enum PatientStatus {

	ACTIVE, DISCHARGED

}
