package org.fourstage.domain.progression;

import org.fourstage.domain.program.Stage;
import org.fourstage.domain.tracking.Adherence;
import org.fourstage.domain.tracking.FlareUpReport;
import org.fourstage.domain.assessment.ForwardBend;
import org.fourstage.domain.assessment.SideBend;
import org.fourstage.domain.text.Phrase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Suggests whether a patient should advance, hold, go back to Stage 1 or be referred,
 * from the evidence at hand and the clinic's thresholds. The rules are checked in order
 * of safety: a referral beats going back to Stage 1, which beats advancing. Where data is
 * missing the advisor never assumes the best: it holds and names what is missing.
 */
public final class ProgressionAdvisor {

	// Pain averages arrive as doubles (e.g. 28 / 7); a tiny tolerance keeps a value that
	// is
	// exactly on a threshold from falling off it through rounding noise.
	private static final double TOLERANCE = 1e-9;

	private final ProgressionThresholds thresholds;

	private final FlarePlan flarePlan;

	/**
	 * An advisor for one clinic.
	 * @param thresholds the clinic's thresholds
	 * @param flarePlan the Stage 1 flare plan handed out with advice to regress
	 */
	public ProgressionAdvisor(ProgressionThresholds thresholds, FlarePlan flarePlan) {
		this.thresholds = thresholds;
		this.flarePlan = flarePlan;
	}

	/**
	 * The advice for a patient.
	 * @param evidence what is known
	 * @return the advice with the criteria met and missing and the data missing
	 */
	public ProgressionAdvice advise(ProgressionEvidence evidence) {
		Tally tally = new Tally();
		Stage current = evidence.currentStage();
		boolean refer = checkRedFlags(evidence, tally);
		if (refer) {
			return tally.advice(AdviceKind.REFER, current, current, null);
		}
		boolean regress = checkFlareUps(evidence, tally);
		if (regress) {
			return tally.advice(AdviceKind.REGRESS, current, Stage.CALM_AND_UNLOAD, this.flarePlan);
		}
		switch (current) {
			case CALM_AND_UNLOAD -> checkStageOne(evidence, tally);
			case RESTORE_MOBILITY -> checkStageTwo(evidence, tally);
			case STRENGTHEN_AND_COORDINATE -> checkStageThree(evidence, tally);
			case INTEGRATE_INTO_DAILY_LIFE -> {
				return tally.advice(AdviceKind.HOLD, current, current, null);
			}
		}
		if (tally.missing.isEmpty() && tally.missingData.isEmpty()) {
			return tally.advice(AdviceKind.ADVANCE, current, current.next(), null);
		}
		return tally.advice(AdviceKind.HOLD, current, current, null);
	}

	private boolean checkRedFlags(ProgressionEvidence evidence, Tally tally) {
		boolean flareUpRedFlag = evidence.newFlareUps().stream().anyMatch(FlareUpReport::redFlagSign);
		RedFlagTimeline redFlags = evidence.redFlags();
		boolean redFlag = flareUpRedFlag || (redFlags != null && redFlags.anyNew());
		Phrase redFlagRule = Phrase.of("advice.rule.no-new-red-flag");
		if (redFlag) {
			tally.missing(Criterion.NO_NEW_RED_FLAG, redFlagRule,
					Phrase.of(flareUpRedFlag ? "advice.seen.flare-up-red-flag" : "advice.seen.new-red-flag"));
		}
		else if (redFlags == null) {
			tally.unknown(Criterion.NO_NEW_RED_FLAG, redFlagRule, null, EvidenceItem.RED_FLAG_CHECK);
		}
		else {
			tally.met(Criterion.NO_NEW_RED_FLAG, redFlagRule, null);
		}
		Boolean neurological = evidence.progressiveNeurologicalSign();
		Phrase neurologicalRule = Phrase.of("advice.rule.no-neurological-sign");
		if (neurological == null) {
			tally.unknown(Criterion.NO_PROGRESSIVE_NEUROLOGICAL_SIGN, neurologicalRule, null,
					EvidenceItem.NEUROLOGICAL_CHECK);
		}
		else if (neurological) {
			tally.missing(Criterion.NO_PROGRESSIVE_NEUROLOGICAL_SIGN, neurologicalRule,
					Phrase.of("advice.seen.neurological-sign"));
		}
		else {
			tally.met(Criterion.NO_PROGRESSIVE_NEUROLOGICAL_SIGN, neurologicalRule, null);
		}
		return redFlag || Boolean.TRUE.equals(neurological);
	}

	private boolean checkFlareUps(ProgressionEvidence evidence, Tally tally) {
		List<FlareUpReport> flareUps = evidence.newFlareUps();
		boolean legPain = flareUps.stream().anyMatch(FlareUpReport::sharpOrShootingLegPain);
		Phrase legPainRule = Phrase.of("advice.rule.no-leg-pain-flare-up");
		if (legPain) {
			tally.missing(Criterion.NO_FLARE_UP_WITH_LEG_PAIN, legPainRule, Phrase.of("advice.seen.leg-pain"));
		}
		else {
			tally.met(Criterion.NO_FLARE_UP_WITH_LEG_PAIN, legPainRule, null);
		}
		double spike = this.thresholds.flareSpikePoints();
		Phrase rule = Phrase.of("advice.rule.no-pain-spike", Numbers.points(spike));
		Double average = evidence.sevenDayAverageNprs();
		boolean spiked = false;
		if (flareUps.isEmpty()) {
			tally.met(Criterion.NO_FLARE_UP_PAIN_SPIKE, rule, Phrase.of("advice.seen.no-flare-up"));
		}
		else if (average == null) {
			tally.unknown(Criterion.NO_FLARE_UP_PAIN_SPIKE, rule, null, EvidenceItem.SEVEN_DAY_AVERAGE_PAIN);
		}
		else {
			int peak = flareUps.stream().mapToInt(FlareUpReport::peakNprs).max().orElseThrow();
			spiked = peak - average >= spike - TOLERANCE;
			Phrase seen = Phrase.of("advice.seen.peak", peak, Numbers.points(average));
			if (spiked) {
				tally.missing(Criterion.NO_FLARE_UP_PAIN_SPIKE, rule, seen);
			}
			else {
				tally.met(Criterion.NO_FLARE_UP_PAIN_SPIKE, rule, seen);
			}
		}
		return legPain || spiked;
	}

	private void checkStageOne(ProgressionEvidence evidence, Tally tally) {
		double drop = this.thresholds.stageOnePainDrop();
		double ceiling = this.thresholds.stageOnePainCeiling();
		Phrase rule = Phrase.of("advice.rule.pain-eased", Numbers.points(ceiling), Numbers.points(drop));
		Double average = evidence.sevenDayAverageNprs();
		Double start = evidence.stageStartNprs();
		if (average == null) {
			tally.unknown(Criterion.PAIN_EASED, rule, null, EvidenceItem.SEVEN_DAY_AVERAGE_PAIN);
		}
		else if (average <= ceiling + TOLERANCE) {
			tally.met(Criterion.PAIN_EASED, rule, Phrase.of("advice.seen.average", Numbers.points(average)));
		}
		else if (start == null) {
			tally.unknown(Criterion.PAIN_EASED, rule, Phrase.of("advice.seen.average", Numbers.points(average)),
					EvidenceItem.STAGE_START_PAIN);
		}
		else {
			Phrase seen = Phrase.of("advice.seen.average-and-start", Numbers.points(average), Numbers.points(start));
			if (start - average >= drop - TOLERANCE) {
				tally.met(Criterion.PAIN_EASED, rule, seen);
			}
			else {
				tally.missing(Criterion.PAIN_EASED, rule, seen);
			}
		}
		checkFlareFree(evidence, this.thresholds.stageOneFlareFreeDays(), tally);
		checkAdherence(evidence, this.thresholds.stageOneAdherencePercent(), tally);
	}

	private void checkStageTwo(ProgressionEvidence evidence, Tally tally) {
		SideBend left = evidence.sideBendLeft();
		SideBend right = evidence.sideBendRight();
		Phrase sideRule = Phrase.of("advice.rule.side-bends-free");
		if (left == null) {
			tally.missingData.add(EvidenceItem.SIDE_BEND_LEFT);
		}
		if (right == null) {
			tally.missingData.add(EvidenceItem.SIDE_BEND_RIGHT);
		}
		if (left == SideBend.FREE && right == SideBend.FREE) {
			tally.met(Criterion.SIDE_BENDS_FREE, sideRule, null);
		}
		else {
			tally.missing(Criterion.SIDE_BENDS_FREE, sideRule,
					Phrase.of("advice.seen.sides", result("SideBend", left), result("SideBend", right)));
		}
		ForwardBend forward = evidence.forwardBend();
		Phrase forwardRule = Phrase.of("advice.rule.forward-bend-comfortable");
		if (forward == null) {
			tally.unknown(Criterion.FORWARD_BEND_COMFORTABLE, forwardRule, null, EvidenceItem.FORWARD_BEND);
		}
		else if (forward == ForwardBend.COMFORTABLE) {
			tally.met(Criterion.FORWARD_BEND_COMFORTABLE, forwardRule, null);
		}
		else {
			tally.missing(Criterion.FORWARD_BEND_COMFORTABLE, forwardRule, result("ForwardBend", forward));
		}
		checkPainCeiling(evidence, this.thresholds.stageTwoPainCeiling(), tally);
		checkAdherence(evidence, this.thresholds.stageTwoAdherencePercent(), tally);
	}

	private void checkStageThree(ProgressionEvidence evidence, Tally tally) {
		int needed = this.thresholds.stageThreeEnduranceHoldSeconds();
		Phrase holdRule = Phrase.of("advice.rule.endurance-hold", needed);
		Integer hold = evidence.enduranceHoldSeconds();
		if (hold == null) {
			tally.unknown(Criterion.ENDURANCE_HOLD_LONG_ENOUGH, holdRule, null, EvidenceItem.ENDURANCE_HOLD_SECONDS);
		}
		else if (hold >= needed) {
			tally.met(Criterion.ENDURANCE_HOLD_LONG_ENOUGH, holdRule, Phrase.of("advice.seen.seconds", hold));
		}
		else {
			tally.missing(Criterion.ENDURANCE_HOLD_LONG_ENOUGH, holdRule, Phrase.of("advice.seen.seconds", hold));
		}
		Boolean cramped = evidence.enduranceHoldCramped();
		Phrase crampRule = Phrase.of("advice.rule.no-cramp");
		if (cramped == null) {
			tally.unknown(Criterion.ENDURANCE_HOLD_WITHOUT_CRAMP, crampRule, null, EvidenceItem.ENDURANCE_HOLD_CRAMP);
		}
		else if (cramped) {
			tally.missing(Criterion.ENDURANCE_HOLD_WITHOUT_CRAMP, crampRule, Phrase.of("advice.seen.cramped"));
		}
		else {
			tally.met(Criterion.ENDURANCE_HOLD_WITHOUT_CRAMP, crampRule, null);
		}
		checkPainCeiling(evidence, this.thresholds.stageThreePainCeiling(), tally);
		checkFlareFree(evidence, this.thresholds.stageThreeFlareFreeDays(), tally);
		checkAdherence(evidence, this.thresholds.stageThreeAdherencePercent(), tally);
	}

	private void checkPainCeiling(ProgressionEvidence evidence, double ceiling, Tally tally) {
		Phrase rule = Phrase.of("advice.rule.pain-ceiling", Numbers.points(ceiling));
		Double average = evidence.sevenDayAverageNprs();
		if (average == null) {
			tally.unknown(Criterion.PAIN_LOW_ENOUGH, rule, null, EvidenceItem.SEVEN_DAY_AVERAGE_PAIN);
		}
		else if (average <= ceiling + TOLERANCE) {
			tally.met(Criterion.PAIN_LOW_ENOUGH, rule, Phrase.of("advice.seen.pain", Numbers.points(average)));
		}
		else {
			tally.missing(Criterion.PAIN_LOW_ENOUGH, rule, Phrase.of("advice.seen.pain", Numbers.points(average)));
		}
	}

	private void checkFlareFree(ProgressionEvidence evidence, int days, Tally tally) {
		Phrase rule = Phrase.of("advice.rule.flare-free", days);
		Integer flareFree = evidence.daysWithoutFlareUp();
		if (flareFree == null) {
			tally.unknown(Criterion.FLARE_FREE_LONG_ENOUGH, rule, null, EvidenceItem.DAYS_WITHOUT_FLARE_UP);
		}
		else if (flareFree >= days) {
			tally.met(Criterion.FLARE_FREE_LONG_ENOUGH, rule, Phrase.of("advice.seen.days", flareFree));
		}
		else {
			tally.missing(Criterion.FLARE_FREE_LONG_ENOUGH, rule, Phrase.of("advice.seen.days", flareFree));
		}
	}

	private void checkAdherence(ProgressionEvidence evidence, int percent, Tally tally) {
		Phrase rule = Phrase.of("advice.rule.adherence", percent);
		Adherence adherence = evidence.adherence();
		if (adherence == null) {
			tally.unknown(Criterion.ADHERENCE_HIGH_ENOUGH, rule, null, EvidenceItem.ADHERENCE);
			return;
		}
		Phrase seen = Phrase.of("advice.seen.adherence", adherence.wholePercent(), adherence.sessionsDone(),
				adherence.sessionsPrescribed());
		if (adherence.reaches(percent)) {
			tally.met(Criterion.ADHERENCE_HIGH_ENOUGH, rule, seen);
		}
		else {
			tally.missing(Criterion.ADHERENCE_HIGH_ENOUGH, rule, seen);
		}
	}

	// A re-check result is worded by its enum constant; no result reads "not re-checked".
	private static Phrase result(String kind, @Nullable Enum<?> result) {
		return (result != null) ? Phrase.of("advice." + kind + "." + result.name())
				: Phrase.of("advice.seen.not-rechecked");
	}

	/** Collects the checks of one piece of advice. */
	private static final class Tally {

		private final List<CriterionCheck> met = new ArrayList<>();

		private final List<CriterionCheck> missing = new ArrayList<>();

		private final Set<EvidenceItem> missingData = new LinkedHashSet<>();

		void met(Criterion criterion, Phrase rule, @Nullable Phrase seen) {
			this.met.add(new CriterionCheck(criterion, rule, seen, false));
		}

		void missing(Criterion criterion, Phrase rule, @Nullable Phrase seen) {
			this.missing.add(new CriterionCheck(criterion, rule, seen, false));
		}

		void unknown(Criterion criterion, Phrase rule, @Nullable Phrase seen, EvidenceItem item) {
			this.missing.add(new CriterionCheck(criterion, rule, seen, true));
			this.missingData.add(item);
		}

		ProgressionAdvice advice(AdviceKind kind, Stage current, Stage target, @Nullable FlarePlan plan) {
			return new ProgressionAdvice(kind, current, target, this.met, this.missing, List.copyOf(this.missingData),
					plan);
		}

	}

}
