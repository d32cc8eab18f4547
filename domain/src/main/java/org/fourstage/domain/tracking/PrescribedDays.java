package org.fourstage.domain.tracking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The days on which the program asked for one exercise session.
 *
 * @param days the prescribed days
 */
public record PrescribedDays(SortedSet<LocalDate> days) {

	public PrescribedDays {
		days = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(days));
	}

	/**
	 * The given days.
	 * @param days the days, in any order; a day given twice counts once
	 * @return the prescribed days
	 */
	public static PrescribedDays of(Collection<LocalDate> days) {
		return new PrescribedDays(new TreeSet<>(days));
	}

	/**
	 * Every given weekday from one day to another, both included.
	 * @param weekdays the weekdays of the prescription
	 * @param from the first day (e.g. when the stage began)
	 * @param to the last day
	 * @return the prescribed days, empty when {@code to} is before {@code from}
	 */
	public static PrescribedDays weekly(Set<DayOfWeek> weekdays, LocalDate from, LocalDate to) {
		SortedSet<LocalDate> days = new TreeSet<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (weekdays.contains(day.getDayOfWeek())) {
				days.add(day);
			}
		}
		return new PrescribedDays(days);
	}

	/**
	 * How many sessions were prescribed from one day to another, both included.
	 * @param from the first day
	 * @param to the last day
	 * @return 0 or more
	 */
	public int countBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return 0;
		}
		return this.days.subSet(from, to.plusDays(1)).size();
	}

}
