package org.fourstage.web.support;

import java.util.List;
import java.util.Locale;

import org.fourstage.domain.instrument.NotScored;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The domain's codes read as sentences through the application's own messages. */
class WordingTest {

	private final Wording wording = new Wording(messages());

	@BeforeEach
	void english() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
	}

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void saysHowManyItemsWereAnsweredAndHowManyAScoreNeeds() {
		NotScored tooFew = new NotScored("instrument.too-few-answered", List.of(7, 8));

		assertThat(this.wording.of(tooFew.code(), tooFew.arguments()))
			.isEqualTo("Only 7 answered; at least 8 are needed for a score.");
	}

	@Test
	void namesTheAnswersThatAreNotValid() {
		assertThat(this.wording.of("instrument.invalid-answers", List.of("answers[lifting]")))
			.isEqualTo("Some answers are not valid: answers[lifting]");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
