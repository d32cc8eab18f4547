package org.fourstage.domain.progression;

import org.fourstage.domain.program.Stage;
import org.fourstage.domain.tracking.Adherence;
import org.fourstage.domain.tracking.FlareUpReport;
import org.fourstage.domain.assessment.ForwardBend;
import org.fourstage.domain.assessment.RedFlag;
import org.fourstage.domain.assessment.SideBend;
import org.fourstage.domain.text.Phrase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fourstage.domain.progression.ProgressionEvidenceTestData.readyToLeave;

class ProgressionAdvisorTest {

	static final FlarePlan FLARE_PLAN = new FlarePlan(List.of("Lie with your legs up on a chair."),
			List.of("Walk for a few minutes every hour or two."), List.of("Skip any hold that brings the pain on."),
			List.of("Call us if the pain spreads down the leg."));

	private final ProgressionAdvisor advisor = new ProgressionAdvisor(ProgressionThresholds.DEFAULTS, FLARE_PLAN);

	private static final Stage ONE = Stage.CALM_AND_UNLOAD;

	private static final Stage TWO = Stage.RESTORE_MOBILITY;

	private static final Stage THREE = Stage.STRENGTHEN_AND_COORDINATE;

	private static final Stage FOUR = Stage.INTEGRATE_INTO_DAILY_LIFE;

	private ProgressionAdvice advise(ProgressionEvidenceTestData evidence) {
		return this.advisor.advise(evidence.build());
	}

	private static BigDecimal points(String value) {
		return new BigDecimal(value);
	}

	private static List<Criterion> missing(ProgressionAdvice advice) {
		return advice.criteriaMissing().stream().map(CriterionCheck::criterion).toList();
	}

	// Stage 1 -> 2

	@Test
	void advancesFromStageOneWhenPainIsLowFlareFreeAndAdherent() {
		ProgressionAdvice advice = advise(readyToLeave(ONE));
		assertThat(advice.kind()).isEqualTo(AdviceKind.ADVANCE);
		assertThat(advice.targetStage()).isEqualTo(TWO);
		assertThat(advice.criteriaMissing()).isEmpty();
		assertThat(advice.criteriaMet()).extracting(CriterionCheck::criterion)
			.contains(Criterion.PAIN_EASED, Criterion.FLARE_FREE_LONG_ENOUGH, Criterion.ADHERENCE_HIGH_ENOUGH);
		assertThat(advice.flarePlanIfAny()).isEmpty();
		assertThat(advice.missingData()).isEmpty();
	}

	@Test
	void advancesFromStageOneWhenAverageIsExactlyFour() {
		assertThat(advise(readyToLeave(ONE).withAverage(4.0).withStageStart(4.5)).kind()).isEqualTo(AdviceKind.ADVANCE);
	}

	@Test
	void holdsInStageOneWhenAverageIsFourPointOneAndHasNotFallenTwoPoints() {
		ProgressionAdvice advice = advise(readyToLeave(ONE).withAverage(4.1).withStageStart(6.0));
		assertThat(advice.kind()).isEqualTo(AdviceKind.HOLD);
		assertThat(advice.targetStage()).isEqualTo(ONE);
		assertThat(missing(advice)).containsExactly(Criterion.PAIN_EASED);
		assertThat(advice.criteriaMissing()).singleElement()
			.isEqualTo(new CriterionCheck(Criterion.PAIN_EASED,
					Phrase.of("advice.rule.pain-eased", points("4"), points("2")),
					Phrase.of("advice.seen.average-and-start", points("4.1"), points("6")), false));
	}

	@Test
	void advancesFromStageOneWhenPainFellExactlyTwoPointsEvenAboveFour() {
		assertThat(advise(readyToLeave(ONE).withAverage(5.0).withStageStart(7.0)).kind()).isEqualTo(AdviceKind.ADVANCE);
	}

	@Test
	void treatsAnAverageOfTwentyEightOverSevenAsExactlyFour() {
		assertThat(advise(readyToLeave(ONE).withAverage(28.0 / 7).withStageStart(null)).kind())
			.isEqualTo(AdviceKind.ADVANCE);
	}

	@Test
	void advancesFromStageOneAtExactlySixtyPercentAdherence() {
		assertThat(advise(readyToLeave(ONE).withAdherence(new Adherence(12, 20))).kind()).isEqualTo(AdviceKind.ADVANCE);
	}

	@Test
	void holdsInStageOneJustBelowSixtyPercentAdherence() {
		ProgressionAdvice advice = advise(readyToLeave(ONE).withAdherence(new Adherence(599, 1000)));
		assertThat(advice.kind()).isEqualTo(AdviceKind.HOLD);
		assertThat(missing(advice)).containsExactly(Criterion.ADHERENCE_HIGH_ENOUGH);
		assertThat(advice.criteriaMissing()).singleElement()
			.isEqualTo(new CriterionCheck(Criterion.ADHERENCE_HIGH_ENOUGH, Phrase.of("advice.rule.adherence", 60),
					Phrase.of("advice.seen.adherence", 59, 599.0, 1000), false));
	}

	@Test
	void advancesFromStageOneAfterExactlySevenFlareFreeDays() {
		assertThat(advise(readyToLeave(ONE).withFlareFreeDays(7)).kind()).isEqualTo(AdviceKind.ADVANCE);
	}

	@Test
	void holdsInStageOneAfterOnlySixFlareFreeDays() {
		ProgressionAdvice advice = advise(readyToLeave(ONE).withFlareFreeDays(6));
		assertThat(advice.kind()).isEqualTo(AdviceKind.HOLD);
		assertThat(missing(advice)).containsExactly(Criterion.FLARE_FREE_LONG_ENOUGH);
	}

	// Stage 2 -> 3

	@Test
	void advancesFromStageTwoWithFreeSideBendsComfortableForwardBendLowPainAndAdherence() {
		ProgressionAdvice advice = advise(readyToLeave(TWO).withAverage(4.0).withAdherence(new Adherence(6, 10)));
		assertThat(advice.kind()).isEqualTo(AdviceKind.ADVANCE);
		assertThat(advice.targetStage()).isEqualTo(THREE);
	}

	@Test
	void holdsInStageTwoWhenAverageIsFourPointOne() {
		ProgressionAdvice advice = advise(readyToLeave(TWO).withAverage(4.1));
		assertThat(advice.kind()).isEqualTo(AdviceKind.HOLD);
		assertThat(missing(advice)).containsExactly(Criterion.PAIN_LOW_ENOUGH);
	}

	@Test
	void holdsInStageTwoWhileOneSideBendIsPainfulOverTheQl() {
		ProgressionAdvice advice = advise(readyToLeave(TWO).withSideBends(SideBend.FREE, SideBend.PAINFUL_OVER_QL));
		assertThat(advice.kind()).isEqualTo(AdviceKind.HOLD);
		assertThat(missing(advice)).containsExactly(Criterion.SIDE_BENDS_FREE);
		assertThat(advice.criteriaMissing()).singleElement()
			.extracting(CriterionCheck::seen)
			.isEqualTo(Phrase.of("advice.seen.sides", Phrase.of("advice.SideBend.FREE"),
					Phrase.of("advice.SideBend.PAINFUL_OVER_QL")));
	}

	@Test
	void holdsInStageTwoWhenTheForwardBendIsOnlyEasedByBendingTheKnees() {
		ProgressionAdvice advice = advise(readyToLeave(TWO).withForwardBend(ForwardBend.EASED_BY_KNEE_BEND));
		assertThat(advice.kind()).isEqualTo(AdviceKind.HOLD);
		assertThat(missing(advice)).containsExactly(Criterion.FORWARD_BEND_COMFORTABLE);
	}

	@Test
	void holdsInStageTwoJustBelowSixtyPercentAdherence() {
		assertThat(advise(readyToLeave(TWO).withAdherence(new Adherence(59, 100))).kind()).isEqualTo(AdviceKind.HOLD);
	}

	@Test
	void asksForTheMissingSideBendReCheckInStageTwo() {
		ProgressionAdvice advice = advise(readyToLeave(TWO).withSideBends(SideBend.FREE, null));
		assertThat(advice.kind()).isEqualTo(AdviceKind.HOLD);
		assertThat(advice.missingData()).containsExactly(EvidenceItem.SIDE_BEND_RIGHT);
	}

	// Stage 3 -> 4

	@Test
	void advancesFromStageThreeWithAFifteenSecondHoldWithoutCramp() {
		ProgressionAdvice advice = advise(readyToLeave(THREE).withHold(15, false)
			.withAverage(3.0)
			.withFlareFreeDays(14)
			.withAdherence(new Adherence(7, 10)));
		assertThat(advice.kind()).isEqualTo(AdviceKind.ADVANCE);
		assertThat(advice.targetStage()).isEqualTo(FOUR);
	}

	@Test
	void holdsInStageThreeWithAFourteenSecondHold() {
		ProgressionAdvice advice = advise(readyToLeave(THREE).withHold(14, false));
		assertThat(advice.kind()).isEqualTo(AdviceKind.HOLD);
		assertThat(missing(advice)).containsExactly(Criterion.ENDURANCE_HOLD_LONG_ENOUGH);
		assertThat(advice.criteriaMissing()).singleElement()
			.isEqualTo(new CriterionCheck(Criterion.ENDURANCE_HOLD_LONG_ENOUGH,
					Phrase.of("advice.rule.endurance-hold", 15), Phrase.of("advice.seen.seconds", 14), false));
	}

	@Test
	void holdsInStageThreeWhenALongHoldCramped() {
		ProgressionAdvice advice = advise(readyToLeave(THREE).withHold(40, true));
		assertThat(advice.kind()).isEqualTo(AdviceKind.HOLD);
		assertThat(missing(advice)).containsExactly(Criterion.ENDURANCE_HOLD_WITHOUT_CRAMP);
	}

	@Test
	void holdsInStageThreeWhenAverageIsAboveThree() {
		assertThat(missing(advise(readyToLeave(THREE).withAverage(3.1)))).containsExactly(Criterion.PAIN_LOW_ENOUGH);
	}

	@Test
	void holdsInStageThreeAfterThirteenFlareFreeDays() {
		assertThat(missing(advise(readyToLeave(THREE).withFlareFreeDays(13))))
			.containsExactly(Criterion.FLARE_FREE_LONG_ENOUGH);
	}

	@Test
	void holdsInStageThreeJustBelowSeventyPercentAdherence() {
		assertThat(missing(advise(readyToLeave(THREE).withAdherence(new Adherence(69, 100)))))
			.containsExactly(Criterion.ADHERENCE_HIGH_ENOUGH);
	}

	@Test
	void neverAdvancesBeyondStageFour() {
		ProgressionAdvice advice = advise(readyToLeave(FOUR));
		assertThat(advice.kind()).isEqualTo(AdviceKind.HOLD);
		assertThat(advice.targetStage()).isEqualTo(FOUR);
		assertThat(advice.criteriaMissing()).isEmpty();
	}

	// Regress

	@Test
	void regressesToStageOneOnShootingLegPainWithTheFlarePlan() {
		ProgressionAdvice advice = advise(readyToLeave(THREE).withFlareUp(new FlareUpReport(4, true, false)));
		assertThat(advice.kind()).isEqualTo(AdviceKind.REGRESS);
		assertThat(advice.targetStage()).isEqualTo(ONE);
		assertThat(advice.flarePlan()).isEqualTo(FLARE_PLAN);
		assertThat(missing(advice)).containsExactly(Criterion.NO_FLARE_UP_WITH_LEG_PAIN);
	}

	@Test
	void regressesOnAFlareUpPeakExactlyThreePointsAboveTheAverage() {
		ProgressionAdvice advice = advise(
				readyToLeave(TWO).withAverage(3.0).withFlareUp(new FlareUpReport(6, false, false)));
		assertThat(advice.kind()).isEqualTo(AdviceKind.REGRESS);
		assertThat(missing(advice)).containsExactly(Criterion.NO_FLARE_UP_PAIN_SPIKE);
	}

	@Test
	void doesNotRegressOnAFlareUpPeakUnderThreePointsAboveTheAverage() {
		ProgressionAdvice advice = advise(
				readyToLeave(TWO).withAverage(3.5).withFlareUp(new FlareUpReport(6, false, false)));
		assertThat(advice.kind()).isEqualTo(AdviceKind.ADVANCE);
	}

	@Test
	void regressesWithinStageOneToItsFlarePlan() {
		ProgressionAdvice advice = advise(readyToLeave(ONE).withFlareUp(new FlareUpReport(9, false, false)));
		assertThat(advice.kind()).isEqualTo(AdviceKind.REGRESS);
		assertThat(advice.targetStage()).isEqualTo(ONE);
	}

	@Test
	void cannotJudgeASpikeWithoutTheAverageAndSaysSo() {
		ProgressionAdvice advice = advise(
				readyToLeave(ONE).withAverage(null).withFlareUp(new FlareUpReport(8, false, false)));
		assertThat(advice.kind()).isEqualTo(AdviceKind.HOLD);
		assertThat(advice.missingData()).contains(EvidenceItem.SEVEN_DAY_AVERAGE_PAIN);
	}

	// Refer and precedence

	@Test
	void refersOnANewRedFlag() {
		ProgressionAdvice advice = advise(readyToLeave(TWO).withRedFlag(true));
		assertThat(advice.kind()).isEqualTo(AdviceKind.REFER);
		assertThat(advice.targetStage()).isEqualTo(TWO);
		assertThat(advice.criteriaMissing()).extracting(CriterionCheck::seen)
			.containsExactly(Phrase.of("advice.seen.new-red-flag"));
	}

	@Test
	void doesNotReferForAFlagThatWasOverriddenBeforeTheProgramBegan() {
		// Found at 10:00, overridden at 10:30, program assigned (stage start) at 11:00.
		RedFlagTimeline overridden = new RedFlagTimeline(List.of(finding(at("10:00"))), at("11:00"), at("10:30"));

		ProgressionAdvice advice = advise(readyToLeave(TWO).withRedFlags(overridden));

		assertThat(advice.kind()).isEqualTo(AdviceKind.ADVANCE);
		assertThat(advice.criteriaMet()).extracting(CriterionCheck::criterion).contains(Criterion.NO_NEW_RED_FLAG);
	}

	@Test
	void doesNotReferForAFlagOverriddenAfterTheStageBegan() {
		// Stage began 09:00, flag found 10:00 and overridden 10:30: weighed by the
		// physio.
		RedFlagTimeline overridden = new RedFlagTimeline(List.of(finding(at("10:00"))), at("09:00"), at("10:30"));

		assertThat(advise(readyToLeave(TWO).withRedFlags(overridden)).kind()).isEqualTo(AdviceKind.ADVANCE);
	}

	@Test
	void aFlagFoundAtTheInstantOfTheOverrideOrTheStageStartIsNotNew() {
		assertThat(advise(readyToLeave(TWO)
			.withRedFlags(new RedFlagTimeline(List.of(finding(at("10:30"))), at("09:00"), at("10:30")))).kind())
			.isEqualTo(AdviceKind.ADVANCE);
		assertThat(advise(
				readyToLeave(TWO).withRedFlags(new RedFlagTimeline(List.of(finding(at("11:00"))), at("11:00"), null)))
			.kind()).isEqualTo(AdviceKind.ADVANCE);
	}

	@Test
	void refersForAFlagFoundAfterTheLaterOfOverrideAndStageStart() {
		// Overridden 10:30, stage began 11:00: a flag found at 11:00:01 is new.
		RedFlagTimeline later = new RedFlagTimeline(List.of(finding(at("11:00:01"))), at("11:00"), at("10:30"));
		// Stage began 09:00, overridden 10:30: a flag found at 10:00 was weighed, but one
		// found at 10:31 is new.
		RedFlagTimeline afterOverride = new RedFlagTimeline(List.of(finding(at("10:31"))), at("09:00"), at("10:30"));

		assertThat(advise(readyToLeave(TWO).withRedFlags(later)).kind()).isEqualTo(AdviceKind.REFER);
		assertThat(advise(readyToLeave(TWO).withRedFlags(afterOverride)).kind()).isEqualTo(AdviceKind.REFER);
	}

	@Test
	void aFlagFoundAfterTheStageBeganWithoutAnOverrideIsNew() {
		RedFlagTimeline found = new RedFlagTimeline(List.of(finding(at("10:00"))), at("09:00"), null);

		assertThat(found.newFlags()).containsExactly(RedFlag.SADDLE_NUMBNESS);
		assertThat(advise(readyToLeave(TWO).withRedFlags(found)).kind()).isEqualTo(AdviceKind.REFER);
	}

	private static RedFlagFinding finding(Instant foundAt) {
		return new RedFlagFinding(RedFlag.SADDLE_NUMBNESS, foundAt);
	}

	private static Instant at(String time) {
		return Instant.parse("2026-11-02T" + (time.length() == 5 ? time + ":00" : time) + "Z");
	}

	@Test
	void refersOnAProgressiveNeurologicalSign() {
		ProgressionAdvice advice = advise(readyToLeave(ONE).withNeurologicalSign(true));
		assertThat(advice.kind()).isEqualTo(AdviceKind.REFER);
		assertThat(missing(advice)).containsExactly(Criterion.NO_PROGRESSIVE_NEUROLOGICAL_SIGN);
	}

	@Test
	void refersOnARedFlagSignReportedWithAFlareUp() {
		assertThat(advise(readyToLeave(FOUR).withFlareUp(new FlareUpReport(5, false, true))).kind())
			.isEqualTo(AdviceKind.REFER);
	}

	@Test
	void referralBeatsRegressingOnLegPain() {
		ProgressionAdvice advice = advise(
				readyToLeave(THREE).withRedFlag(true).withFlareUp(new FlareUpReport(9, true, false)));
		assertThat(advice.kind()).isEqualTo(AdviceKind.REFER);
		assertThat(advice.flarePlan()).isNull();
	}

	@Test
	void regressingBeatsAdvancingWhenEveryAdvanceCriterionIsMet() {
		ProgressionAdvice advice = advise(readyToLeave(ONE).withFlareUp(new FlareUpReport(3, true, false)));
		assertThat(advice.kind()).isEqualTo(AdviceKind.REGRESS);
	}

	// Missing data

	@Test
	void namesEveryMissingInputWhenNothingIsKnownInStageOne() {
		ProgressionAdvice advice = this.advisor.advise(ProgressionEvidence.nothingKnownAt(ONE));
		assertThat(advice.kind()).isEqualTo(AdviceKind.HOLD);
		assertThat(advice.missingData()).containsExactlyInAnyOrder(EvidenceItem.RED_FLAG_CHECK,
				EvidenceItem.NEUROLOGICAL_CHECK, EvidenceItem.SEVEN_DAY_AVERAGE_PAIN,
				EvidenceItem.DAYS_WITHOUT_FLARE_UP, EvidenceItem.ADHERENCE);
		assertThat(advice.criteriaMissing()).filteredOn(CriterionCheck::noData)
			.extracting(CriterionCheck::criterion)
			.containsExactlyInAnyOrder(Criterion.NO_NEW_RED_FLAG, Criterion.NO_PROGRESSIVE_NEUROLOGICAL_SIGN,
					Criterion.PAIN_EASED, Criterion.FLARE_FREE_LONG_ENOUGH, Criterion.ADHERENCE_HIGH_ENOUGH);
	}

	@Test
	void holdsWithoutCheckInsAndNamesTheAverageAsMissing() {
		ProgressionAdvice advice = advise(readyToLeave(ONE).withAverage(null));
		assertThat(advice.kind()).isEqualTo(AdviceKind.HOLD);
		assertThat(advice.missingData()).containsExactly(EvidenceItem.SEVEN_DAY_AVERAGE_PAIN);
		assertThat(missing(advice)).containsExactly(Criterion.PAIN_EASED);
	}

	@Test
	void asksForThePainAtStageStartOnlyWhenTheAverageIsAboveTheCeiling() {
		assertThat(advise(readyToLeave(ONE).withAverage(3.0).withStageStart(null)).missingData()).isEmpty();
		assertThat(advise(readyToLeave(ONE).withAverage(5.0).withStageStart(null)).missingData())
			.containsExactly(EvidenceItem.STAGE_START_PAIN);
	}

	@Test
	void holdsWhenNoSessionWasPrescribedBecauseThereIsNoAdherenceFigure() {
		ProgressionAdvice advice = advise(readyToLeave(ONE).withAdherence(Adherence.over(0, 0).orElse(null)));
		assertThat(advice.kind()).isEqualTo(AdviceKind.HOLD);
		assertThat(advice.missingData()).containsExactly(EvidenceItem.ADHERENCE);
	}

	@Test
	void doesNotAdvanceWhileTheRedFlagCheckIsUnknown() {
		ProgressionAdvice advice = advise(readyToLeave(TWO).withRedFlag(null));
		assertThat(advice.kind()).isEqualTo(AdviceKind.HOLD);
		assertThat(advice.missingData()).containsExactly(EvidenceItem.RED_FLAG_CHECK);
	}

	@Test
	void asksForTheHoldAndCrampInStageThree() {
		assertThat(advise(readyToLeave(THREE).withHold(null, null)).missingData())
			.containsExactly(EvidenceItem.ENDURANCE_HOLD_SECONDS, EvidenceItem.ENDURANCE_HOLD_CRAMP);
	}

	// Thresholds per clinic

	@Test
	void followsAClinicsOwnThresholds() {
		ProgressionThresholds strict = new ProgressionThresholds(3, 3, 10, 80, 3, 80, 20, 2, 21, 80, 2);
		ProgressionAdvisor strictAdvisor = new ProgressionAdvisor(strict, FLARE_PLAN);
		assertThat(strictAdvisor.advise(readyToLeave(ONE).withAdherence(new Adherence(7, 10)).build()).kind())
			.isEqualTo(AdviceKind.HOLD);
		assertThat(strictAdvisor
			.advise(readyToLeave(TWO).withAverage(3.0).withFlareUp(new FlareUpReport(5, false, false)).build())
			.kind()).isEqualTo(AdviceKind.REGRESS);
	}

	// Properties

	@ParameterizedTest
	@ValueSource(longs = { 1L, 17L, 404L, 8080L, 123456789L })
	void staysWithinStagesOneToFourAndMovesAtMostOneStageForward(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < 2000; i++) {
			ProgressionEvidence evidence = randomEvidence(random);
			ProgressionAdvice advice = this.advisor.advise(evidence);
			Stage current = evidence.currentStage();
			switch (advice.kind()) {
				case ADVANCE -> {
					assertThat(current).isNotEqualTo(FOUR);
					assertThat(advice.targetStage().number()).isEqualTo(current.number() + 1);
					assertThat(advice.criteriaMissing()).isEmpty();
					assertThat(advice.missingData()).isEmpty();
				}
				case REGRESS -> {
					assertThat(advice.targetStage()).isEqualTo(ONE);
					assertThat(advice.flarePlan()).isNotNull();
				}
				case HOLD, REFER -> assertThat(advice.targetStage()).isEqualTo(current);
			}
			if (advice.kind() == AdviceKind.HOLD && current != FOUR) {
				assertThat(advice.criteriaMissing()).as("a hold says what is missing").isNotEmpty();
			}
			assertThat(advice.criteriaMet().size() + advice.criteriaMissing().size()).isPositive();
		}
	}

	@ParameterizedTest
	@EnumSource(Stage.class)
	void alwaysRefersOnARedFlagWhateverElseIsKnown(Stage stage) {
		Random random = new Random(stage.ordinal());
		for (int i = 0; i < 200; i++) {
			ProgressionEvidence random1 = randomEvidence(random);
			ProgressionEvidence withRedFlag = new ProgressionEvidence(stage, random1.sevenDayAverageNprs(),
					random1.stageStartNprs(), random1.daysWithoutFlareUp(), random1.adherence(), random1.sideBendLeft(),
					random1.sideBendRight(), random1.forwardBend(), random1.enduranceHoldSeconds(),
					random1.enduranceHoldCramped(), random1.newFlareUps(), ProgressionEvidenceTestData.timeline(true),
					random1.progressiveNeurologicalSign());
			assertThat(this.advisor.advise(withRedFlag).kind()).isEqualTo(AdviceKind.REFER);
		}
	}

	private static ProgressionEvidence randomEvidence(Random random) {
		List<FlareUpReport> flareUps = (random.nextInt(4) == 0)
				? List.of(new FlareUpReport(random.nextInt(11), random.nextInt(5) == 0, random.nextInt(20) == 0))
				: List.of();
		return new ProgressionEvidence(Stage.values()[random.nextInt(4)], maybe(random, random.nextInt(101) / 10.0),
				maybe(random, random.nextInt(101) / 10.0), maybe(random, random.nextInt(40)),
				maybe(random, new Adherence(random.nextInt(30), 1 + random.nextInt(25))),
				maybe(random, SideBend.values()[random.nextInt(3)]),
				maybe(random, SideBend.values()[random.nextInt(3)]),
				maybe(random, ForwardBend.values()[random.nextInt(4)]), maybe(random, random.nextInt(60)),
				maybe(random, random.nextBoolean()), flareUps,
				maybe(random, ProgressionEvidenceTestData.timeline(random.nextInt(20) == 0)),
				maybe(random, random.nextInt(20) == 0));
	}

	private static <T> T maybe(Random random, T value) {
		return (random.nextInt(8) == 0) ? null : value;
	}

}
