package org.fourstage.domain.program;

/**
 * The four stages of a rehabilitation program, in the order a patient moves through them.
 */
public enum Stage {

	/** Stage 1: reduce guarding and get easy, smooth movement back. */
	CALM_AND_UNLOAD,

	/** Stage 2: move the joints and tissues through their range again. */
	RESTORE_MOBILITY,

	/** Stage 3: trunk, hips and back learn to share the load. */
	STRENGTHEN_AND_COORDINATE,

	/** Stage 4: carry what was gained into work, sleep, sport and daily tasks. */
	INTEGRATE_INTO_DAILY_LIFE;

	/**
	 * The number clinicians and patients use for the stage.
	 * @return 1 to 4
	 */
	public int number() {
		return ordinal() + 1;
	}

	/**
	 * The stage with the given number.
	 * @param number 1 to 4
	 * @return the stage
	 */
	public static Stage ofNumber(int number) {
		if (number < 1 || number > values().length) {
			throw new IllegalArgumentException("A stage number is between 1 and 4, not " + number);
		}
		return values()[number - 1];
	}

	/**
	 * The stage after this one; the last stage has none.
	 * @return the next stage, or this one when it is the last
	 */
	public Stage next() {
		return (this == INTEGRATE_INTO_DAILY_LIFE) ? this : values()[ordinal() + 1];
	}

	/**
	 * The stage before this one; the first stage has none.
	 * @return the previous stage, or this one when it is the first
	 */
	public Stage previous() {
		return (this == CALM_AND_UNLOAD) ? this : values()[ordinal() - 1];
	}

}
