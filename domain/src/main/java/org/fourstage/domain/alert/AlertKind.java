package org.fourstage.domain.alert;

/**
 * Why an alert was raised, most urgent first: the dashboard lists alerts in this order.
 */
public enum AlertKind {

	/** A flare-up came with a red-flag sign: the patient needs a clinician now. */
	RED_FLAG_SIGNS,

	/**
	 * A flare-up brought nerve signs the patient had not reported with an earlier one:
	 * pain below the knee, or sharp or shooting leg pain.
	 */
	NEW_NERVE_SIGNS,

	/** A pain rating rose by the clinic's spike threshold over the 7-day average. */
	PAIN_SPIKE

}
