package org.fourstage.domain.assessment;

import java.util.Set;

/**
 * How the pain behaves over the day and with movement.
 *
 * @param sittingToleranceMinutes minutes of sitting before the ache starts
 * @param standingToleranceMinutes minutes of standing still before the ache starts
 * @param worseOnWaking whether it is worse first thing in the morning
 * @param morningStiffnessMinutes how long the back stays stiff after getting up
 * @param wakesAtNight whether pain wakes the patient at night
 * @param easesWithGentleMovement whether gentle movement eases it
 * @param aggravatingFactors the movements that make it worse
 */
public record PainBehaviour(int sittingToleranceMinutes, int standingToleranceMinutes, boolean worseOnWaking,
		int morningStiffnessMinutes, boolean wakesAtNight, boolean easesWithGentleMovement,
		Set<AggravatingFactor> aggravatingFactors) {

	public PainBehaviour {
		if (sittingToleranceMinutes < 0 || standingToleranceMinutes < 0 || morningStiffnessMinutes < 0) {
			throw new IllegalArgumentException("Minutes cannot be negative");
		}
		aggravatingFactors = Set.copyOf(aggravatingFactors);
	}

	public boolean isAggravatedBy(AggravatingFactor factor) {
		return this.aggravatingFactors.contains(factor);
	}

}
