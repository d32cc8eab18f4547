package org.fourstage.domain.assessment;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An assessment as entered, before the rules have checked it: every value may be missing
 * or out of range. The web layer maps its form onto this and hands it to
 * {@link AssessmentValidator}, which either builds an {@link Assessment} or says, field
 * by field, what is wrong. Field paths in the violations follow the component names here,
 * for example {@code pain.now} or {@code behaviour.morningStiffnessMinutes}.
 *
 * @param kind initial assessment or re-assessment
 * @param assessedOn the day of the assessment
 * @param pain pain intensity section
 * @param history history section
 * @param where where it hurts
 * @param qualities how it feels; an empty set is allowed
 * @param behaviour behaviour section
 * @param sleepAndHabits sleep and habits section
 * @param redFlags the red flags answered yes; {@code null} means the screen was not done
 * @param physicalChecks physical checks section
 */
public record AssessmentDraft(@Nullable AssessmentKind kind, @Nullable LocalDate assessedOn, @Nullable Pain pain,
		@Nullable History history, @Nullable Where where, @Nullable Set<PainQuality> qualities,
		@Nullable Behaviour behaviour, @Nullable Habits sleepAndHabits, @Nullable Set<RedFlag> redFlags,
		@Nullable Checks physicalChecks) {

	/**
	 * Pain intensity as entered.
	 *
	 * @param now rating now
	 * @param worstLast24Hours worst rating in the last 24 hours
	 * @param onWaking rating on waking
	 */
	public record Pain(@Nullable Integer now, @Nullable Integer worstLast24Hours, @Nullable Integer onWaking) {

	}

	/**
	 * History as entered.
	 *
	 * @param onsetDate the day the pain started
	 * @param mechanism how it started
	 * @param previousEpisodes earlier episodes
	 */
	public record History(@Nullable LocalDate onsetDate, @Nullable OnsetMechanism mechanism,
			@Nullable Integer previousEpisodes) {

	}

	/**
	 * The body chart as entered.
	 *
	 * @param locations the marked places
	 * @param spreadsInALine whether the symptoms run along a line
	 */
	public record Where(@Nullable Set<PainLocation> locations, boolean spreadsInALine) {

	}

	/**
	 * Behaviour as entered.
	 *
	 * @param sittingToleranceMinutes minutes of sitting before the ache
	 * @param standingToleranceMinutes minutes of standing still before the ache
	 * @param worseOnWaking worse on waking
	 * @param morningStiffnessMinutes minutes of morning stiffness
	 * @param wakesAtNight woken by pain at night
	 * @param easesWithGentleMovement eased by gentle movement
	 * @param aggravatingFactors movements that make it worse
	 */
	public record Behaviour(@Nullable Integer sittingToleranceMinutes, @Nullable Integer standingToleranceMinutes,
			boolean worseOnWaking, @Nullable Integer morningStiffnessMinutes, boolean wakesAtNight,
			boolean easesWithGentleMovement, @Nullable Set<AggravatingFactor> aggravatingFactors) {

	}

	/**
	 * Sleep and habits as entered.
	 *
	 * @param sleepPosition usual sleep position
	 * @param pillowSupport supporting pillow placement
	 * @param mattress state of the mattress
	 * @param deskHoursPerDay hours at a desk per day
	 * @param liftsAtWork lifting at work
	 * @param stress stress 0 to 10
	 * @param fearOfMovement fear of movement 0 to 10
	 * @param activityLevel activity level
	 */
	public record Habits(@Nullable SleepPosition sleepPosition, @Nullable PillowSupport pillowSupport,
			@Nullable Mattress mattress, @Nullable Double deskHoursPerDay, boolean liftsAtWork,
			@Nullable Integer stress, @Nullable Integer fearOfMovement, @Nullable ActivityLevel activityLevel) {

	}

	/**
	 * Physical checks as entered.
	 *
	 * @param forwardBend forward bend
	 * @param backwardLean backward lean
	 * @param sideBendLeft side-bend to the left
	 * @param sideBendRight side-bend to the right
	 * @param proneHoldSeconds seconds of the prone endurance hold
	 * @param proneHoldCrampedOrShook whether it cramped or shook
	 * @param pressureReproducesFamiliarAche whether pressure reproduces the familiar ache
	 */
	public record Checks(@Nullable ForwardBend forwardBend, @Nullable BackwardLean backwardLean,
			@Nullable SideBend sideBendLeft, @Nullable SideBend sideBendRight, @Nullable Integer proneHoldSeconds,
			boolean proneHoldCrampedOrShook, boolean pressureReproducesFamiliarAche) {

	}

}
