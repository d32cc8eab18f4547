package org.fourstage.domain.program;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ExerciseDaysTest {

	@Test
	void aStageWhoseExercisesNameNoDaysIsDoneEveryDay() {
		StagePlan calm = plan(Dosage.builder().durationMinutes(5).timesPerDay(4).build(),
				Dosage.builder().sets(2).reps(10).build());

		assertThat(ExerciseDays.of(calm).inWeekOrder()).containsExactly(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY,
				SATURDAY, SUNDAY);
	}

	@Test
	void theMostFrequentExerciseSetsTheDays() {
		StagePlan strengthen = plan(Dosage.builder().sets(2).reps(8).daysPerWeek(3).build(),
				Dosage.builder().sets(2).reps(10).daysPerWeek(5).build());

		ExerciseDays days = ExerciseDays.of(strengthen);

		assertThat(days.perWeek()).isEqualTo(5);
		assertThat(days.inWeekOrder()).containsExactly(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
	}

	@Test
	void anExerciseWithoutDaysAmongCountedOnesMakesItDaily() {
		StagePlan mixed = plan(Dosage.builder().sets(2).reps(8).daysPerWeek(3).build(),
				Dosage.builder().durationMinutes(10).build());

		assertThat(ExerciseDays.of(mixed).perWeek()).isEqualTo(7);
	}

	@Test
	void fewDaysAreSpreadWithRestDaysBetween() {
		assertThat(ExerciseDays.ofCount(1).inWeekOrder()).containsExactly(WEDNESDAY);
		assertThat(ExerciseDays.ofCount(2).inWeekOrder()).containsExactly(MONDAY, THURSDAY);
		assertThat(ExerciseDays.ofCount(3).inWeekOrder()).containsExactly(MONDAY, WEDNESDAY, FRIDAY);
		assertThat(ExerciseDays.ofCount(4).inWeekOrder()).containsExactly(MONDAY, TUESDAY, THURSDAY, FRIDAY);
		assertThat(ExerciseDays.ofCount(6).inWeekOrder()).containsExactly(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY,
				SATURDAY);
	}

	@Test
	void aStageWithoutExercisesHasNoDays() {
		assertThat(ExerciseDays.of(new StagePlan(Stage.RESTORE_MOBILITY, "Goal", List.of(), List.of())).isEmpty())
			.isTrue();
	}

	@Test
	void refusesMoreDaysThanAWeekHas() {
		assertThatIllegalArgumentException().isThrownBy(() -> ExerciseDays.ofCount(8));
	}

	private static StagePlan plan(Dosage... dosages) {
		List<PrescribedExercise> exercises = new ArrayList<>();
		for (int i = 0; i < dosages.length; i++) {
			exercises.add(new PrescribedExercise(
					ProgramTest.exercise("exercise-" + i, "Exercise " + i, Stage.RESTORE_MOBILITY, dosages[i]),
					dosages[i], ""));
		}
		return new StagePlan(Stage.RESTORE_MOBILITY, "Goal", exercises, List.of());
	}

}
