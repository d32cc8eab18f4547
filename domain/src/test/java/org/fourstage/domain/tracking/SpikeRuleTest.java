package org.fourstage.domain.tracking;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.fourstage.domain.tracking.TrackingTestData.day;
import static org.fourstage.domain.tracking.TrackingTestData.pain;

class SpikeRuleTest {

	private final SpikeRule rule = new SpikeRule(3);

	// days 1..7: 2, 3, 3, missing, 4, 3, 3 -> (2+3+3+4+3+3) / 6 = 3
	private final PainDiary diary = new PainDiary(
			List.of(pain(1, 2), pain(2, 3), pain(3, 3), pain(5, 4), pain(6, 3), pain(7, 3)));

	@Test
	void aRiseOfExactlyThreePointsOverTheAverageOfTheSevenDaysBeforeIsASpike() {
		PainSpike spike = this.rule.check(day(8), 6, this.diary).orElseThrow();

		assertThat(spike.baseline().value()).isEqualTo(3.0);
		assertThat(spike.rise()).isEqualTo(3.0);
		assertThat(spike.baseline().basedOn()).hasSize(6);
	}

	@Test
	void aRiseJustUnderThreePointsIsNone() {
		assertThat(this.rule.check(day(8), 5.5, this.diary)).isEmpty();
	}

	@Test
	void theDayItselfDoesNotSoftenItsBaseline() {
		PainDiary withToday = new PainDiary(
				List.of(pain(1, 2), pain(2, 3), pain(3, 3), pain(5, 4), pain(6, 3), pain(7, 3), pain(8, 6)));

		assertThat(this.rule.check(day(8), 6, withToday)).isPresent();
	}

	@Test
	void noBaselineNoSpike() {
		assertThat(this.rule.check(day(20), 10, this.diary)).isEmpty();
	}

	@Test
	void takesTheClinicsThreshold() {
		// (1 + 2) / 2 = 1.5 before day 3; 4 is 2.5 above
		PainDiary short_ = new PainDiary(List.of(pain(1, 1), pain(2, 2)));

		assertThat(new SpikeRule(2.5).check(day(3), 4, short_)).isPresent();
		assertThat(new SpikeRule(3).check(day(3), 4, short_)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> new SpikeRule(0));
	}

}
