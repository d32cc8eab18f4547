package org.fourstage.domain.assessment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How long the episode has lasted, counted in whole days from the onset date to the
 * assessment date.
 * <p>
 * Boundaries: <b>acute</b> is fewer than 42 days (under six full weeks); <b>subacute</b>
 * runs from day 42 up to and including day 84, so a patient seen exactly twelve weeks
 * after onset is still subacute, matching "6–12 weeks"; <b>persistent</b> starts at day
 * 85 ("more than 12 weeks"). Counting days rather than calendar weeks keeps the band the
 * same whatever weekday the pain started on.
 */
public enum DurationBand {

	ACUTE, SUBACUTE, PERSISTENT;

	/** The first day counted as subacute: six full weeks after onset. */
	public static final int FIRST_SUBACUTE_DAY = 6 * 7;

	/** The last day counted as subacute: twelve full weeks after onset. */
	public static final int LAST_SUBACUTE_DAY = 12 * 7;

	/**
	 * The band for an episode that started on {@code onset}, seen on {@code assessedOn}.
	 * @param onset the day the pain started
	 * @param assessedOn the day of the assessment, not before the onset
	 * @return the band
	 */
	public static DurationBand between(LocalDate onset, LocalDate assessedOn) {
		long days = ChronoUnit.DAYS.between(onset, assessedOn);
		if (days < 0) {
			throw new IllegalArgumentException("The onset " + onset + " is after the assessment on " + assessedOn);
		}
		if (days < FIRST_SUBACUTE_DAY) {
			return ACUTE;
		}
		return (days <= LAST_SUBACUTE_DAY) ? SUBACUTE : PERSISTENT;
	}

}
