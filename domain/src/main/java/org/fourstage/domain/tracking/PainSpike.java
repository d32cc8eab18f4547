package org.fourstage.domain.tracking;

import java.time.LocalDate;

/**
 * A day's pain well above the average of the seven days before it.
 *
 * @param day the day of the pain
 * @param nprs the pain, 0 to 10
 * @param baseline the average of the seven days before
 * @param thresholdPoints the rise that counts as a spike
 */
public record PainSpike(LocalDate day, double nprs, PainAverage baseline, double thresholdPoints) {

	/**
	 * How far the pain rose over the baseline.
	 * @return points
	 */
	public double rise() {
		return this.nprs - this.baseline.value();
	}

}
