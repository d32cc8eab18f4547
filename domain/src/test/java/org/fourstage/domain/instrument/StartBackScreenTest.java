package org.fourstage.domain.instrument;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartBackScreenTest {

	private static final InstrumentDefinition START = StartBackScreen.DEFINITION;

	/**
	 * A response with the given items (1-based) agreed and item 9 at the given level.
	 */
	static InstrumentResponse agreeing(int bothersomeLevel, int... agreedItems) {
		List<ItemAnswer> answers = new ArrayList<>();
		for (int item = 1; item <= 8; item++) {
			int number = item;
			boolean agreed = java.util.Arrays.stream(agreedItems).anyMatch((agreedItem) -> agreedItem == number);
			answers.add(ItemAnswer.of(StartBackScreen.ITEMS.get(item - 1),
					agreed ? StartBackScreen.AGREE : StartBackScreen.DISAGREE));
		}
		answers.add(ItemAnswer.of(StartBackScreen.ITEMS.get(8), bothersomeLevel));
		return new InstrumentResponse(START.id(), START.version(), answers);
	}

	private static Scored score(InstrumentResponse response) {
		return (Scored) InstrumentScorer.score(START, response);
	}

	@Test
	void placesATotalOfThreeInLowRisk() {
		// items 1, 2 agree (2) + item 9 level 4 (1) = 3; subscale = item 9 = 1
		Scored scored = score(agreeing(4, 1, 2));

		assertThat(scored.value()).isEqualByComparingTo("3");
		assertThat(scored.subscale(StartBackScreen.PSYCHOSOCIAL)).isEqualByComparingTo("1");
		assertThat(scored.band()).isEqualTo(StartBackRiskBands.LOW);
	}

	@Test
	void placesATotalOfFourWithASubscaleOfThreeInMediumRisk() {
		// items 1, 5, 6 agree (3) + item 9 level 5 (1) = 4; subscale = 5, 6, 9 = 3
		Scored scored = score(agreeing(5, 1, 5, 6));

		assertThat(scored.value()).isEqualByComparingTo("4");
		assertThat(scored.subscale(StartBackScreen.PSYCHOSOCIAL)).isEqualByComparingTo("3");
		assertThat(scored.band()).isEqualTo(StartBackRiskBands.MEDIUM);
	}

	@Test
	void placesASubscaleOfFourInHighRisk() {
		// items 5, 6, 7 agree + item 9 level 4 = total 4, subscale 4
		Scored scored = score(agreeing(4, 5, 6, 7));

		assertThat(scored.value()).isEqualByComparingTo("4");
		assertThat(scored.subscale(StartBackScreen.PSYCHOSOCIAL)).isEqualByComparingTo("4");
		assertThat(scored.band()).isEqualTo(StartBackRiskBands.HIGH);
	}

	@Test
	void countsItemNineOnlyAtItsTwoHighestLevels() {
		assertThat(score(agreeing(3, 5, 6, 7, 8)).subscale(StartBackScreen.PSYCHOSOCIAL)).isEqualByComparingTo("4");
		assertThat(score(agreeing(3, 5, 6, 7)).value()).isEqualByComparingTo("3");
		assertThat(score(agreeing(3, 5, 6, 7)).band()).isEqualTo(StartBackRiskBands.LOW);
		assertThat(score(agreeing(1)).value()).isEqualByComparingTo("0");
		assertThat(score(agreeing(5, 1, 2, 3, 4, 5, 6, 7, 8)).value()).isEqualByComparingTo("9");
	}

	@Test
	void placesAHighPhysicalTotalWithALowSubscaleInMediumRisk() {
		// items 1-4 agree + item 5 = total 5, subscale 1
		assertThat(score(agreeing(2, 1, 2, 3, 4, 5)).band()).isEqualTo(StartBackRiskBands.MEDIUM);
	}

	@Test
	void needsAllNineItemsForAScore() {
		InstrumentResponse full = agreeing(4, 1);
		InstrumentResponse missingOne = new InstrumentResponse(START.id(), START.version(),
				full.answers().subList(0, 8));

		assertThat(InstrumentScorer.score(START, missingOne)).isInstanceOf(NotScored.class);
	}

	@Test
	void offersItemNineInThePlainWordsOfThePaperFormAndScoresOnlyTheTopTwo() {
		Item bothersomeness = START.items().get(8);

		assertThat(bothersomeness.options()).extracting(ResponseOption::label)
			.containsExactly("Not at all", "Slightly", "Moderately", "Very much", "Extremely");
		assertThat(bothersomeness.options()).extracting(ResponseOption::score).containsExactly(0, 0, 0, 1, 1);
		assertThat(bothersomeness.options()).extracting(ResponseOption::value).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void refusesALevelThatItemNineDoesNotOffer() {
		assertThat(InstrumentScorer.check(START, agreeing(6, 1)).fields()).containsExactly("answers[bothersomeness]");
	}

	@Test
	void shipsNoLicensedWordingAndNoImportantChange() {
		assertThat(START.hasItemText()).isFalse();
		assertThat(START.importantChangeIfKnown()).isEmpty();
	}

}
