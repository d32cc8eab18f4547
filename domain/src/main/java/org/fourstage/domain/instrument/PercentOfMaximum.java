package org.fourstage.domain.instrument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The sum of the answered items as a percentage of the most they could score: skipped
 * items leave both the sum and the maximum, so a skipped section does not count as "no
 * problem". This is the disability index rule: sum ÷ (5 × answered) × 100.
 * <p>
 * Rounding: to a <b>whole percent</b>, half up (37.5 becomes 38). The bands are defined
 * on whole percents (20 is minimal, 21 moderate), so a decimal score could fall between
 * two bands; whole percents also match how the paper form is read.
 *
 * @param minimumAnswered the fewest answered items that still give a score
 */
public record PercentOfMaximum(int minimumAnswered) implements ScoringRule {

	public PercentOfMaximum {
		if (minimumAnswered < 1) {
			throw new IllegalArgumentException("At least one item must be answered");
		}
	}

	@Override
	public ScoreOutcome compute(InstrumentDefinition definition, Map<String, Integer> answered) {
		if (answered.size() < this.minimumAnswered) {
			return ScoringRule.tooFewAnswered(this.minimumAnswered, answered.size());
		}
		int sum = answered.values().stream().mapToInt(Integer::intValue).sum();
		int maximum = answered.keySet().stream().mapToInt((id) -> definition.item(id).maxScore()).sum();
		BigDecimal percent = BigDecimal.valueOf(sum)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(maximum), 0, RoundingMode.HALF_UP);
		return new Scored(percent, Map.of(), null, answered.size());
	}

}
