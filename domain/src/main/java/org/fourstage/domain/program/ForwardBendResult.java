package org.fourstage.domain.program;

/**
 * How a forward-bend re-check felt. Kept in the program package for the advisor until the
 * assessment package's own check results are reconciled with it.
 */
public enum ForwardBendResult {

	/** Comfortable all the way. */
	COMFORTABLE,

	/** One side of the lower back feels tighter or more guarded. */
	ONE_SIDE_TIGHTER,

	/** A pull in the centre of the spine rather than in the muscles. */
	CENTRAL_PULL,

	/** Only easier with the knees slightly bent. */
	EASED_BY_KNEE_BEND

}
