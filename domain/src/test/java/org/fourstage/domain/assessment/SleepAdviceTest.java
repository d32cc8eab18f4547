package org.fourstage.domain.assessment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fourstage.domain.assessment.AssessmentTestData.anAssessment;

class SleepAdviceTest {

	@ParameterizedTest(name = "{0} sleeper with pillow {1} gets {2}")
	@CsvSource({ "BACK, NONE, sleep.back.pillow-under-knees", "BACK, BETWEEN_THE_KNEES, sleep.back.pillow-under-knees",
			"SIDE, NONE, sleep.side.pillow-between-knees", "SIDE, UNDER_THE_KNEES, sleep.side.pillow-between-knees",
			"STOMACH, NONE, sleep.stomach.pillow-under-abdomen" })
	void advisesThePillowPlacementThatMatchesTheSleepPosition(SleepPosition position, PillowSupport pillow,
			String adviceCode) {
		Assessment assessment = anAssessment().sleeping(position, pillow, Mattress.FINE).build();

		assertThat(SleepAdvice.of(assessment)).extracting(Reason::code).containsExactly(adviceCode);
	}

	@ParameterizedTest
	@CsvSource({ "BACK, UNDER_THE_KNEES", "SIDE, BETWEEN_THE_KNEES", "STOMACH, UNDER_THE_ABDOMEN" })
	void givesNoAdviceWhenThePillowAndMattressAreRight(SleepPosition position, PillowSupport pillow) {
		assertThat(SleepAdvice.of(anAssessment().sleeping(position, pillow, Mattress.FINE).build())).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "TOO_SOFT, sleep.mattress.too-soft", "TOO_FIRM, sleep.mattress.too-firm",
			"WORN_OUT, sleep.mattress.worn-out" })
	void advisesOnAMattressThatIsNotFine(Mattress mattress, String adviceCode) {
		Assessment assessment = anAssessment().sleeping(SleepPosition.SIDE, PillowSupport.BETWEEN_THE_KNEES, mattress)
			.build();

		assertThat(SleepAdvice.of(assessment)).extracting(Reason::code).containsExactly(adviceCode);
	}

	@Test
	void combinesPositionAndMattressAdvice() {
		Assessment assessment = anAssessment().sleeping(SleepPosition.BACK, PillowSupport.NONE, Mattress.WORN_OUT)
			.build();

		assertThat(SleepAdvice.of(assessment)).containsExactly(SleepAdvice.PILLOW_UNDER_KNEES,
				SleepAdvice.MATTRESS_WORN_OUT);
	}

}
