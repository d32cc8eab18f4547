package org.fourstage.domain.assessment;

/**
 * How this episode of back pain started.
 */
public enum OnsetMechanism {

	LIFT, TWIST, FALL, GRADUAL, UNKNOWN

}
