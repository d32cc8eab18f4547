package org.fourstage.domain.clinic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClinicCodeTest {

	@Test
	void acceptsWhatPeopleTypeIgnoringCaseAndSurroundingSpaces() {
		assertThat(new ClinicCode(" North-Clinic ").value()).isEqualTo("north-clinic");
		assertThat(ClinicCode.isValid("a".repeat(30))).isTrue();
	}

	@Test
	void refusesAnythingElse() {
		assertThat(ClinicCode.isValid("")).isFalse();
		assertThat(ClinicCode.isValid("north clinic")).isFalse();
		assertThat(ClinicCode.isValid("north--clinic")).isFalse();
		assertThat(ClinicCode.isValid("-north")).isFalse();
		assertThat(ClinicCode.isValid("a".repeat(31))).isFalse();
		assertThat(ClinicCode.isValid(null)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new ClinicCode("nörth"));
	}

}
