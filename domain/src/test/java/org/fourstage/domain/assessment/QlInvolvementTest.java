package org.fourstage.domain.assessment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fourstage.domain.assessment.AggravatingFactor.BENDING_FORWARD;
import static org.fourstage.domain.assessment.AggravatingFactor.CLIMBING_STAIRS;
import static org.fourstage.domain.assessment.AggravatingFactor.COUGHING_OR_SNEEZING;
import static org.fourstage.domain.assessment.AggravatingFactor.RISING_FROM_A_CHAIR;
import static org.fourstage.domain.assessment.AggravatingFactor.ROLLING_OVER_IN_BED;
import static org.fourstage.domain.assessment.AssessmentTestData.anAssessment;

class QlInvolvementTest {

	private static final PainLocation RIGHT_FLANK = PainLocation.of(BodyRegion.FLANK, BodySide.RIGHT);

	@Test
	void callsQlLikelyWithARightFlankAcheAndThreeOtherSigns() {
		Assessment assessment = anAssessment().withLocations(RIGHT_FLANK)
			.aggravatedBy(ROLLING_OVER_IN_BED, COUGHING_OR_SNEEZING, RISING_FROM_A_CHAIR)
			.build();

		QlInvolvement ql = QlInvolvement.of(assessment);

		assertThat(ql.likely()).isTrue();
		assertThat(ql.side()).contains(BodySide.RIGHT);
		assertThat(ql.signs()).extracting(Reason::code)
			.containsExactly("ql.flank", "ql.rolling", "ql.cough", "ql.rising");
	}

	@Test
	void doesNotCallQlLikelyWithAFlankAcheAndOnlyTwoOtherSigns() {
		Assessment assessment = anAssessment().withLocations(RIGHT_FLANK)
			.aggravatedBy(ROLLING_OVER_IN_BED, CLIMBING_STAIRS, BENDING_FORWARD)
			.build();

		QlInvolvement ql = QlInvolvement.of(assessment);

		assertThat(ql.likely()).isFalse();
		assertThat(ql.signs()).hasSize(3);
	}

	@Test
	void countsAPainfulSideBendOverTheQlAsASign() {
		Assessment assessment = anAssessment().withLocations(PainLocation.of(BodyRegion.FLANK, BodySide.LEFT))
			.aggravatedBy(ROLLING_OVER_IN_BED, AggravatingFactor.BENDING_TO_THE_OPPOSITE_SIDE)
			.withSideBends(SideBend.FREE, SideBend.PAINFUL_OVER_QL)
			.build();

		QlInvolvement ql = QlInvolvement.of(assessment);

		assertThat(ql.likely()).isTrue();
		assertThat(ql.side()).contains(BodySide.LEFT);
		assertThat(ql.signs()).extracting(Reason::code).contains("ql.opposite-bend", "ql.side-bend");
	}

	@Test
	void needsTheFlankAcheEvenWhenEveryOtherSignIsThere() {
		Assessment assessment = anAssessment()
			.aggravatedBy(ROLLING_OVER_IN_BED, COUGHING_OR_SNEEZING, RISING_FROM_A_CHAIR, CLIMBING_STAIRS,
					AggravatingFactor.BENDING_TO_THE_OPPOSITE_SIDE)
			.withSideBends(SideBend.PAINFUL_OVER_QL, SideBend.PAINFUL_OVER_QL)
			.build();

		assertThat(QlInvolvement.of(assessment).likely()).isFalse();
	}

	@Test
	void doesNotTreatAcheInBothFlanksAsOneSided() {
		Assessment assessment = anAssessment()
			.withLocations(PainLocation.of(BodyRegion.FLANK, BodySide.LEFT), RIGHT_FLANK)
			.aggravatedBy(ROLLING_OVER_IN_BED, COUGHING_OR_SNEEZING, RISING_FROM_A_CHAIR, CLIMBING_STAIRS)
			.build();

		QlInvolvement ql = QlInvolvement.of(assessment);

		assertThat(ql.likely()).isFalse();
		assertThat(ql.side()).isEmpty();
	}

}
