package org.fourstage.domain.progression;

import org.fourstage.domain.program.Stage;
import org.fourstage.domain.tracking.Adherence;
import org.fourstage.domain.tracking.FlareUpReport;
import org.fourstage.domain.assessment.ForwardBend;
import org.fourstage.domain.assessment.SideBend;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What is known about a patient when the {@link ProgressionAdvisor} is asked. Every input
 * but the stage may be unknown (null): the advisor then names the missing data instead of
 * guessing. Flare-ups are events, so "none reported" is an empty list, not unknown.
 *
 * @param currentStage the stage the patient is in
 * @param sevenDayAverageNprs average pain of the last 7 days of check-ins, 0 to 10
 * @param stageStartNprs pain when the current stage began, 0 to 10
 * @param daysWithoutFlareUp days since the last flare-up ended, or since tracking began
 * when there was none
 * @param adherence adherence over the review window
 * @param sideBendLeft latest side-bend re-check to the left
 * @param sideBendRight latest side-bend re-check to the right
 * @param forwardBend latest forward-bend re-check
 * @param enduranceHoldSeconds latest prone endurance hold, in seconds
 * @param enduranceHoldCramped whether that hold cramped
 * @param newFlareUps flare-ups reported since the last review
 * @param redFlags the red flags of the latest re-check since the stage began, with when
 * each was found and when the stage began and the flags were overridden; unknown when
 * there was no re-check since the stage began
 * @param progressiveNeurologicalSign whether a new progressive neurological sign appeared
 */
public record ProgressionEvidence(Stage currentStage, @Nullable Double sevenDayAverageNprs,
		@Nullable Double stageStartNprs, @Nullable Integer daysWithoutFlareUp, @Nullable Adherence adherence,
		@Nullable SideBend sideBendLeft, @Nullable SideBend sideBendRight, @Nullable ForwardBend forwardBend,
		@Nullable Integer enduranceHoldSeconds, @Nullable Boolean enduranceHoldCramped, List<FlareUpReport> newFlareUps,
		@Nullable RedFlagTimeline redFlags, @Nullable Boolean progressiveNeurologicalSign) {

	public ProgressionEvidence {
		checkPain("7-day average pain", sevenDayAverageNprs);
		checkPain("Pain at stage start", stageStartNprs);
		if (daysWithoutFlareUp != null && daysWithoutFlareUp < 0) {
			throw new IllegalArgumentException("Days without a flare-up cannot be negative");
		}
		if (enduranceHoldSeconds != null && enduranceHoldSeconds < 0) {
			throw new IllegalArgumentException("An endurance hold cannot be negative");
		}
		newFlareUps = List.copyOf(newFlareUps);
	}

	/**
	 * Evidence with nothing known but the stage.
	 * @param currentStage the stage the patient is in
	 * @return the evidence
	 */
	public static ProgressionEvidence nothingKnownAt(Stage currentStage) {
		return new ProgressionEvidence(currentStage, null, null, null, null, null, null, null, null, null, List.of(),
				null, null);
	}

	private static void checkPain(String what, @Nullable Double value) {
		if (value != null && !(value >= 0 && value <= 10)) {
			throw new IllegalArgumentException(what + " is rated 0 to 10, not " + value);
		}
	}

}
