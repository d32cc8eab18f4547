package org.fourstage.domain.instrument;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InstrumentsTest {

	@Test
	void findsEachShippedInstrumentByIdAndVersion() {
		assertThat(Instruments.find(DisabilityIndex.ID, "2.1a")).contains(DisabilityIndex.DEFINITION);
		assertThat(Instruments.find(DisabilityIndex.ID, "2.0")).isEmpty();
		assertThat(Instruments.all()).extracting(InstrumentDefinition::id)
			.containsExactly(NumericPainRatingScale.ID, DisabilityIndex.ID, PatientSpecificFunctionalScale.ID,
					StartBackScreen.ID);
	}

	@Test
	void scoresASinglePainRating() {
		ScoreOutcome outcome = InstrumentScorer.score(NumericPainRatingScale.DEFINITION, InstrumentResponse
			.to(NumericPainRatingScale.DEFINITION, ItemAnswer.of(NumericPainRatingScale.ITEM, 7)));

		assertThat(outcome).isInstanceOfSatisfying(Scored.class,
				(scored) -> assertThat(scored.value()).isEqualByComparingTo("7"));
	}

	@Test
	void givesNoPainScoreWhenTheRatingWasSkipped() {
		ScoreOutcome outcome = InstrumentScorer.score(NumericPainRatingScale.DEFINITION, InstrumentResponse
			.to(NumericPainRatingScale.DEFINITION, ItemAnswer.skipped(NumericPainRatingScale.ITEM)));

		assertThat(outcome.isScored()).isFalse();
	}

	@Test
	void refusesAnswersMeantForAnotherInstrument() {
		InstrumentResponse pain = InstrumentResponse.to(NumericPainRatingScale.DEFINITION,
				ItemAnswer.of(NumericPainRatingScale.ITEM, 3));

		assertThat(InstrumentScorer.check(DisabilityIndex.DEFINITION, pain).fields()).containsExactly("instrument",
				"version", "answers[pain]");
	}

}
