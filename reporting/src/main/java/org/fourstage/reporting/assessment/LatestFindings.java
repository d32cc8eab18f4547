package org.fourstage.reporting.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.fourstage.domain.assessment.AssessmentId;
import org.fourstage.domain.assessment.PainPattern;
import org.fourstage.domain.assessment.RedFlagState;
import org.fourstage.domain.program.Stage;
import org.jspecify.annotations.Nullable;

/**
 * The key findings of a patient's latest completed assessment.
 *
 * @param assessmentId the assessment
 * @param assessedOn its date
 * @param nprsNow pain now, 0 to 10
 * @param painPattern the pain pattern
 * @param suggestedStage the suggested starting stage
 * @param redFlagState CLEAR, OVERRIDDEN or URGENT_MEDICAL_ASSESSMENT, by the rule the
 * view {@code latest_completed_assessment} states
 * @param disabilityIndex the latest disability index score in percent, if any
 * @param disabilityBand its band id, if any
 * @param startBackGroup the latest STarT Back band id (low-risk, medium-risk, high-risk),
 * if any
 * @param possibleInflammatoryBackPain whether the morning pattern suggests a medical
 * review
 */
public record LatestFindings(AssessmentId assessmentId, LocalDate assessedOn, int nprsNow, PainPattern painPattern,
		Stage suggestedStage, RedFlagState redFlagState, @Nullable BigDecimal disabilityIndex,
		@Nullable String disabilityBand, @Nullable String startBackGroup, boolean possibleInflammatoryBackPain) {

	/**
	 * Whether the red flags still wait for a medical assessment.
	 * @return urgent without an override
	 */
	public boolean urgentUnresolved() {
		return this.redFlagState == RedFlagState.URGENT_MEDICAL_ASSESSMENT;
	}

	/**
	 * Whether a physio recorded an override of the red flags.
	 * @return true when overridden
	 */
	public boolean overrideRecorded() {
		return this.redFlagState == RedFlagState.OVERRIDDEN;
	}

	/**
	 * The suggested starting stage as it may be offered: none while the red flags wait
	 * for a medical assessment, by the same rule as the findings page.
	 * @return the stage, or null while a red flag is unresolved
	 */
	public @Nullable Stage offeredStage() {
		return urgentUnresolved() ? null : this.suggestedStage;
	}

}
