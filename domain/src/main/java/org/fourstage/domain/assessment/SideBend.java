package org.fourstage.domain.assessment;

/**
 * How bending to one side feels, sliding the hand down the outside of the thigh.
 */
public enum SideBend {

	FREE, STIFF, PAINFUL_OVER_QL

}
