package org.fourstage.domain.assessment;

/**
 * Movements that bring the pain on or make it worse.
 */
public enum AggravatingFactor {

	ROLLING_OVER_IN_BED, COUGHING_OR_SNEEZING, RISING_FROM_A_CHAIR, CLIMBING_STAIRS, BENDING_FORWARD,
	BENDING_TO_THE_OPPOSITE_SIDE

}
