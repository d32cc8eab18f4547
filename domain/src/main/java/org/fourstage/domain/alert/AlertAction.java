package org.fourstage.domain.alert;

/**
 * What the physio did about an alert. The stored names are kept: never rename one.
 */
public enum AlertAction {

	/** The patient's program was moved back to Stage 1. */
	REGRESSED_TO_STAGE_1,

	/** The patient was referred for a medical review. */
	REFERRED,

	/** The physio called the patient. */
	CALLED_PATIENT,

	/** Nothing was done, for a reason the physio gives. */
	NO_ACTION

}
