package org.fourstage.domain.instrument;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The minimal clinically important difference: the smallest change patients notice as
 * real, with the publication it comes from. A change reaches it when its size is at least
 * {@code points}, or at least {@code percent} of the earlier score when a percentage is
 * given.
 *
 * @param points the change in score points
 * @param percent the change as a percentage of the earlier score, if the instrument has
 * one
 * @param source the published source, as a citation
 */
public record ImportantChange(BigDecimal points, @Nullable BigDecimal percent, String source) {

	public ImportantChange {
		if (points.signum() <= 0 || (percent != null && percent.signum() <= 0) || source.isBlank()) {
			throw new IllegalArgumentException("An important change needs positive thresholds and a source");
		}
	}

	public static ImportantChange ofPoints(int points, String source) {
		return new ImportantChange(BigDecimal.valueOf(points), null, source);
	}

	public static ImportantChange ofPointsOrPercent(int points, int percent, String source) {
		return new ImportantChange(BigDecimal.valueOf(points), BigDecimal.valueOf(percent), source);
	}

	/**
	 * Whether a change of {@code size} points from {@code before} is important.
	 * @param before the earlier score
	 * @param size the size of the change, not negative
	 * @return true when it reaches either threshold
	 */
	public boolean isReachedBy(BigDecimal before, BigDecimal size) {
		if (size.compareTo(this.points) >= 0) {
			return true;
		}
		// Compare size * 100 with percent * before, so no division (and no rounding) is
		// needed.
		return this.percent != null && before.signum() > 0
				&& size.multiply(BigDecimal.valueOf(100)).compareTo(this.percent.multiply(before)) >= 0;
	}

}
