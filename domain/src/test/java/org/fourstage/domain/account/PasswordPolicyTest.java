package org.fourstage.domain.account;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy(
			Set.of("passwordpassword", "123456789012345", "qwertyuiopasdfgh")::contains);

	private final EmailAddress email = new EmailAddress("ana.lopez@clinic.example");

	@Test
	void acceptsFifteenCharactersWithoutAnyCompositionRule() {
		assertThat(this.policy.check("correcthorsebat", this.email)).isEmpty();
	}

	@Test
	void refusesFourteenCharacters() {
		assertThat(this.policy.check("correcthorseba", this.email)).contains(PasswordProblem.TOO_SHORT);
	}

	@Test
	void acceptsOneHundredTwentyEightCharactersAndRefusesMore() {
		String sentence = "the quick brown fox jumps over a lazy dog ".repeat(4).substring(0, 128);
		assertThat(this.policy.check(sentence, this.email)).isEmpty();
		assertThat(this.policy.check(sentence + "x", this.email)).contains(PasswordProblem.TOO_LONG);
	}

	@Test
	void countsCharactersNotBytes() {
		// 15 characters of 3 bytes each in UTF-8: long enough, and never cut at 72 bytes.
		assertThat(this.policy.check("日本語のパスフレーズで長く書く文", this.email)).isEmpty();
		assertThat(this.policy.check("ü".repeat(14), this.email)).contains(PasswordProblem.TOO_SHORT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "passwordpassword", "PasswordPassword", "123456789012345" })
	void refusesCommonPasswordsInAnyCase(String password) {
		assertThat(this.policy.check(password, this.email)).contains(PasswordProblem.TOO_COMMON);
	}

	@ParameterizedTest
	@ValueSource(strings = { "monkeymonkeymonkey", "abcabcabcabcabcabc", "zzzzzzzzzzzzzzzzzz", "1234567890123456789",
			"abcdefghijklmnopq", "qwertyuiopasdfghj", "9876543210987654" })
	void refusesRepeatsOfCommonPasswordsAndKeyboardRuns(String password) {
		PasswordPolicy withMonkey = new PasswordPolicy(Set.of("monkey")::contains);

		assertThat(withMonkey.check(password, this.email)).contains(PasswordProblem.TOO_COMMON);
	}

	@ParameterizedTest
	@ValueSource(strings = { "monkey123456789012", "monkey!!!!!!!!!!!!", "2024-monkey-2024!!" })
	void refusesACommonPasswordPaddedWithDigitsAndSymbols(String password) {
		PasswordPolicy withMonkey = new PasswordPolicy(Set.of("monkey")::contains);

		assertThat(withMonkey.check(password, this.email)).contains(PasswordProblem.TOO_COMMON);
	}

	@Test
	void acceptsARepeatedUnusualWord() {
		assertThat(this.policy.check("kestrelkestrelkestrel", this.email)).isEmpty();
	}

	@Test
	void refusesTheAccountsOwnEmail() {
		assertThat(this.policy.check("Ana.Lopez@clinic.example", this.email)).contains(PasswordProblem.SAME_AS_EMAIL);
	}

	@Test
	void acceptsSpacesAndSymbolsAsTheyAre() {
		assertThat(this.policy.check("  my back feels better!  ", this.email)).isEmpty();
	}

}
