package org.fourstage.domain.instrument;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * How a score is put in a band.
 */
public sealed interface BandRule permits NoBands, ScoreBands, StartBackRiskBands {

	/**
	 * The band of a score.
	 * @param score the total score
	 * @param subscales the subscale scores by id
	 * @return the band, or empty when the instrument has none
	 */
	Optional<Band> classify(BigDecimal score, Map<String, BigDecimal> subscales);

}
