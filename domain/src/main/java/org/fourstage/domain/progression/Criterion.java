package org.fourstage.domain.progression;

/**
 * The conditions the {@link ProgressionAdvisor} checks. Which ones apply depends on the
 * stage; the safety criteria apply in every stage.
 */
public enum Criterion {

	/** No new red flag since the last review. */
	NO_NEW_RED_FLAG,

	/** No progressive neurological sign such as spreading numbness or weakness. */
	NO_PROGRESSIVE_NEUROLOGICAL_SIGN,

	/** No new flare-up with sharp or shooting leg pain. */
	NO_FLARE_UP_WITH_LEG_PAIN,

	/** No new flare-up whose peak rose well above the 7-day average. */
	NO_FLARE_UP_PAIN_SPIKE,

	/** Pain has fallen enough since the stage began, or is low (Stage 1). */
	PAIN_EASED,

	/** The 7-day average pain is at or below the stage's ceiling (Stages 2 and 3). */
	PAIN_LOW_ENOUGH,

	/** Enough days without a flare-up. */
	FLARE_FREE_LONG_ENOUGH,

	/** Enough of the prescribed sessions done. */
	ADHERENCE_HIGH_ENOUGH,

	/** Side-bends are free on both sides. */
	SIDE_BENDS_FREE,

	/** The forward bend is comfortable. */
	FORWARD_BEND_COMFORTABLE,

	/** The prone endurance hold is long enough. */
	ENDURANCE_HOLD_LONG_ENOUGH,

	/** The prone endurance hold did not cramp. */
	ENDURANCE_HOLD_WITHOUT_CRAMP

}
