package org.fourstage.domain.tracking;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Days and entries for the tracking tests: day 1 is Monday 2 November 2026.
 */
final class TrackingTestData {

	static final LocalDate DAY_ONE = LocalDate.of(2026, 11, 2);

	private TrackingTestData() {
	}

	/**
	 * A day of the test month.
	 * @param number 1 for the first day
	 * @return the day
	 */
	static LocalDate day(int number) {
		return DAY_ONE.plusDays(number - 1L);
	}

	static DailyPain pain(int dayNumber, double nprs) {
		return new DailyPain(day(dayNumber), nprs, new EntryRef(EntryKind.CHECK_IN, UUID.randomUUID(), day(dayNumber)));
	}

	static LoggedSession session(int dayNumber, double share) {
		return new LoggedSession(new EntryRef(EntryKind.EXERCISE_SESSION, UUID.randomUUID(), day(dayNumber)), share);
	}

	static FlareUpSpan flareUp(int startDay, Integer endDay) {
		return new FlareUpSpan(new EntryRef(EntryKind.FLARE_UP, UUID.randomUUID(), day(startDay)),
				(endDay != null) ? day(endDay) : null);
	}

}
