package org.fourstage.domain.assessment;

import java.util.List;

import org.fourstage.domain.program.Stage;
import org.jspecify.annotations.Nullable;

/**
 * The starting stage as it is offered to the physio. While a red flag of the assessment
 * waits for a medical assessment, no stage is suggested at all: the patient is to be
 * referred, and a stage next to an urgent red flag would read as permission to treat.
 * Once a physio records an override, the stage the rules suggest is offered again.
 *
 * @param stage the suggested stage, none while a red flag is unresolved
 * @param reasons why that stage, or why none
 */
public record StageSuggestion(@Nullable Stage stage, List<Reason> reasons) {

	/** Why no stage is suggested. */
	public static final Reason WITHHELD_FOR_RED_FLAG = new Reason("stage.withheld-red-flag");

	public StageSuggestion {
		reasons = List.copyOf(reasons);
	}

	/**
	 * The suggestion for an assessment's findings.
	 * @param findings the findings
	 * @param overrideRecorded whether a physio recorded an override of its red flags
	 * @return the stage the rules suggest, or none while a red flag is unresolved
	 */
	public static StageSuggestion of(AssessmentFindings findings, boolean overrideRecorded) {
		if (findings.redFlagScreen().isUrgent() && !overrideRecorded) {
			return new StageSuggestion(null, List.of(WITHHELD_FOR_RED_FLAG));
		}
		return new StageSuggestion(findings.startingStage().stage(), findings.startingStage().reasons());
	}

	/**
	 * Whether the stage is held back because of an unresolved red flag.
	 * @return true when no stage is suggested
	 */
	public boolean withheld() {
		return this.stage == null;
	}

}
