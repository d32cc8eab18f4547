package org.fourstage.domain.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A patient's pain day by day, and its averages over spans of days.
 * <p>
 * The rule for missing days: an average is the mean of the days in the span that have a
 * figure; days without a check-in are left out, not counted as 0. A span without any
 * figure has no average at all. A 7-day average on a day covers that day and the six
 * before it.
 */
public final class PainDiary {

	/** The days a "7-day" average spans. */
	public static final int WINDOW_DAYS = 7;

	private final NavigableMap<LocalDate, DailyPain> days;

	/**
	 * A diary.
	 * @param days the daily figures, in any order, at most one per day
	 */
	public PainDiary(List<DailyPain> days) {
		NavigableMap<LocalDate, DailyPain> byDay = new TreeMap<>();
		for (DailyPain day : days) {
			if (byDay.put(day.day(), day) != null) {
				throw new IllegalArgumentException("One pain figure per day, and " + day.day() + " has two");
			}
		}
		this.days = java.util.Collections.unmodifiableNavigableMap(byDay);
	}

	/**
	 * The figure of one day.
	 * @param day the day
	 * @return the figure, or empty
	 */
	public Optional<DailyPain> on(LocalDate day) {
		return Optional.ofNullable(this.days.get(day));
	}

	/**
	 * Every figure, in date order.
	 * @return the figures
	 */
	public List<DailyPain> all() {
		return List.copyOf(this.days.values());
	}

	/**
	 * The average from one day to another, both included.
	 * @param from the first day
	 * @param to the last day
	 * @return the average of the days with a figure, or empty when none has one
	 */
	public Optional<PainAverage> averageBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return Optional.empty();
		}
		Map<LocalDate, DailyPain> span = this.days.subMap(from, true, to, true);
		if (span.isEmpty()) {
			return Optional.empty();
		}
		double mean = span.values().stream().mapToDouble(DailyPain::nprs).sum() / span.size();
		return Optional.of(new PainAverage(from, to, mean, List.copyOf(span.values())));
	}

	/**
	 * The 7-day average on a day: that day and the six before it.
	 * @param day the last day of the span
	 * @return the average, or empty when none of the seven days has a figure
	 */
	public Optional<PainAverage> sevenDayAverage(LocalDate day) {
		return averageBetween(day.minusDays(WINDOW_DAYS - 1), day);
	}

	/**
	 * The 7-day average of the seven days before a day, without the day itself: the
	 * baseline a day's pain is compared with.
	 * @param day the day after the span
	 * @return the average, or empty when none of the seven days has a figure
	 */
	public Optional<PainAverage> sevenDaysBefore(LocalDate day) {
		return averageBetween(day.minusDays(WINDOW_DAYS), day.minusDays(1));
	}

}
