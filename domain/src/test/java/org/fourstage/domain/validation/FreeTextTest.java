package org.fourstage.domain.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FreeTextTest {

	@ParameterizedTest
	@ValueSource(
			strings = { "<script>alert(1)</script>", "<img src=x>", "</b>", "< a href='x'>", "<!-- c -->", "<?xml?>" })
	void refusesWhatLooksLikeMarkup(String text) {
		assertThat(FreeText.looksLikeMarkup(text)).isTrue();
		assertThat(FreeText.isAcceptable(text, 1000)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "pain < 3 at rest", "sitting > 30 min hurts", "<3", "x<5 and y>2" })
	void acceptsComparisonsInPlainText(String text) {
		assertThat(FreeText.isAcceptable(text, 1000)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(ints = { 10, 11 })
	void refusesTextOverTheLimit(int length) {
		assertThat(FreeText.isAcceptable("a".repeat(length), 10)).isEqualTo(length <= 10);
	}

}
