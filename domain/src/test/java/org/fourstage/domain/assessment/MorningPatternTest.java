package org.fourstage.domain.assessment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fourstage.domain.assessment.AssessmentTestData.anAssessment;

class MorningPatternTest {

	@Test
	void flagsThirtyOneMinutesOfStiffnessWithNightWakingForMedicalReview() {
		MorningPattern pattern = MorningPattern
			.of(anAssessment().withMorningStiffnessMinutes(31).wakingAtNight(true).build());

		assertThat(pattern.possibleInflammatoryBackPain()).isTrue();
		assertThat(pattern.reasons()).extracting(Reason::code)
			.containsExactly("morning.stiffness", "morning.night-waking");
	}

	@Test
	void doesNotFlagExactlyThirtyMinutesOfStiffness() {
		MorningPattern pattern = MorningPattern
			.of(anAssessment().withMorningStiffnessMinutes(30).wakingAtNight(true).build());

		assertThat(pattern.possibleInflammatoryBackPain()).isFalse();
		assertThat(pattern.reasons()).isEmpty();
	}

	@Test
	void doesNotFlagLongStiffnessWithoutNightWaking() {
		MorningPattern pattern = MorningPattern
			.of(anAssessment().withMorningStiffnessMinutes(90).wakingAtNight(false).build());

		assertThat(pattern.possibleInflammatoryBackPain()).isFalse();
	}

}
