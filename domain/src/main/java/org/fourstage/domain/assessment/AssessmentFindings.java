package org.fourstage.domain.assessment;

import java.util.List;

/**
 * Everything the domain derives from one assessment, for the physio's findings panel.
 *
 * @param assessment the assessment the findings come from
 * @param durationBand how long the episode has lasted
 * @param redFlagScreen the red flag screen, shown above everything else
 * @param painPattern the pain pattern and its deciding features
 * @param qlInvolvement whether the QL is a likely source
 * @param morningPattern whether the morning pattern suggests a medical review
 * @param sleepAdvice advice on the sleep set-up
 * @param startingStage the suggested starting stage
 */
public record AssessmentFindings(Assessment assessment, DurationBand durationBand, RedFlagScreen redFlagScreen,
		PainPatternFinding painPattern, QlInvolvement qlInvolvement, MorningPattern morningPattern,
		List<Reason> sleepAdvice, StartingStage startingStage) {

	public AssessmentFindings {
		sleepAdvice = List.copyOf(sleepAdvice);
	}

	public static AssessmentFindings of(Assessment assessment) {
		PainPatternFinding pattern = PainPatternClassifier.classify(assessment);
		return new AssessmentFindings(assessment, assessment.durationBand(), RedFlagScreen.of(assessment), pattern,
				QlInvolvement.of(assessment), MorningPattern.of(assessment), SleepAdvice.of(assessment),
				StartingStage.suggest(assessment, pattern.pattern()));
	}

}
