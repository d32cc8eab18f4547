package org.fourstage.domain.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

import org.fourstage.domain.instrument.DisabilityIndex;
import org.fourstage.domain.instrument.PatientSpecificFunctionalScale;
import org.fourstage.domain.instrument.StartBackScreen;
import org.fourstage.domain.validation.FieldError;
import org.fourstage.domain.validation.Validated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.fourstage.domain.tracking.TrackingTestData.day;

class MeasurementScheduleTest {

	private static final LocalDate START = day(1);

	private final MeasurementSchedule schedule = MeasurementSchedule.DEFAULTS;

	@Test
	void asksForEveryBaselineQuestionnaireOnTheFirstDay() {
		assertThat(this.schedule.dueOn(START, START, List.of())).extracting(DueQuestionnaire::instrument)
			.containsExactlyInAnyOrder(PatientSpecificFunctionalScale.ID, DisabilityIndex.ID, StartBackScreen.ID);
	}

	@Test
	void theAssessmentBeforeTheProgramCountsForWeekZero() {
		List<CompletedQuestionnaire> atAssessment = List.of(
				new CompletedQuestionnaire(DisabilityIndex.ID, START.minusDays(14)),
				new CompletedQuestionnaire(StartBackScreen.ID, START.minusDays(15)));

		List<DueQuestionnaire> due = this.schedule.dueOn(START, START, atAssessment);

		assertThat(due).extracting(DueQuestionnaire::instrument)
			.containsExactlyInAnyOrder(PatientSpecificFunctionalScale.ID, StartBackScreen.ID);
	}

	@Test
	void theScaleOfWeekTwoOpensThreeDaysEarlyAndIsOverdueAfterSevenDaysOfGrace() {
		List<CompletedQuestionnaire> baseline = baseline();
		LocalDate weekTwo = START.plusWeeks(2);

		assertThat(this.schedule.dueOn(START, weekTwo.minusDays(4), baseline)).isEmpty();
		assertThat(this.schedule.dueOn(START, weekTwo.minusDays(3), baseline))
			.containsExactly(new DueQuestionnaire(PatientSpecificFunctionalScale.ID, 2, weekTwo, DueStatus.DUE));
		assertThat(this.schedule.dueOn(START, weekTwo.plusDays(7), baseline)).extracting(DueQuestionnaire::status)
			.containsExactly(DueStatus.DUE);
		assertThat(this.schedule.dueOn(START, weekTwo.plusDays(8), baseline)).extracting(DueQuestionnaire::status)
			.containsExactly(DueStatus.OVERDUE);
	}

	@Test
	void aQuestionnaireCompletedInTheOpenWindowClearsItsOccasion() {
		LocalDate weekTwo = START.plusWeeks(2);
		List<CompletedQuestionnaire> done = new java.util.ArrayList<>(baseline());
		done.add(new CompletedQuestionnaire(PatientSpecificFunctionalScale.ID, weekTwo.minusDays(3)));

		assertThat(this.schedule.dueOn(START, weekTwo.plusDays(1), done)).isEmpty();
	}

	@Test
	void atWeekSixAllThreeAreDueAgainAndAMissedEarlierOneIsNotChased() {
		// the scale of week 4 was never done; week 6 has opened, so only week 6 is asked
		LocalDate weekSix = START.plusWeeks(6);
		List<CompletedQuestionnaire> done = new java.util.ArrayList<>(baseline());
		done.add(new CompletedQuestionnaire(PatientSpecificFunctionalScale.ID, START.plusWeeks(2)));

		List<DueQuestionnaire> due = this.schedule.dueOn(START, weekSix, done);

		assertThat(due).extracting(DueQuestionnaire::week).containsExactly(6, 6, 6);
		assertThat(due).extracting(DueQuestionnaire::status).containsOnly(DueStatus.DUE);
	}

	@Test
	void listsOverdueOnesFirst() {
		// day 10 of week 6 (grace passed for the disability index and STarT Back, the
		// scale of week 6 done): overdue ones first
		LocalDate day = START.plusWeeks(6).plusDays(8);
		List<CompletedQuestionnaire> done = new java.util.ArrayList<>(baseline());
		done.add(new CompletedQuestionnaire(PatientSpecificFunctionalScale.ID, START.plusWeeks(6)));

		assertThat(this.schedule.dueOn(START, day, done)).extracting(DueQuestionnaire::status)
			.containsExactly(DueStatus.OVERDUE, DueStatus.OVERDUE);
	}

	@Test
	void aScheduleWithoutTheScaleNeverAsksForIt() {
		MeasurementSchedule noScale = new MeasurementSchedule(true, 0, MeasurementSchedule.weeks(0),
				MeasurementSchedule.weeks());

		assertThat(noScale.dueOn(START, START.plusWeeks(4), List.of())).extracting(DueQuestionnaire::instrument)
			.containsExactly(DisabilityIndex.ID);
	}

	@Test
	void refusesWeeksOutOfRangeFieldByFieldWithACodeForEach() {
		Validated<MeasurementSchedule> refused = MeasurementSchedule.validated(true, 13,
				MeasurementSchedule.weeks(0, 53), MeasurementSchedule.weeks(-1));

		assertThat(refused.isValid()).isFalse();
		assertThat(refused.violations().errors()).extracting(FieldError::field, FieldError::code)
			.containsExactly(tuple("patientSpecificScaleEveryWeeks", "schedule.scaleEvery.range"),
					tuple("disabilityIndexWeeks", "schedule.weeks.range"),
					tuple("startBackWeeks", "schedule.weeks.range"));
		assertThatIllegalArgumentException().isThrownBy(
				() -> new MeasurementSchedule(true, -1, MeasurementSchedule.weeks(), MeasurementSchedule.weeks()));
	}

	@Test
	void acceptsTheBoundsAndRefusesOneWeekTooMany() {
		SortedSet<Integer> twelve = MeasurementSchedule.weeks(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 52);
		SortedSet<Integer> thirteen = MeasurementSchedule.weeks(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 52);

		assertThat(MeasurementSchedule.validated(false, 12, twelve, MeasurementSchedule.weeks()).value())
			.isEqualTo(new MeasurementSchedule(false, 12, twelve, MeasurementSchedule.weeks()));
		assertThat(MeasurementSchedule.validated(true, 0, thirteen, twelve).violations().errors())
			.extracting(FieldError::field, FieldError::code)
			.containsExactly(tuple("disabilityIndexWeeks", "schedule.weeks.tooMany"));
	}

	private static List<CompletedQuestionnaire> baseline() {
		return List.of(new CompletedQuestionnaire(PatientSpecificFunctionalScale.ID, START),
				new CompletedQuestionnaire(DisabilityIndex.ID, START),
				new CompletedQuestionnaire(StartBackScreen.ID, START));
	}

}
