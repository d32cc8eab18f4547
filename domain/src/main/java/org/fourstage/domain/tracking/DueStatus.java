package org.fourstage.domain.tracking;

/**
 * Whether a scheduled questionnaire is simply due or already late.
 */
public enum DueStatus {

	/** Its occasion is open and its grace days have not passed. */
	DUE,

	/** More than {@link MeasurementSchedule#GRACE_DAYS} days past its day. */
	OVERDUE

}
