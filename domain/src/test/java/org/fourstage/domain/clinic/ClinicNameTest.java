package org.fourstage.domain.clinic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClinicNameTest {

	@Test
	void trimsSurroundingSpace() {
		assertThat(new ClinicName("  Back in Motion  ").value()).isEqualTo("Back in Motion");
	}

	@Test
	void acceptsOneHundredTwentyCharacters() {
		assertThat(new ClinicName("a".repeat(120)).value()).hasSize(120);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "<script>alert(1)</script>" })
	void refusesEmptyAndMarkup(String name) {
		assertThatIllegalArgumentException().isThrownBy(() -> new ClinicName(name));
	}

	@Test
	void refusesOverlongName() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ClinicName("a".repeat(121)));
	}

}
