package org.fourstage.domain.assessment;

/**
 * Whether this is the first assessment of an episode or a later re-check.
 */
public enum AssessmentKind {

	INITIAL, REASSESSMENT

}
