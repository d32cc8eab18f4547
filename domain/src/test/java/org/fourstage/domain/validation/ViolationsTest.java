package org.fourstage.domain.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ViolationsTest {

	@Test
	void collectsErrorsInOrderAndFindsThemByField() {
		Violations violations = Violations.none()
			.and("now", "nprs.range", "Pain is rated from 0 to 10.")
			.and("onWaking", "required", "Enter a rating.")
			.and("now", "other", "Second problem.");

		assertThat(violations.fields()).containsExactly("now", "onWaking");
		assertThat(violations.forField("now")).extracting(FieldError::code).containsExactly("nprs.range", "other");
		assertThat(violations.hasErrorOn("worst")).isFalse();
	}

	@Test
	void prefixesFieldPathsForASection() {
		Violations violations = Violations.of("now", "nprs.range", "Pain is rated from 0 to 10.").under("pain");

		assertThat(violations.fields()).containsExactly("pain.now");
	}

	@Test
	void buildsTheValueOnlyWhenNothingWasRefused() {
		Validated<String> accepted = Validated.when(Violations.none(), () -> "saved");
		Validated<String> refused = Validated.when(Violations.of("name", "required", "Enter a name."), () -> "saved");

		assertThat(accepted.value()).isEqualTo("saved");
		assertThat(refused.isValid()).isFalse();
		assertThatIllegalStateException().isThrownBy(refused::value).withMessageContaining("name");
		assertThatIllegalArgumentException().isThrownBy(() -> Validated.invalid(Violations.none()));
	}

}
