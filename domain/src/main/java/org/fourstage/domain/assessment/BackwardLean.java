package org.fourstage.domain.assessment;

/**
 * What the patient feels when gently leaning backward.
 */
public enum BackwardLean {

	COMFORTABLE, PINCHING_AT_ONE_SPOT, MUSCULAR_STRETCH

}
