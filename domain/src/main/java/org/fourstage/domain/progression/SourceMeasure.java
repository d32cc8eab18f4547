package org.fourstage.domain.progression;

/**
 * What a {@link CriterionSource} took from its entry.
 */
public enum SourceMeasure {

	/** A day's pain in the 7-day average (value: 0 to 10). */
	DAILY_PAIN,

	/** A day's pain in the average when the stage began (value: 0 to 10). */
	STAGE_START_PAIN,

	/** The flare-up the days without one count from (value: the days). */
	LAST_FLARE_UP,

	/** A session counted for adherence (value: its share done, 0 to 1). */
	SESSION_DONE_SHARE,

	/** A flare-up since the stage began (value: its peak pain). */
	FLARE_UP_PEAK,

	/** The side-bend re-check to the left (value: the result's name). */
	SIDE_BEND_LEFT,

	/** The side-bend re-check to the right (value: the result's name). */
	SIDE_BEND_RIGHT,

	/** The forward-bend re-check (value: the result's name). */
	FORWARD_BEND,

	/** The latest prone endurance hold (value: seconds). */
	ENDURANCE_HOLD_SECONDS,

	/** Whether that hold cramped (value: true or false). */
	ENDURANCE_HOLD_CRAMPED

}
