package org.fourstage.domain.tracking;

/**
 * What the patient thinks set a flare-up off.
 */
public enum FlareTrigger {

	SITTING,

	STANDING,

	BENDING,

	LIFTING,

	TWISTING,

	SLEEP_OR_MORNING,

	STRESS,

	SPORT,

	UNKNOWN

}
