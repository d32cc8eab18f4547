package org.fourstage.domain.assessment;

import java.util.List;

import org.fourstage.domain.program.Stage;
import org.jspecify.annotations.Nullable;

/**
 * What the rules concluded from an assessment, as codes and arguments rather than
 * sentences, so it can be kept as made at completion and shown in any language later.
 *
 * @param rulesVersion the {@link AssessmentRules#VERSION} it was derived with
 * @param durationBand how long the episode had lasted
 * @param redFlags the red flags found, in the order of {@link RedFlag}; any makes the
 * screen urgent
 * @param painPattern the pain pattern
 * @param nerveFeatures the deciding features pointing to a nerve
 * @param muscleFeatures the deciding features pointing to muscle
 * @param qlLikely whether QL involvement was likely
 * @param qlSigns the QL signs found
 * @param inflammatoryPattern whether the morning pattern suggested a medical review
 * @param morningReasons the morning features that met
 * @param sleepAdvice the sleep advice
 * @param suggestedStage the starting stage the rules suggested
 * @param stageReasons why that stage
 */
public record AssessmentDerivation(int rulesVersion, DurationBand durationBand, List<RedFlag> redFlags,
		PainPattern painPattern, List<Code> nerveFeatures, List<Code> muscleFeatures, boolean qlLikely,
		List<Code> qlSigns, boolean inflammatoryPattern, List<Code> morningReasons, List<Code> sleepAdvice,
		Stage suggestedStage, List<Code> stageReasons) {

	public AssessmentDerivation {
		redFlags = List.copyOf(redFlags);
		nerveFeatures = List.copyOf(nerveFeatures);
		muscleFeatures = List.copyOf(muscleFeatures);
		qlSigns = List.copyOf(qlSigns);
		morningReasons = List.copyOf(morningReasons);
		sleepAdvice = List.copyOf(sleepAdvice);
		stageReasons = List.copyOf(stageReasons);
	}

	/**
	 * The derivation of findings made by today's rules.
	 * @param findings the findings
	 * @return the same conclusions as codes, stamped with {@link AssessmentRules#VERSION}
	 */
	public static AssessmentDerivation of(AssessmentFindings findings) {
		return new AssessmentDerivation(AssessmentRules.VERSION, findings.durationBand(),
				findings.redFlagScreen().flags(), findings.painPattern().pattern(),
				codes(findings.painPattern().nerveFeatures()), codes(findings.painPattern().muscleFeatures()),
				findings.qlInvolvement().likely(), codes(findings.qlInvolvement().signs()),
				findings.morningPattern().possibleInflammatoryBackPain(), codes(findings.morningPattern().reasons()),
				codes(findings.sleepAdvice()), findings.startingStage().stage(),
				codes(findings.startingStage().reasons()));
	}

	/**
	 * The derivation of an assessment by today's rules.
	 * @param assessment the assessment
	 * @return its derivation
	 */
	public static AssessmentDerivation of(Assessment assessment) {
		return of(AssessmentFindings.of(assessment));
	}

	private static List<Code> codes(List<Reason> reasons) {
		return reasons.stream().map((reason) -> new Code(reason.code(), reason.arguments())).toList();
	}

	/**
	 * Whether the red flag screen called for an urgent medical assessment.
	 * @return true when a red flag was found
	 */
	public boolean urgent() {
		return !this.redFlags.isEmpty();
	}

	/**
	 * Whether this was derived with the rules as they are now.
	 * @return true when {@link #rulesVersion} is {@link AssessmentRules#VERSION}
	 */
	public boolean byCurrentRules() {
		return this.rulesVersion == AssessmentRules.VERSION;
	}

	/**
	 * Whether the suggested stage is held back, as {@link StageSuggestion} does: while a
	 * red flag waits for a medical assessment no stage is offered.
	 * @param overrideRecorded whether a physio recorded an override of the red flags
	 * @return true when no stage is to be offered
	 */
	public boolean stageWithheld(boolean overrideRecorded) {
		return urgent() && !overrideRecorded;
	}

	/**
	 * One reason of a finding: its stable code ({@link Reason#code()}) and the values it
	 * names.
	 *
	 * @param code the reason's code, for example {@code stage.pain-now}
	 * @param arguments the values it names, maybe none
	 */
	public record Code(String code, List<String> arguments) {

		public Code {
			if (code.isBlank()) {
				throw new IllegalArgumentException("A reason needs a code");
			}
			arguments = List.copyOf(arguments);
		}

	}

}
