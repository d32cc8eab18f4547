package org.fourstage.domain.instrument;

import java.util.List;
import java.util.Map;

/**
 * How the item scores of a response become the instrument's score. Each rule also decides
 * its own rounding, because the right precision depends on how the score is read.
 */
public sealed interface ScoringRule permits SingleItemScore, PercentOfMaximum, MeanScore, SumScore {

	/**
	 * Computes the score.
	 * @param definition the instrument
	 * @param answered the scores of the answered items by item id, in item order; skipped
	 * items are absent
	 * @return the score without a band, or why there is none
	 */
	ScoreOutcome compute(InstrumentDefinition definition, Map<String, Integer> answered);

	static NotScored tooFewAnswered(int minimum, int answered) {
		return new NotScored("instrument.too-few-answered", List.of(answered, minimum));
	}

}
