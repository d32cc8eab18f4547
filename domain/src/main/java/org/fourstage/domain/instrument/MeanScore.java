package org.fourstage.domain.instrument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The mean of the answered items, as for the patient-specific functional scale.
 * <p>
 * Rounding: to <b>one decimal</b>, half up (11 ÷ 3 = 3.666… becomes 3.7). One decimal
 * keeps a change of a single point on one of three activities visible (0.3) without
 * pretending to more precision than 0–10 ratings have.
 *
 * @param minimumAnswered the fewest answered items that still give a score
 */
public record MeanScore(int minimumAnswered) implements ScoringRule {

	public MeanScore {
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
		BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answered.size()), 1, RoundingMode.HALF_UP);
		return new Scored(mean, Map.of(), null, answered.size());
	}

}
