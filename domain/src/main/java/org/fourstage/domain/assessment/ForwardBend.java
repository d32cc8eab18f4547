package org.fourstage.domain.assessment;

/**
 * What the patient feels when slowly bending forward from standing.
 */
public enum ForwardBend {

	COMFORTABLE, ONE_SIDE_TIGHTER, CENTRAL_PULL, EASED_BY_KNEE_BEND

}
