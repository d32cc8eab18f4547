package org.fourstage.domain.tracking;

import java.time.LocalDate;
import java.util.List;

/**
 * The average pain of a span of days, counting only the days that have a figure, with
 * those days.
 *
 * @param from the first day of the span, included
 * @param to the last day of the span, included
 * @param value the mean of the days with a figure, 0 to 10
 * @param basedOn the days with a figure, in date order; at least one
 */
public record PainAverage(LocalDate from, LocalDate to, double value, List<DailyPain> basedOn) {

	public PainAverage {
		basedOn = List.copyOf(basedOn);
		if (basedOn.isEmpty()) {
			throw new IllegalArgumentException("An average needs at least one day with a figure");
		}
	}

	/**
	 * How many days of the span had a figure.
	 * @return 1 to the span's length
	 */
	public int daysWithFigure() {
		return this.basedOn.size();
	}

}
