package org.fourstage.domain.assessment;

/**
 * Where the patient puts a pillow to support the back and hips at night (not the head
 * pillow). Each sleep position has one placement that keeps the spine neutral.
 */
public enum PillowSupport {

	NONE, UNDER_THE_KNEES, BETWEEN_THE_KNEES, UNDER_THE_ABDOMEN

}
