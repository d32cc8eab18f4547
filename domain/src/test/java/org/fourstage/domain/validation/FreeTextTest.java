package org.fourstage.domain.validation;

import org.junit.jupiter.api.Test;
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

	@ParameterizedTest
	@ValueSource(strings = { "a\u0000b", "word processor\u000Btab", "\u0001", "escape \u001B[31m", "odd \uFFFE",
			"odd \uFFFF", "half \uD800 pair", "half \uDC00 pair", "end \uD83D", "delete \u007F" })
	void refusesCharactersThatCannotBeStoredOrPrinted(String text) {
		assertThat(FreeText.isStorable(text)).isFalse();
		assertThat(FreeText.isStorableLine(text)).isFalse();
		assertThat(FreeText.isAcceptable(text, 1000)).isFalse();
		assertThat(FreeText.isStorable(FreeText.withoutUnstorable(text))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "two\nlines", "tab\there", "windows\r\nline", "emoji \uD83D\uDE00 ok" })
	void acceptsLineBreaksAndTabsOnlyWhereSeveralLinesAreHeld(String text) {
		assertThat(FreeText.isStorable(text)).isTrue();
		assertThat(FreeText.isAcceptable(text, 1000)).isTrue();
		assertThat(FreeText.isStorableLine(text)).isEqualTo(!text.matches("(?s).*[\t\r\n].*"));
	}

	@Test
	void keepsRefusedTypingSafeAndShort() {
		assertThat(FreeText.madeSafe("a\u0000b<script>@x.example", 100))
			.isEqualTo("a\uFFFDb\uFFFDscript\uFFFD@x.example");
		assertThat(FreeText.madeSafe("x".repeat(300), 254)).hasSize(254);
		assertThat(FreeText.isStorableLine(FreeText.madeSafe("\uD800\t\n", 10))).isTrue();
	}

}
