package org.fourstage.domain.assessment;

/**
 * The outcome of the red flag screen.
 */
public enum ScreenStatus {

	/** No red flag was answered yes. */
	CLEAR,

	/**
	 * At least one red flag: the patient needs a medical assessment, and no program may
	 * be assigned until a physio records a clinical override.
	 */
	URGENT_MEDICAL_ASSESSMENT

}
