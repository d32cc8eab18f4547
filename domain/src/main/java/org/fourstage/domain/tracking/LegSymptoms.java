package org.fourstage.domain.tracking;

/**
 * How far down pain reached during a flare-up, from none to below the knee. Pain below
 * the knee points to an irritated nerve root more than pain that stays in the buttock.
 */
public enum LegSymptoms {

	NONE,

	BUTTOCK,

	DOWN_THE_LEG,

	BELOW_THE_KNEE;

	/**
	 * Whether the pain reached the leg at all.
	 * @return false for none or the buttock only
	 */
	public boolean inTheLeg() {
		return this == DOWN_THE_LEG || this == BELOW_THE_KNEE;
	}

}
