package org.fourstage.domain.program;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The weekdays a patient exercises in one stage, for the reminders in their calendar. A
 * stage asks for as many days as its most frequent exercise: an exercise without days per
 * week in its dosage is done every day (the calm-and-mobility stages), otherwise its days
 * per week count. The physio prescribes a number of days, not which ones, so the days are
 * spread over the week with rest days between them where the number allows, and weekdays
 * come before the weekend.
 *
 * @param perWeek how many days a week, 0 for a stage without exercises
 * @param days the days, as many as {@code perWeek}
 */
public record ExerciseDays(int perWeek, Set<DayOfWeek> days) {

	/** The chosen days for each number of days per week. */
	private static final Map<Integer, List<DayOfWeek>> SPREAD = Map.of(1, List.of(DayOfWeek.WEDNESDAY), 2,
			List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), 3,
			List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 4,
			List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), 5,
			List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), 6,
			List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
					DayOfWeek.SATURDAY),
			7, List.of(DayOfWeek.values()));

	public ExerciseDays {
		days = Set.copyOf(days);
		if (perWeek < 0 || perWeek > 7 || days.size() != perWeek) {
			throw new IllegalArgumentException(perWeek + " days a week cannot fall on " + days);
		}
	}

	/**
	 * The exercise days of a stage.
	 * @param stage the stage as prescribed to the patient
	 * @return its days; none when the stage holds no exercise
	 */
	public static ExerciseDays of(StagePlan stage) {
		int perWeek = 0;
		for (PrescribedExercise exercise : stage.exercises()) {
			Integer days = exercise.dosage().daysPerWeek();
			perWeek = Math.max(perWeek, (days != null) ? days : 7);
		}
		return ofCount(perWeek);
	}

	/**
	 * The chosen days for a number of days a week.
	 * @param perWeek 0 to 7
	 * @return the days
	 */
	public static ExerciseDays ofCount(int perWeek) {
		if (perWeek == 0) {
			return new ExerciseDays(0, Set.of());
		}
		List<DayOfWeek> days = SPREAD.get(perWeek);
		if (days == null) {
			throw new IllegalArgumentException("A week has no " + perWeek + " exercise days");
		}
		return new ExerciseDays(perWeek, EnumSet.copyOf(days));
	}

	/**
	 * The days in week order, Monday first.
	 * @return the days, sorted
	 */
	public List<DayOfWeek> inWeekOrder() {
		return this.days.stream().sorted().toList();
	}

	/**
	 * Whether the stage has any exercise day.
	 * @return false for a stage without exercises
	 */
	public boolean isEmpty() {
		return this.perWeek == 0;
	}

}
