package org.fourstage.domain.patient;

/**
 * Sex as the patient states it; "not stated" is a valid answer.
 */
public enum Sex {

	FEMALE, MALE, OTHER, NOT_STATED

}
