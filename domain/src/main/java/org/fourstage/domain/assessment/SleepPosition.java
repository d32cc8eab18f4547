package org.fourstage.domain.assessment;

/**
 * The position the patient usually sleeps in.
 */
public enum SleepPosition {

	BACK, SIDE, STOMACH

}
