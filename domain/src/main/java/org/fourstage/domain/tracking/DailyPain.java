package org.fourstage.domain.tracking;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One day's pain for averaging: the day's check-in, summed up in one 0–10 figure.
 *
 * @param day the day
 * @param nprs the day's pain, 0 to 10
 * @param source the entry it comes from, or null for a figure made up in a test or demo
 */
public record DailyPain(LocalDate day, double nprs, @Nullable EntryRef source) {

	public DailyPain {
		Objects.requireNonNull(day, "day");
		if (!(nprs >= 0 && nprs <= 10)) {
			throw new IllegalArgumentException("Pain is rated 0 to 10, not " + nprs);
		}
	}

	/**
	 * A day's pain from a kept check-in (see {@link #fromCheckIn}).
	 * @param checkIn the check-in
	 * @return the day's pain
	 */
	public static DailyPain of(CheckIn checkIn) {
		CheckInEntry entry = checkIn.entry();
		return fromCheckIn(checkIn.id(), entry.day(), entry.morningPain(), entry.eveningPain());
	}

	/**
	 * A day's pain from its check-in's ratings: the mean of the morning and the evening
	 * rating, or the morning rating alone while the evening one is not given yet.
	 * @param checkInId the check-in
	 * @param day its day
	 * @param morningPain 0 to 10
	 * @param eveningPain 0 to 10, or null
	 * @return the day's pain
	 */
	public static DailyPain fromCheckIn(UUID checkInId, LocalDate day, int morningPain, @Nullable Integer eveningPain) {
		double nprs = (eveningPain != null) ? (morningPain + eveningPain) / 2.0 : morningPain;
		return new DailyPain(day, nprs, new EntryRef(EntryKind.CHECK_IN, checkInId, day));
	}

}
