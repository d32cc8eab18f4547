package org.fourstage.domain.tracking;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AdherenceTest {

	@Test
	void hasNoFigureWhenNothingWasPrescribed() {
		assertThat(Adherence.over(0, 0)).isEmpty();
		assertThat(Adherence.over(3, 0)).isEmpty();
	}

	@Test
	void dividesSessionsDoneBySessionsPrescribed() {
		Adherence adherence = Adherence.over(12, 20).orElseThrow();
		assertThat(adherence.percent()).isEqualTo(60.0);
		assertThat(adherence.wholePercent()).isEqualTo(60);
		assertThat(adherence).hasToString("60 % (12 of 20 sessions)");
	}

	@Test
	void roundsDownForDisplaySoAFigureNeverClaimsAnUnreachedThreshold() {
		Adherence adherence = new Adherence(599, 1000);
		assertThat(adherence.wholePercent()).isEqualTo(59);
		assertThat(adherence.reaches(60)).isFalse();
		assertThat(new Adherence(2, 3).wholePercent()).isEqualTo(66);
	}

	@Test
	void comparesThresholdsExactly() {
		assertThat(new Adherence(3, 5).reaches(60)).isTrue();
		assertThat(new Adherence(7, 10).reaches(70)).isTrue();
		assertThat(new Adherence(69, 100).reaches(70)).isFalse();
	}

	@Test
	void countsExtraSessionsAsDoneButNeverAboveOneHundredPercent() {
		Adherence adherence = new Adherence(14, 10);
		assertThat(adherence.percent()).isEqualTo(100.0);
		assertThat(adherence.wholePercent()).isEqualTo(100);
	}

	@Test
	void refusesNegativeCounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> Adherence.over(-1, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> new Adherence(1, 0));
	}

	@ParameterizedTest
	@ValueSource(longs = { 5L, 55L, 555L, 5555L })
	void isAlwaysBetweenZeroAndOneHundredPercent(long seed) {
		Random random = new Random(seed);
		for (int i = 0; i < 5000; i++) {
			int done = random.nextInt(500);
			int prescribed = random.nextInt(500);
			Adherence.over(done, prescribed).ifPresentOrElse((adherence) -> {
				assertThat(adherence.percent()).isBetween(0.0, 100.0);
				assertThat(adherence.wholePercent()).isBetween(0, 100).isLessThanOrEqualTo((int) adherence.percent());
				assertThat(adherence.reaches(adherence.wholePercent())).isTrue();
			}, () -> assertThat(prescribed).isZero());
		}
	}

}
