package org.fourstage.domain.instrument;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questionnaire changes worked out by hand at the edges of each important-change rule.
 */
class QuestionnaireComparisonTest {

	private static final InstrumentDefinition INDEX = DisabilityIndex.DEFINITION;

	private static final InstrumentDefinition PSFS = PatientSpecificFunctionalScale.DEFINITION;

	private static final InstrumentDefinition START = StartBackScreen.DEFINITION;

	@Test
	void aDisabilityIndexChangeOfExactlyTenPointsIsImportant() {
		// 40 -> 30: 10 points, 25 %.
		QuestionnaireComparison change = QuestionnaireComparison.of(INDEX, score("40"), score("30"));

		assertThat(change.total().points()).isEqualByComparingTo("-10");
		assertThat(change.total().percent()).isEqualByComparingTo("25.0");
		assertThat(change.important()).isTrue();
	}

	@Test
	void aDisabilityIndexChangeOfExactlyThirtyPercentIsImportantBelowTenPoints() {
		// 30 -> 21: 9 points, 9 / 30 = 30 %.
		QuestionnaireComparison change = QuestionnaireComparison.of(INDEX, score("30"), score("21"));

		assertThat(change.total().percent()).isEqualByComparingTo("30.0");
		assertThat(change.important()).isTrue();
	}

	@Test
	void aDisabilityIndexChangeBelowBothThresholdsIsNotImportant() {
		// 40 -> 31: 9 points, 22.5 %.
		QuestionnaireComparison change = QuestionnaireComparison.of(INDEX, score("40"), score("31"));

		assertThat(change.total().percent()).isEqualByComparingTo("22.5");
		assertThat(change.important()).isFalse();
	}

	@Test
	void fromABaselineOfZeroThereIsNoPercentageAndOnlyThePointsCount() {
		QuestionnaireComparison eight = QuestionnaireComparison.of(INDEX, score("0"), score("8"));
		QuestionnaireComparison ten = QuestionnaireComparison.of(INDEX, score("0"), score("10"));

		assertThat(eight.total().percent()).isNull();
		assertThat(eight.important()).isFalse();
		assertThat(ten.total().percent()).isNull();
		assertThat(ten.important()).isTrue();
		assertThat(ten.total().direction()).isEqualTo(ChangeDirection.WORSENED);
	}

	@Test
	void aPatientSpecificScaleChangeOfExactlyTwoPointsIsImportant() {
		QuestionnaireComparison two = QuestionnaireComparison.of(PSFS, score("4"), score("6"));
		QuestionnaireComparison less = QuestionnaireComparison.of(PSFS, score("4"), score("5.9"));

		assertThat(two.total().points()).isEqualByComparingTo("2");
		assertThat(two.total().percent()).isEqualByComparingTo("50.0");
		assertThat(two.total().direction()).isEqualTo(ChangeDirection.IMPROVED);
		assertThat(two.important()).isTrue();
		assertThat(less.important()).isFalse();
	}

	@Test
	void startBackCountsAChangeOfRiskGroupAndComparesTheSubscale() {
		QuestionnaireComparison better = QuestionnaireComparison.of(START, startBack("7", "5", StartBackRiskBands.HIGH),
				startBack("1", "0", StartBackRiskBands.LOW));

		assertThat(better.judgedByBand()).isTrue();
		assertThat(better.bandChanged()).isTrue();
		assertThat(better.important()).isTrue();
		assertThat(better.total().points()).isEqualByComparingTo("-6");
		assertThat(better.subscales().get(StartBackScreen.PSYCHOSOCIAL).points()).isEqualByComparingTo("-5");
		assertThat(better.subscales().get(StartBackScreen.PSYCHOSOCIAL).important()).isFalse();
	}

	@Test
	void startBackWithinTheSameRiskGroupIsNotAnImportantChange() {
		QuestionnaireComparison same = QuestionnaireComparison.of(START, startBack("3", "3", StartBackRiskBands.LOW),
				startBack("0", "0", StartBackRiskBands.LOW));

		assertThat(same.bandChanged()).isFalse();
		assertThat(same.important()).isFalse();
	}

	@Test
	void givesNoChangeWhenASideWasNotEnteredOrNotScored() {
		NotScored tooFew = new NotScored("instrument.too-few-answered", List.of(7, 8));

		assertThat(QuestionnaireComparison.of(INDEX, null, score("30")).comparable()).isFalse();
		assertThat(QuestionnaireComparison.of(INDEX, score("30"), tooFew).comparable()).isFalse();
		assertThat(QuestionnaireComparison.of(INDEX, score("30"), tooFew).important()).isFalse();
	}

	private static Scored score(String value) {
		return new Scored(new BigDecimal(value), Map.of(), null, 10);
	}

	private static Scored startBack(String total, String psychosocial, Band risk) {
		return new Scored(new BigDecimal(total), Map.of(StartBackScreen.PSYCHOSOCIAL, new BigDecimal(psychosocial)),
				risk, 9);
	}

}
