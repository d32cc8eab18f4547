package org.fourstage.domain.assessment;

/**
 * Whether an assessment is still being filled in or has passed every rule.
 */
public enum AssessmentStatus {

	/** Partial input kept so the physio can come back to it; no findings yet. */
	DRAFT,
	/** Checked in full; its findings count. */
	COMPLETED

}
