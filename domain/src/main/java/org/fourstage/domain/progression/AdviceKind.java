package org.fourstage.domain.progression;

/**
 * What the {@link ProgressionAdvisor} suggests. It only advises: the physiotherapist
 * decides and records the reason.
 */
public enum AdviceKind {

	/** Move on to the next stage. */
	ADVANCE,

	/** Stay in the current stage; some criterion is not met yet or data is missing. */
	HOLD,

	/** Go back to Stage 1 and follow the flare plan. */
	REGRESS,

	/** Stop and refer for medical assessment. */
	REFER

}
