package org.fourstage.domain.assessment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fourstage.domain.assessment.AssessmentTestData.anAssessment;

class PainPatternClassifierTest {

	@Test
	void readsAnAchingBackThatEasesWithMovementAsMuscleDominant() {
		PainPatternFinding finding = PainPatternClassifier.classify(anAssessment().build());

		assertThat(finding.pattern()).isEqualTo(PainPattern.MUSCLE_DOMINANT);
		assertThat(finding.nerveFeatures()).isEmpty();
		assertThat(finding.muscleFeatures()).extracting(Reason::code)
			.containsExactly("pattern.muscle-quality", "pattern.pressure-reproduces", "pattern.eases-with-movement",
					"pattern.back-and-buttock");
	}

	@Test
	void readsShootingPainBelowTheKneeWithoutMuscleSignsAsNerveInvolvement() {
		Assessment assessment = anAssessment().withQualities(PainQuality.SHOOTING)
			.withLocations(PainLocation.of(BodyRegion.BUTTOCK, BodySide.LEFT),
					PainLocation.of(BodyRegion.BELOW_THE_KNEE, BodySide.LEFT))
			.spreadingInALine()
			.withPressureReproducingAche(false)
			.easingWithGentleMovement(false)
			.build();

		PainPatternFinding finding = PainPatternClassifier.classify(assessment);

		assertThat(finding.pattern()).isEqualTo(PainPattern.NERVE_INVOLVEMENT);
		assertThat(finding.reasons()).extracting(Reason::code)
			.containsExactly("pattern.nerve-quality", "pattern.below-knee", "pattern.line-like");
	}

	@Test
	void readsNumbnessInABackThatEasesWithMovementAsMixed() {
		Assessment assessment = anAssessment().withQualities(PainQuality.NUMBNESS)
			.withPressureReproducingAche(false)
			.build();

		PainPatternFinding finding = PainPatternClassifier.classify(assessment);

		assertThat(finding.muscleFeatures()).hasSize(2);
		assertThat(finding.pattern()).isEqualTo(PainPattern.MIXED);
	}

	@Test
	void readsANeurologicalSignWithOnlyOneMuscleFeatureAsNerveInvolvement() {
		Assessment assessment = anAssessment().withQualities(PainQuality.TINGLING)
			.withPressureReproducingAche(false)
			.easingWithGentleMovement(false)
			.build();

		PainPatternFinding finding = PainPatternClassifier.classify(assessment);

		assertThat(finding.muscleFeatures()).extracting(Reason::code).containsExactly("pattern.back-and-buttock");
		assertThat(finding.pattern()).isEqualTo(PainPattern.NERVE_INVOLVEMENT);
	}

	@Test
	void readsAnAchingBackWithTinglingAsMixed() {
		Assessment assessment = anAssessment().withQualities(PainQuality.ACHING, PainQuality.TINGLING).build();

		PainPatternFinding finding = PainPatternClassifier.classify(assessment);

		assertThat(finding.pattern()).isEqualTo(PainPattern.MIXED);
		assertThat(finding.nerveFeatures()).extracting(Reason::code).containsExactly("pattern.neurological-sign");
		assertThat(finding.muscleFeatures()).isNotEmpty();
	}

	@Test
	void readsALoneSharpTwingeWithoutMuscleSignsAsMixedNotNerve() {
		Assessment assessment = anAssessment().withQualities(PainQuality.SHARP)
			.withPressureReproducingAche(false)
			.easingWithGentleMovement(false)
			.withLocations(PainLocation.of(BodyRegion.THIGH, BodySide.RIGHT))
			.build();

		PainPatternFinding finding = PainPatternClassifier.classify(assessment);

		assertThat(finding.nerveFeatures()).hasSize(1);
		assertThat(finding.muscleFeatures()).isEmpty();
		assertThat(finding.pattern()).isEqualTo(PainPattern.MIXED);
	}

	@Test
	void readsTwoNerveFeaturesWithTwoMuscleFeaturesAsMixed() {
		Assessment assessment = anAssessment().withQualities(PainQuality.BURNING)
			.withLocations(PainLocation.of(BodyRegion.LOW_BACK, BodySide.LEFT),
					PainLocation.of(BodyRegion.BELOW_THE_KNEE, BodySide.LEFT))
			.build();

		PainPatternFinding finding = PainPatternClassifier.classify(assessment);

		assertThat(finding.nerveFeatures()).hasSize(2);
		assertThat(finding.muscleFeatures()).extracting(Reason::code)
			.containsExactly("pattern.pressure-reproduces", "pattern.eases-with-movement");
		assertThat(finding.pattern()).isEqualTo(PainPattern.MIXED);
	}

}
