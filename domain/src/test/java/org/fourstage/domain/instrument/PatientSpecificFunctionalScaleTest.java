package org.fourstage.domain.instrument;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PatientSpecificFunctionalScaleTest {

	private static final InstrumentDefinition PSFS = PatientSpecificFunctionalScale.DEFINITION;

	@Test
	void scoresTheMeanOfTheNamedActivitiesToOneDecimal() {
		InstrumentResponse response = InstrumentResponse.to(PSFS,
				ItemAnswer.namedActivity("activity-1", "Gardening", 3),
				ItemAnswer.namedActivity("activity-2", "Driving to work", 4),
				ItemAnswer.namedActivity("activity-3", "Lifting my child", 4));

		assertThat(InstrumentScorer.score(PSFS, response)).isInstanceOfSatisfying(Scored.class,
				(scored) -> assertThat(scored.value()).isEqualTo(new BigDecimal("3.7")));
	}

	@Test
	void needsAtLeastThreeActivities() {
		InstrumentResponse response = InstrumentResponse.to(PSFS, ItemAnswer.namedActivity("activity-1", "Running", 5),
				ItemAnswer.namedActivity("activity-2", "Cycling", 7));

		assertThat(InstrumentScorer.score(PSFS, response)).isInstanceOfSatisfying(NotScored.class, (notScored) -> {
			assertThat(notScored.code()).isEqualTo("instrument.too-few-answered");
			assertThat(notScored.arguments()).containsExactly(2, 3);
		});
	}

	@Test
	void asksForTheNameOfEachRatedActivity() {
		InstrumentResponse response = InstrumentResponse.to(PSFS, ItemAnswer.of("activity-1", 5),
				ItemAnswer.namedActivity("activity-2", "Cycling", 7),
				ItemAnswer.namedActivity("activity-3", "Yoga", 2));

		assertThat(InstrumentScorer.check(PSFS, response).fields()).containsExactly("answers[activity-1].patientLabel");
	}

	@Test
	void countsTwoPointsOfBetterFunctionAsAnImportantImprovement() {
		ScoreChange change = ScoreChange.between(PSFS, new BigDecimal("3.7"), new BigDecimal("5.7"));

		assertThat(change.direction()).isEqualTo(ChangeDirection.IMPROVED);
		assertThat(change.isImportantImprovement()).isTrue();
		assertThat(ScoreChange.between(PSFS, new BigDecimal("3.7"), new BigDecimal("5.6")).important()).isFalse();
	}

	@Test
	void carriesItsOwnWordingForThePortal() {
		assertThat(PSFS.hasItemText()).isTrue();
		assertThat(PSFS.items()).allMatch(Item::namedByPatient).hasSize(5);
	}

}
