package org.fourstage.domain.instrument;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreChangeTest {

	@ParameterizedTest(name = "pain {0} -> {1}: important {2}")
	@CsvSource({ "8, 6, true", "8, 7, false", "3, 2, true", "4, 3, false", "10, 7, true", "0, 1, false", "0, 2, true" })
	void judgesPainChangesByTwoPointsOrThirtyPercent(int before, int after, boolean important) {
		ScoreChange change = ScoreChange.between(NumericPainRatingScale.DEFINITION, BigDecimal.valueOf(before),
				BigDecimal.valueOf(after));

		assertThat(change.important()).isEqualTo(important);
	}

	@ParameterizedTest(name = "disability {0} -> {1}: important {2}")
	@CsvSource({ "40, 30, true", "40, 31, false", "20, 14, true", "24, 17, false", "30, 40, true" })
	void judgesDisabilityChangesByTenPointsOrThirtyPercent(int before, int after, boolean important) {
		ScoreChange change = ScoreChange.between(DisabilityIndex.DEFINITION, BigDecimal.valueOf(before),
				BigDecimal.valueOf(after));

		assertThat(change.important()).isEqualTo(important);
	}

	@Test
	void showsAnImportantWorseningAsWorsenedNotImproved() {
		ScoreChange change = ScoreChange.between(DisabilityIndex.DEFINITION, BigDecimal.valueOf(30),
				BigDecimal.valueOf(44));

		assertThat(change.direction()).isEqualTo(ChangeDirection.WORSENED);
		assertThat(change.important()).isTrue();
		assertThat(change.isImportantImprovement()).isFalse();
		assertThat(change.points()).isEqualByComparingTo("14");
		assertThat(change.percent()).isEqualByComparingTo("46.7");
	}

	@Test
	void citesThePublishedSourceOfTheThreshold() {
		ScoreChange change = ScoreChange.between(DisabilityIndex.DEFINITION, BigDecimal.valueOf(50),
				BigDecimal.valueOf(30));

		assertThat(change.importantChange()).isNotNull();
		assertThat(change.importantChange().source()).contains("Ostelo").contains("Spine 2008");
	}

	@Test
	void leavesThePercentOutWhenTheEarlierScoreWasZero() {
		ScoreChange change = ScoreChange.between(NumericPainRatingScale.DEFINITION, BigDecimal.ZERO,
				BigDecimal.valueOf(3));

		assertThat(change.percentIfKnown()).isEmpty();
		assertThat(change.direction()).isEqualTo(ChangeDirection.WORSENED);
	}

	@Test
	void neverCallsAChangeImportantForAnInstrumentWithoutAThreshold() {
		ScoreChange change = ScoreChange.between(StartBackScreen.DEFINITION, BigDecimal.valueOf(9), BigDecimal.ZERO);

		assertThat(change.important()).isFalse();
		assertThat(change.direction()).isEqualTo(ChangeDirection.IMPROVED);
	}

}
