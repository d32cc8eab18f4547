package org.fourstage.domain.assessment;

import org.fourstage.domain.program.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fourstage.domain.assessment.AssessmentTestData.anAssessment;

class AssessmentFindingsTest {

	@Test
	void bundlesEveryDerivationForAQlMorningPatient() {
		Assessment assessment = anAssessment().withPainNow(4)
			.withLocations(PainLocation.of(BodyRegion.FLANK, BodySide.LEFT))
			.aggravatedBy(AggravatingFactor.ROLLING_OVER_IN_BED, AggravatingFactor.COUGHING_OR_SNEEZING,
					AggravatingFactor.CLIMBING_STAIRS)
			.withSideBends(SideBend.FREE, SideBend.STIFF)
			.withMorningStiffnessMinutes(45)
			.wakingAtNight(true)
			.sleeping(SleepPosition.STOMACH, PillowSupport.NONE, Mattress.TOO_SOFT)
			.build();

		AssessmentFindings findings = AssessmentFindings.of(assessment);

		assertThat(findings.durationBand()).isEqualTo(DurationBand.PERSISTENT);
		assertThat(findings.redFlagScreen().isUrgent()).isFalse();
		assertThat(findings.painPattern().pattern()).isEqualTo(PainPattern.MUSCLE_DOMINANT);
		assertThat(findings.qlInvolvement().likely()).isTrue();
		assertThat(findings.morningPattern().possibleInflammatoryBackPain()).isTrue();
		assertThat(findings.sleepAdvice()).containsExactly(SleepAdvice.PILLOW_UNDER_ABDOMEN,
				SleepAdvice.MATTRESS_TOO_SOFT);
		assertThat(findings.startingStage().stage()).isEqualTo(Stage.RESTORE_MOBILITY);
	}

}
