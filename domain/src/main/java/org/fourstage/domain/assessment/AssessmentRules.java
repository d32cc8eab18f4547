package org.fourstage.domain.assessment;

/**
 * The version of the rules that derive findings from an assessment's answers: the red
 * flag screen, {@link PainPatternClassifier}, {@link QlInvolvement},
 * {@link MorningPattern}, {@link SleepAdvice} and {@link StartingStage}.
 * <p>
 * A completed assessment keeps the {@link AssessmentDerivation} made when it was
 * completed, stamped with this version, so what was concluded stays what was concluded.
 * <b>Raise {@link #VERSION} whenever a derivation rule changes</b> (a threshold, a
 * feature, a reason code or its arguments): assessments completed under an older version
 * then show their stored conclusion, and today's re-derivation only beside it, labelled.
 */
public final class AssessmentRules {

	/** The current version of the derivation rules. */
	public static final int VERSION = 1;

	private AssessmentRules() {
	}

}
