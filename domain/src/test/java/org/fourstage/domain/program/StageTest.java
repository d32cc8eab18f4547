package org.fourstage.domain.program;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StageTest {

	@Test
	void numbersStagesFromOneToFour() {
		assertThat(Stage.CALM_AND_UNLOAD.number()).isEqualTo(1);
		assertThat(Stage.INTEGRATE_INTO_DAILY_LIFE.number()).isEqualTo(4);
		assertThat(Stage.ofNumber(3)).isEqualTo(Stage.STRENGTHEN_AND_COORDINATE);
	}

	@Test
	void movesOneStageAtATimeAndStopsAtTheEnds() {
		assertThat(Stage.CALM_AND_UNLOAD.next()).isEqualTo(Stage.RESTORE_MOBILITY);
		assertThat(Stage.INTEGRATE_INTO_DAILY_LIFE.next()).isEqualTo(Stage.INTEGRATE_INTO_DAILY_LIFE);
		assertThat(Stage.RESTORE_MOBILITY.previous()).isEqualTo(Stage.CALM_AND_UNLOAD);
		assertThat(Stage.CALM_AND_UNLOAD.previous()).isEqualTo(Stage.CALM_AND_UNLOAD);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 5, -1 })
	void refusesNumbersOutsideOneToFour(int number) {
		assertThatIllegalArgumentException().isThrownBy(() -> Stage.ofNumber(number));
	}

}
