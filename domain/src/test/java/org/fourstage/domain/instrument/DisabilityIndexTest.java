package org.fourstage.domain.instrument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fourstage.domain.validation.Validated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DisabilityIndexTest {

	private static final InstrumentDefinition INDEX = DisabilityIndex.DEFINITION;

	/**
	 * Answers the sections in order with the given scores; {@code null} skips a section.
	 */
	static InstrumentResponse answers(InstrumentDefinition definition, Integer... scores) {
		List<ItemAnswer> answers = new ArrayList<>();
		for (int i = 0; i < scores.length; i++) {
			String section = DisabilityIndex.SECTIONS.get(i);
			answers.add((scores[i] != null) ? ItemAnswer.of(section, scores[i]) : ItemAnswer.skipped(section));
		}
		return new InstrumentResponse(definition.id(), definition.version(), answers);
	}

	@Test
	void scoresEighteenOverNineAnsweredSectionsAsFortyPercent() {
		ScoreOutcome outcome = InstrumentScorer.score(INDEX, answers(INDEX, 2, 2, 2, 2, 2, 2, 2, null, 2, 2));

		assertThat(outcome).isInstanceOfSatisfying(Scored.class, (scored) -> {
			assertThat(scored.value()).isEqualByComparingTo("40");
			assertThat(scored.answered()).isEqualTo(9);
			assertThat(scored.band()).isEqualTo(DisabilityIndex.MODERATE);
		});
	}

	@Test
	void scoresTwentyFiveOverAllTenSectionsAsFiftyPercent() {
		ScoreOutcome outcome = InstrumentScorer.score(INDEX, answers(INDEX, 5, 4, 3, 2, 1, 0, 3, 3, 2, 2));

		assertThat(outcome).isInstanceOfSatisfying(Scored.class, (scored) -> {
			assertThat(scored.value()).isEqualByComparingTo("50");
			assertThat(scored.band()).isEqualTo(DisabilityIndex.SEVERE);
		});
	}

	@Test
	void givesNoScoreWhenFewerThanEightSectionsAreAnswered() {
		ScoreOutcome outcome = InstrumentScorer.score(INDEX, answers(INDEX, 3, 3, 3, 3, 3, 3, 3, null, null, null));

		assertThat(outcome).isInstanceOfSatisfying(NotScored.class, (notScored) -> {
			assertThat(notScored.code()).isEqualTo("instrument.too-few-answered");
			assertThat(notScored.arguments()).containsExactly(7, 8);
		});
	}

	@Test
	void scoresEightAnsweredSectionsAtTheDefaultMinimum() {
		ScoreOutcome outcome = InstrumentScorer.score(INDEX, answers(INDEX, 1, 1, 1, 1, 1, 1, 1, 1, null, null));

		assertThat(outcome).isInstanceOfSatisfying(Scored.class,
				(scored) -> assertThat(scored.value()).isEqualByComparingTo("20"));
	}

	@Test
	void letsAClinicScoreWithFewerSectionsWhenItLowersTheMinimum() {
		InstrumentDefinition lenient = DisabilityIndex.definition(6);

		ScoreOutcome outcome = InstrumentScorer.score(lenient, answers(lenient, 3, 3, 3, 3, 3, 3, null, null, null));

		assertThat(outcome).isInstanceOfSatisfying(Scored.class,
				(scored) -> assertThat(scored.value()).isEqualByComparingTo("60"));
		assertThatIllegalArgumentException().isThrownBy(() -> DisabilityIndex.definition(11));
	}

	@Test
	void roundsToAWholePercentHalfUp() {
		// 17 / 45 * 100 = 37.78 -> 38; 1 / 40 * 100 = 2.5 -> 3
		assertThat(((Scored) InstrumentScorer.score(INDEX, answers(INDEX, 2, 2, 2, 2, 2, 2, 2, 2, 1, null))).value())
			.isEqualByComparingTo("38");
		assertThat(((Scored) InstrumentScorer.score(INDEX, answers(INDEX, 1, 0, 0, 0, 0, 0, 0, 0, null, null))).value())
			.isEqualByComparingTo("3");
	}

	@ParameterizedTest(name = "{0} % is {1}")
	@CsvSource({ "0, minimal", "20, minimal", "21, moderate", "40, moderate", "41, severe", "60, severe",
			"61, crippling", "80, crippling", "81, bed-bound", "100, bed-bound" })
	void bandsTheScoreAtTheDesignBoundaries(int score, String band) {
		assertThat(INDEX.bands().classify(BigDecimal.valueOf(score), Map.of())).get()
			.extracting(Band::id)
			.isEqualTo(band);
	}

	@Test
	void refusesAnAnswerOutsideZeroToFiveAgainstItsSection() {
		InstrumentResponse response = answers(INDEX, 2, 2, 6, 2, 2, 2, 2, 2, 2, 2);

		assertThat(InstrumentScorer.check(INDEX, response).fields()).containsExactly("answers[lifting]");
		assertThat(InstrumentScorer.score(INDEX, response)).isInstanceOfSatisfying(NotScored.class,
				(notScored) -> assertThat(notScored.code()).isEqualTo("instrument.invalid-answers"));
	}

	@Test
	void refusesAnswersGivenAgainstAnotherVersion() {
		InstrumentResponse old = new InstrumentResponse(DisabilityIndex.ID, "2.0",
				answers(INDEX, 1, 1, 1, 1, 1, 1, 1, 1).answers());

		assertThat(InstrumentScorer.check(INDEX, old).fields()).containsExactly("version");
	}

	@Test
	void shipsTopicLabelsWithoutTheLicensedWording() {
		assertThat(INDEX.items()).extracting(Item::topic)
			.containsExactly("Pain intensity", "Personal care", "Lifting", "Walking", "Sitting", "Standing", "Sleeping",
					"Sex life", "Social life", "Travelling");
		assertThat(INDEX.itemText()).isEmpty();
		assertThat(INDEX.hasItemText()).isFalse();
	}

	@Test
	void offersThePortalOnlyOnceEverySectionHasImportedWording() {
		Map<String, String> partial = Map.of("lifting", "licensed text A");
		Validated<InstrumentDefinition> some = INDEX.withItemText(partial);
		assertThat(some.value().hasItemText()).isFalse();

		Map<String, String> all = new java.util.HashMap<>();
		DisabilityIndex.SECTIONS.forEach((section) -> all.put(section, "licensed text for " + section));
		InstrumentDefinition licensed = INDEX.withItemText(all).value();

		assertThat(licensed.hasItemText()).isTrue();
		assertThat(licensed.itemText("walking")).contains("licensed text for walking");
		assertThat(licensed.scoring()).isEqualTo(INDEX.scoring());
	}

	@Test
	void refusesImportedWordingForUnknownSectionsOrBlankText() {
		Validated<InstrumentDefinition> result = INDEX.withItemText(Map.of("juggling", "x", "sitting", " "));

		assertThat(result.isValid()).isFalse();
		assertThat(result.violations().fields()).containsExactlyInAnyOrder("itemText[juggling]", "itemText[sitting]");
	}

}
