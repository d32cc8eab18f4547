package org.fourstage.domain.tracking;

/**
 * Why an entry needs the physiotherapist's attention now. All three are urgent; they are
 * listed in the order a dashboard shows them.
 */
public enum AlertKind {

	/** A flare-up came with a red-flag sign: contact the patient, consider referral. */
	FLARE_UP_RED_FLAG_SIGN,

	/**
	 * A flare-up brought nerve signs (pain below the knee, or sharp or shooting pain) not
	 * reported before, or reaching further than before.
	 */
	FLARE_UP_NEW_NERVE_SIGNS,

	/**
	 * A pain rating rose by the spike threshold or more over the 7-day average before.
	 */
	PAIN_SPIKE

}
