package org.fourstage.domain.assessment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.fourstage.domain.assessment.AssessmentTestData.ASSESSED_ON;
import static org.fourstage.domain.assessment.AssessmentTestData.anAssessment;

class AssessmentComparisonTest {

	private final Assessment initial = anAssessment().withPain(7, 9, 5)
		.withQualities(PainQuality.SHOOTING, PainQuality.TINGLING)
		.withLocations(PainLocation.of(BodyRegion.BELOW_THE_KNEE, BodySide.RIGHT))
		.withRedFlags(RedFlag.LONG_TERM_STEROID_USE)
		.withPressureReproducingAche(false)
		.easingWithGentleMovement(false)
		.build();

	private final Assessment reassessment = anAssessment().withKind(AssessmentKind.REASSESSMENT)
		.assessedOn(ASSESSED_ON.plusDays(28))
		.withPain(3, 5, 4)
		.withRedFlags(RedFlag.FEVER_OR_UNWELL)
		.build();

	@Test
	void showsHowEachPainRatingMoved() {
		AssessmentComparison comparison = AssessmentComparison.between(this.initial, this.reassessment);

		assertThat(comparison.painChanges()).extracting(NprsChange::points).containsExactly(-4, -4, -1);
		assertThat(comparison.painChange(NprsMeasure.NOW).isImportant()).isTrue();
		assertThat(comparison.painChange(NprsMeasure.ON_WAKING).isImportant()).isFalse();
		assertThat(comparison.daysBetween()).isEqualTo(28);
	}

	@Test
	void showsRedFlagsThatAppearedAndThatWentAway() {
		AssessmentComparison comparison = AssessmentComparison.between(this.initial, this.reassessment);

		assertThat(comparison.redFlagsAdded()).containsExactly(RedFlag.FEVER_OR_UNWELL);
		assertThat(comparison.redFlagsResolved()).containsExactly(RedFlag.LONG_TERM_STEROID_USE);
	}

	@Test
	void showsTheChangeOfPainPattern() {
		AssessmentComparison comparison = AssessmentComparison.between(this.initial, this.reassessment);

		assertThat(comparison.patternChanged()).isTrue();
		assertThat(comparison.patternBefore()).isEqualTo(PainPattern.NERVE_INVOLVEMENT);
		assertThat(comparison.patternAfter()).isEqualTo(PainPattern.MUSCLE_DOMINANT);
	}

	@Test
	void countsAThirtyPercentDropFromALowRatingAsImportant() {
		NprsChange change = new NprsChange(NprsMeasure.NOW, Nprs.of(3), Nprs.of(2));

		assertThat(change.points()).isEqualTo(-1);
		assertThat(change.isImportant()).isTrue();
		assertThat(new NprsChange(NprsMeasure.NOW, Nprs.of(4), Nprs.of(3)).isImportant()).isFalse();
	}

	@Test
	void refusesToCompareInTheWrongOrder() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AssessmentComparison.between(this.reassessment, this.initial));
	}

}
