package org.fourstage.domain.instrument;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The score is the score of the one item, as for a single pain rating.
 */
public record SingleItemScore() implements ScoringRule {

	@Override
	public ScoreOutcome compute(InstrumentDefinition definition, Map<String, Integer> answered) {
		if (answered.size() != 1) {
			return new NotScored("instrument.not-answered");
		}
		return new Scored(BigDecimal.valueOf(answered.values().iterator().next()), Map.of(), null, 1);
	}

}
