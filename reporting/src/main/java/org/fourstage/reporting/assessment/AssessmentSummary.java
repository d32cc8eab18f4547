package org.fourstage.reporting.assessment;

import java.util.List;
import java.util.Optional;

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

	public Optional<LatestFindings> latestIfAny() {
		return Optional.ofNullable(this.latest);
	}

}
