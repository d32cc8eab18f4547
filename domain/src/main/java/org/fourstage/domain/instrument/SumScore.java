package org.fourstage.domain.instrument;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sum of the item scores, with subscales summed the same way. Sums are whole numbers,
 * so there is nothing to round.
 *
 * @param minimumAnswered the fewest answered items that still give a score
 * @param subscales the subscales to report beside the total
 */
public record SumScore(int minimumAnswered, List<Subscale> subscales) implements ScoringRule {

	public SumScore {
		subscales = List.copyOf(subscales);
	}

	@Override
	public ScoreOutcome compute(InstrumentDefinition definition, Map<String, Integer> answered) {
		if (answered.size() < this.minimumAnswered) {
			return ScoringRule.tooFewAnswered(this.minimumAnswered, answered.size());
		}
		Map<String, BigDecimal> subscaleScores = new HashMap<>();
		for (Subscale subscale : this.subscales) {
			int sum = subscale.itemIds().stream().mapToInt((id) -> answered.getOrDefault(id, 0)).sum();
			subscaleScores.put(subscale.id(), BigDecimal.valueOf(sum));
		}
		int total = answered.values().stream().mapToInt(Integer::intValue).sum();
		return new Scored(BigDecimal.valueOf(total), subscaleScores, null, answered.size());
	}

}
