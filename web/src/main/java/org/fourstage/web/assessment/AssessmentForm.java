package org.fourstage.web.assessment;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The assessment form as posted. Every value arrives as text, so that a letter in a
 * number field or an unknown choice becomes a message next to that field rather than a
 * failed request; {@link AssessmentFormMapping} reads it into the domain's draft.
 *
 * @param version the version the physio opened, for optimistic locking
 * @param kind INITIAL or REASSESSMENT
 * @param assessedOn the date, yyyy-mm-dd
 * @param painNow pain now
 * @param painWorst worst pain in the last 24 hours
 * @param painOnWaking pain on waking
 * @param onsetDate when the pain started
 * @param mechanism how it started
 * @param previousEpisodes number of earlier episodes
 * @param locations the marked places as REGION:SIDE
 * @param spreadsInALine whether symptoms run along a line
 * @param qualities how it feels
 * @param sittingToleranceMinutes minutes of sitting before the ache
 * @param standingToleranceMinutes minutes of standing still before the ache
 * @param worseOnWaking worse on waking
 * @param morningStiffnessMinutes minutes of morning stiffness
 * @param wakesAtNight woken at night by pain
 * @param easesWithGentleMovement eased by gentle movement
 * @param aggravatingFactors movements that make it worse
 * @param sleepPosition usual sleep position
 * @param pillowSupport pillow placement
 * @param mattress state of the mattress
 * @param deskHoursPerDay desk hours per day
 * @param liftsAtWork lifting at work
 * @param stress stress 0 to 10
 * @param fearOfMovement fear of movement 0 to 10
 * @param activityLevel activity level
 * @param redFlagsAsked the physio went through every red flag question
 * @param redFlags the red flags answered yes
 * @param forwardBend forward bend
 * @param backwardLean backward lean
 * @param sideBendLeft side-bend left
 * @param sideBendRight side-bend right
 * @param proneHoldSeconds prone endurance hold in seconds
 * @param proneHoldCrampedOrShook whether the hold cramped or shook
 * @param pressureReproducesFamiliarAche whether pressure reproduces the familiar ache
 */
record AssessmentForm(@Nullable String version, @Nullable String kind, @Nullable String assessedOn,
		@Nullable String painNow, @Nullable String painWorst, @Nullable String painOnWaking, @Nullable String onsetDate,
		@Nullable String mechanism, @Nullable String previousEpisodes, @Nullable List<String> locations,
		@Nullable String spreadsInALine, @Nullable List<String> qualities, @Nullable String sittingToleranceMinutes,
		@Nullable String standingToleranceMinutes, @Nullable String worseOnWaking,
		@Nullable String morningStiffnessMinutes, @Nullable String wakesAtNight,
		@Nullable String easesWithGentleMovement, @Nullable List<String> aggravatingFactors,
		@Nullable String sleepPosition, @Nullable String pillowSupport, @Nullable String mattress,
		@Nullable String deskHoursPerDay, @Nullable String liftsAtWork, @Nullable String stress,
		@Nullable String fearOfMovement, @Nullable String activityLevel, @Nullable String redFlagsAsked,
		@Nullable List<String> redFlags, @Nullable String forwardBend, @Nullable String backwardLean,
		@Nullable String sideBendLeft, @Nullable String sideBendRight, @Nullable String proneHoldSeconds,
		@Nullable String proneHoldCrampedOrShook, @Nullable String pressureReproducesFamiliarAche) {

	/**
	 * Whether a list of ticked boxes holds a value, for the template.
	 * @param values the ticked values
	 * @param value the box
	 * @return whether it is ticked
	 */
	static boolean ticked(@Nullable List<String> values, String value) {
		return values != null && values.contains(value);
	}

	public boolean hasLocation(String value) {
		return ticked(this.locations, value);
	}

	public boolean hasQuality(String value) {
		return ticked(this.qualities, value);
	}

	public boolean hasFactor(String value) {
		return ticked(this.aggravatingFactors, value);
	}

	public boolean hasRedFlag(String value) {
		return ticked(this.redFlags, value);
	}

	public static boolean isTrue(@Nullable String value) {
		return "true".equals(value) || "on".equals(value);
	}

}
