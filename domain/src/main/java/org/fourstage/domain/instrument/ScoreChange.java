package org.fourstage.domain.instrument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The change between two scores of the same instrument, and whether it reaches the
 * minimal clinically important difference. Importance is judged on the size of the
 * change, whichever way it goes, so an important worsening is shown as clearly as an
 * important improvement.
 *
 * @param before the earlier score
 * @param after the later score
 * @param points after minus before
 * @param percent the size of the change as a percentage of the earlier score, one
 * decimal, or {@code null} when the earlier score was 0
 * @param direction improved, unchanged or worsened, given which way is better
 * @param important whether the change reaches the important difference; false when the
 * instrument has none
 * @param importantChange the threshold used, with its source
 */
public record ScoreChange(BigDecimal before, BigDecimal after, BigDecimal points, @Nullable BigDecimal percent,
		ChangeDirection direction, boolean important, @Nullable ImportantChange importantChange) {

	public static ScoreChange between(InstrumentDefinition definition, BigDecimal before, BigDecimal after) {
		return between(definition.betterWhen(), definition.importantChange(), before, after);
	}

	/**
	 * The change between two scores read the same way, such as two scores of one
	 * subscale.
	 * @param betterWhen which way is better
	 * @param threshold the important difference, none when it is not known
	 * @param before the earlier score
	 * @param after the later score
	 * @return the change
	 */
	public static ScoreChange between(BetterWhen betterWhen, @Nullable ImportantChange threshold, BigDecimal before,
			BigDecimal after) {
		BigDecimal points = after.subtract(before);
		BigDecimal size = points.abs();
		BigDecimal percent = (before.signum() > 0)
				? size.multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP) : null;
		boolean important = threshold != null && threshold.isReachedBy(before, size);
		return new ScoreChange(before, after, points, percent, direction(betterWhen, points), important, threshold);
	}

	public static ScoreChange between(InstrumentDefinition definition, Scored before, Scored after) {
		return between(definition, before.value(), after.value());
	}

	private static ChangeDirection direction(BetterWhen betterWhen, BigDecimal points) {
		if (points.signum() == 0) {
			return ChangeDirection.UNCHANGED;
		}
		boolean lower = points.signum() < 0;
		return (lower == (betterWhen == BetterWhen.LOWER)) ? ChangeDirection.IMPROVED : ChangeDirection.WORSENED;
	}

	public boolean isImportantImprovement() {
		return this.important && this.direction == ChangeDirection.IMPROVED;
	}

	public Optional<BigDecimal> percentIfKnown() {
		return Optional.ofNullable(this.percent);
	}

}
