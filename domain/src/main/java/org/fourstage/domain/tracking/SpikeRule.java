package org.fourstage.domain.tracking;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The spike rule: a pain rating is a spike when it is at least the threshold (3 points by
 * default, the clinic's {@code flareSpikePoints}) above the 7-day average of the seven
 * days before it. The day itself is left out of the baseline so the rating cannot soften
 * its own comparison. Without any figure in those seven days no spike can be told.
 *
 * @param thresholdPoints the rise that counts, more than 0 and at most 10
 */
public record SpikeRule(double thresholdPoints) {

	// Averages are doubles (e.g. 10 / 3); a tiny tolerance keeps a rise exactly on the
	// threshold from falling off it through rounding noise.
	private static final double TOLERANCE = 1e-9;

	public SpikeRule {
		if (!(thresholdPoints > 0 && thresholdPoints <= 10)) {
			throw new IllegalArgumentException(
					"A spike threshold is more than 0 and at most 10, not " + thresholdPoints);
		}
	}

	/**
	 * Whether a pain rating is a spike.
	 * @param day the day of the rating
	 * @param nprs the rating, 0 to 10
	 * @param diary the daily figures
	 * @return the spike, or empty when it is none or there is no baseline
	 */
	public Optional<PainSpike> check(LocalDate day, double nprs, PainDiary diary) {
		if (!(nprs >= 0 && nprs <= 10)) {
			throw new IllegalArgumentException("Pain is rated 0 to 10, not " + nprs);
		}
		return diary.sevenDaysBefore(day)
			.filter((baseline) -> nprs - baseline.value() >= this.thresholdPoints - TOLERANCE)
			.map((baseline) -> new PainSpike(day, nprs, baseline, this.thresholdPoints));
	}

}
