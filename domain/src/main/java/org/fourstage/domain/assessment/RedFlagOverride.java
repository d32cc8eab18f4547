package org.fourstage.domain.assessment;

import java.time.Instant;

import org.fourstage.domain.identity.AccountId;

/**
 * A physio's recorded decision to go on with treatment despite the red flags of an
 * assessment.
 *
 * @param assessmentId the assessment whose flags are overridden
 * @param reason the clinical reason, in the physio's words
 * @param recordedBy the physio
 * @param recordedByName the physio's name at the time it is read
 * @param recordedAt when
 */
public record RedFlagOverride(AssessmentId assessmentId, String reason, AccountId recordedBy, String recordedByName,
		Instant recordedAt) {

	public static final int MIN_REASON = 10;

	public static final int MAX_REASON = 1000;

	/**
	 * Whether a reason is long enough to say something and short enough to keep.
	 * @param reason the text typed
	 * @return whether it may be recorded
	 */
	public static boolean isAcceptableReason(String reason) {
		int length = reason.strip().length();
		return length >= MIN_REASON && length <= MAX_REASON;
	}

}
