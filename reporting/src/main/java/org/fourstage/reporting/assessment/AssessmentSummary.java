package org.fourstage.reporting.assessment;

import java.util.List;
import java.util.Optional;

import org.fourstage.domain.assessment.RedFlagState;
import org.jspecify.annotations.Nullable;

/**
 * What the patient's page shows about assessments.
 *
 * @param latest the latest completed assessment's key findings, if there is one
 * @param assessments every assessment, latest first
 */
public record AssessmentSummary(@Nullable LatestFindings latest, List<AssessmentListEntry> assessments) {

	public AssessmentSummary {
		assessments = List.copyOf(assessments);
	}

	/**
	 * The patient's red-flag state: NOT_ASSESSED until an assessment is completed.
	 * @return the state
	 */
	public RedFlagState redFlagState() {
		return (this.latest != null) ? this.latest.redFlagState() : RedFlagState.NOT_ASSESSED;
	}

	public Optional<LatestFindings> latestIfAny() {
		return Optional.ofNullable(this.latest);
	}

}
