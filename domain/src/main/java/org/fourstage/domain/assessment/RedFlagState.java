package org.fourstage.domain.assessment;

/**
 * Where a patient stands with the red flag screen, judged by the latest completed
 * assessment: a later assessment without flags resolves earlier ones.
 */
public enum RedFlagState {

	/** No completed assessment yet, so no screen to go by. */
	NOT_ASSESSED,
	/** The latest completed assessment found no red flag. */
	CLEAR,
	/** The latest completed assessment found a red flag and nobody overrode it. */
	URGENT_MEDICAL_ASSESSMENT,
	/**
	 * The latest completed assessment found a red flag, and a physio recorded an
	 * override.
	 */
	OVERRIDDEN;

	/**
	 * Whether a program may be assigned: only an unresolved red flag stands in the way.
	 * @return false while an urgent medical assessment is outstanding
	 */
	public boolean allowsProgram() {
		return this != URGENT_MEDICAL_ASSESSMENT;
	}

}
