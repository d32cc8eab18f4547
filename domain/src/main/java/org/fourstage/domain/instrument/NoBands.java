package org.fourstage.domain.instrument;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The instrument has no bands; the score is read on its own or as a change.
 */
public record NoBands() implements BandRule {

	@Override
	public Optional<Band> classify(BigDecimal score, Map<String, BigDecimal> subscales) {
		return Optional.empty();
	}

}
