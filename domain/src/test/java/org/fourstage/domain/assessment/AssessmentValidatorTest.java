package org.fourstage.domain.assessment;

import org.fourstage.domain.validation.Validated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fourstage.domain.assessment.AssessmentTestData.ASSESSED_ON;
import static org.fourstage.domain.assessment.AssessmentTestData.aCompleteDraft;

class AssessmentValidatorTest {

	@Test
	void buildsTheAssessmentFromACompleteDraft() {
		Validated<Assessment> result = AssessmentValidator.validate(aCompleteDraft());

		assertThat(result.isValid()).isTrue();
		Assessment assessment = result.value();
		assertThat(assessment.pain()).isEqualTo(PainIntensity.of(4, 7, 6));
		assertThat(assessment.sleepAndHabits().mattress()).isEqualTo(Mattress.WORN_OUT);
		assertThat(assessment.durationBand()).isEqualTo(DurationBand.ACUTE);
	}

	@Test
	void reportsEachOutOfRangePainRatingAgainstItsOwnField() {
		AssessmentDraft draft = aCompleteDraft();
		AssessmentDraft withBadPain = new AssessmentDraft(draft.kind(), draft.assessedOn(),
				new AssessmentDraft.Pain(11, -1, 5), draft.history(), draft.where(), draft.qualities(),
				draft.behaviour(), draft.sleepAndHabits(), draft.redFlags(), draft.physicalChecks());

		Validated<Assessment> result = AssessmentValidator.validate(withBadPain);

		assertThat(result.isValid()).isFalse();
		assertThat(result.violations().fields()).containsExactly("pain.now", "pain.worstLast24Hours");
		assertThat(result.violations().forField("pain.now").get(0).code()).isEqualTo("assessment.nprs.range");
	}

	@Test
	void refusesNegativeMinutesAndAnImpossibleDeskDay() {
		AssessmentDraft draft = aCompleteDraft();
		AssessmentDraft bad = new AssessmentDraft(draft.kind(), draft.assessedOn(), draft.pain(), draft.history(),
				draft.where(), draft.qualities(), new AssessmentDraft.Behaviour(-5, 20, false, -1, false, true, null),
				new AssessmentDraft.Habits(SleepPosition.SIDE, PillowSupport.NONE, Mattress.FINE, 25.0, false, 11, -2,
						ActivityLevel.LIGHT),
				draft.redFlags(), draft.physicalChecks());

		Validated<Assessment> result = AssessmentValidator.validate(bad);

		assertThat(result.violations().fields()).containsExactlyInAnyOrder("behaviour.sittingToleranceMinutes",
				"behaviour.morningStiffnessMinutes", "sleepAndHabits.deskHoursPerDay", "sleepAndHabits.stress",
				"sleepAndHabits.fearOfMovement");
		assertThat(result.violations().forField("sleepAndHabits.deskHoursPerDay").get(0).defaultMessage())
			.isEqualTo("A day has 0 to 24 hours.");
	}

	@Test
	void acceptsTwentyFourDeskHoursButNotMore() {
		AssessmentDraft draft = aCompleteDraft();
		AssessmentDraft.Habits habits = draft.sleepAndHabits();
		AssessmentDraft full = new AssessmentDraft(draft.kind(), draft.assessedOn(), draft.pain(), draft.history(),
				draft.where(), draft.qualities(), draft.behaviour(), new AssessmentDraft.Habits(habits.sleepPosition(),
						habits.pillowSupport(), habits.mattress(), 24.0, false, 0, 10, habits.activityLevel()),
				draft.redFlags(), draft.physicalChecks());

		assertThat(AssessmentValidator.validate(full).isValid()).isTrue();
	}

	@Test
	void refusesAnOnsetAfterTheAssessmentDate() {
		AssessmentDraft draft = aCompleteDraft();
		AssessmentDraft future = new AssessmentDraft(draft.kind(), draft.assessedOn(), draft.pain(),
				new AssessmentDraft.History(ASSESSED_ON.plusDays(1), OnsetMechanism.TWIST, 0), draft.where(),
				draft.qualities(), draft.behaviour(), draft.sleepAndHabits(), draft.redFlags(), draft.physicalChecks());

		Validated<Assessment> result = AssessmentValidator.validate(future);

		assertThat(result.violations().forField("history.onsetDate")).singleElement()
			.satisfies((error) -> assertThat(error.code()).isEqualTo("assessment.onset.future"));
	}

	@Test
	void acceptsAnOnsetOnTheDayOfTheAssessment() {
		AssessmentDraft draft = aCompleteDraft();
		AssessmentDraft today = new AssessmentDraft(draft.kind(), draft.assessedOn(), draft.pain(),
				new AssessmentDraft.History(ASSESSED_ON, OnsetMechanism.TWIST, 0), draft.where(), draft.qualities(),
				draft.behaviour(), draft.sleepAndHabits(), draft.redFlags(), draft.physicalChecks());

		assertThat(AssessmentValidator.validate(today).isValid()).isTrue();
	}

	@Test
	void namesEveryMissingSection() {
		AssessmentDraft empty = new AssessmentDraft(null, null, null, null, null, null, null, null, null, null);

		Validated<Assessment> result = AssessmentValidator.validate(empty);

		assertThat(result.violations().fields()).containsExactly("kind", "assessedOn", "pain", "history", "where",
				"behaviour", "sleepAndHabits", "physicalChecks", "redFlags");
		assertThat(result.violations().forField("redFlags").get(0).code()).isEqualTo("assessment.section.missing");
	}

	@Test
	void asksForAtLeastOnePainLocationAndEveryPhysicalCheck() {
		AssessmentDraft draft = aCompleteDraft();
		AssessmentDraft bad = new AssessmentDraft(draft.kind(), draft.assessedOn(), draft.pain(), draft.history(),
				new AssessmentDraft.Where(java.util.Set.of(), false), draft.qualities(), draft.behaviour(),
				draft.sleepAndHabits(), draft.redFlags(),
				new AssessmentDraft.Checks(null, BackwardLean.COMFORTABLE, SideBend.FREE, null, -3, false, false));

		Validated<Assessment> result = AssessmentValidator.validate(bad);

		assertThat(result.violations().fields()).containsExactly("where.locations", "physicalChecks.forwardBend",
				"physicalChecks.sideBendRight", "physicalChecks.proneHoldSeconds");
	}

}
