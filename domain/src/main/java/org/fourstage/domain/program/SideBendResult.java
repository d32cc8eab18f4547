package org.fourstage.domain.program;

/**
 * How a side-bend re-check felt on one side. Kept in the program package for the advisor
 * until the assessment package's own check results are reconciled with it.
 */
public enum SideBendResult {

	/** Bends freely and comfortably. */
	FREE,

	/** Bends, but stiffly or blocked. */
	STIFF,

	/** Hurts over the flank between the lowest rib and the pelvis (the QL area). */
	PAINFUL_OVER_QL

}
