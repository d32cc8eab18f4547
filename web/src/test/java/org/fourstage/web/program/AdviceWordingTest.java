package org.fourstage.web.program;

import java.math.BigDecimal;
import java.util.Locale;

import org.fourstage.domain.progression.Criterion;
import org.fourstage.domain.progression.CriterionCheck;
import org.fourstage.domain.text.Phrase;
import org.fourstage.web.support.Wording;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advisor's checks read as the physiotherapist sees them on the program page, worded
 * through the application's messages from the phrases the advisor returns (the advisor's
 * own tests pin those phrases).
 */
class AdviceWordingTest {

	private final Wording wording = new Wording(messages());

	private final AdviceWording advice = new AdviceWording(this.wording);

	@BeforeEach
	void english() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
	}

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void namesThePainRuleWithTheAverageAndThePainAtTheStart() {
		CriterionCheck check = new CriterionCheck(Criterion.PAIN_EASED,
				Phrase.of("advice.rule.pain-eased", new BigDecimal("4"), new BigDecimal("2")),
				Phrase.of("advice.seen.average-and-start", new BigDecimal("4.1"), new BigDecimal("6")), false);

		assertThat(this.advice.check(check)).isEqualTo(
				"7-day average pain 4 or less, or down 2 or more points since the stage began: average 4.1, 6 at the start");
	}

	@Test
	void givesAdherenceAsAWholePercentWithTheSessionsBehindIt() {
		CriterionCheck check = new CriterionCheck(Criterion.ADHERENCE_HIGH_ENOUGH,
				Phrase.of("advice.rule.adherence", 60), Phrase.of("advice.seen.adherence", 59, 599.0, 1000), false);

		assertThat(this.advice.check(check)).isEqualTo("adherence 60 % or more: 59 % (599 of 1000 sessions)");
	}

	@Test
	void wordsEachSideBendResult() {
		CriterionCheck check = new CriterionCheck(Criterion.SIDE_BENDS_FREE, Phrase.of("advice.rule.side-bends-free"),
				Phrase.of("advice.seen.sides", Phrase.of("advice.SideBend.FREE"),
						Phrase.of("advice.SideBend.PAINFUL_OVER_QL")),
				false);

		assertThat(this.advice.check(check))
			.isEqualTo("side-bends free on both sides: left free, right painful over QL");
	}

	@Test
	void givesTheHoldNeededAndTheHoldSeen() {
		CriterionCheck check = new CriterionCheck(Criterion.ENDURANCE_HOLD_LONG_ENOUGH,
				Phrase.of("advice.rule.endurance-hold", 15), Phrase.of("advice.seen.seconds", 14), false);

		assertThat(this.advice.check(check)).isEqualTo("prone endurance hold of 15 seconds or more: 14 seconds");
	}

	@Test
	void saysWhenDataWasMissingAfterWhatWasSeen() {
		CriterionCheck unknown = new CriterionCheck(Criterion.NO_NEW_RED_FLAG, Phrase.of("advice.rule.no-new-red-flag"),
				null, true);
		CriterionCheck partly = new CriterionCheck(Criterion.PAIN_EASED,
				Phrase.of("advice.rule.pain-eased", new BigDecimal("4"), new BigDecimal("2")),
				Phrase.of("advice.seen.average", new BigDecimal("4.5")), true);

		assertThat(this.advice.check(unknown)).isEqualTo("no new red flag: no data");
		assertThat(this.advice.check(partly)).isEqualTo(
				"7-day average pain 4 or less, or down 2 or more points since the stage began: average 4.5: no data");
	}

	@Test
	void keepsAPainAverageToOneDecimal() {
		CriterionCheck check = new CriterionCheck(Criterion.NO_FLARE_UP_PAIN_SPIKE,
				Phrase.of("advice.rule.no-pain-spike", new BigDecimal("2.5")),
				Phrase.of("advice.seen.peak", 9, new BigDecimal("6.3")), false);

		assertThat(this.advice.check(check))
			.isEqualTo("no flare-up 2.5 or more points above the 7-day average: peak 9 against an average of 6.3");
	}

	@Test
	void namesTheMissingDataAndTheAdvice() {
		assertThat(this.wording.of("advice.evidence.SEVEN_DAY_AVERAGE_PAIN"))
			.isEqualTo("7-day average pain (daily check-ins)");
		assertThat(this.wording.of("advice.kind.ADVANCE", 2)).isEqualTo("Consider moving on to Stage 2.");
		assertThat(this.wording.of("advice.kind.REFER")).startsWith("Refer for medical assessment");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
