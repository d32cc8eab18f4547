package org.fourstage.domain.instrument;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bands by ranges of the total score.
 *
 * @param ranges the ranges, not overlapping
 */
public record ScoreBands(List<BandRange> ranges) implements BandRule {

	public ScoreBands {
		ranges = List.copyOf(ranges);
		for (int i = 1; i < ranges.size(); i++) {
			if (ranges.get(i).from().compareTo(ranges.get(i - 1).to()) <= 0) {
				throw new IllegalArgumentException("Band ranges must rise and not overlap");
			}
		}
	}

	public static ScoreBands of(BandRange... ranges) {
		return new ScoreBands(List.of(ranges));
	}

	@Override
	public Optional<Band> classify(BigDecimal score, Map<String, BigDecimal> subscales) {
		return this.ranges.stream().filter((range) -> range.contains(score)).map(BandRange::band).findFirst();
	}

}
