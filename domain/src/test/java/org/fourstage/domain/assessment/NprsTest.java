package org.fourstage.domain.assessment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NprsTest {

	@ParameterizedTest
	@ValueSource(ints = { 0, 5, 10 })
	void acceptsRatingsFromZeroToTen(int value) {
		assertThat(Nprs.of(value).value()).isEqualTo(value);
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 11, 100 })
	void refusesRatingsOutsideZeroToTen(int value) {
		assertThatIllegalArgumentException().isThrownBy(() -> Nprs.of(value)).withMessageContaining("between 0 and 10");
	}

	@Test
	void measuresLessPainAsANegativeChange() {
		assertThat(Nprs.of(7).changeTo(Nprs.of(4))).isEqualTo(-3);
	}

}
