package org.fourstage.domain.instrument;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The STarT Back risk groups, which read the total and the psychosocial subscale
 * together: a total of at most {@code lowRiskMaxTotal} is low risk; otherwise a subscale
 * of at least {@code highRiskMinSubscale} is high risk, and anything else medium risk.
 *
 * @param subscaleId the id of the psychosocial subscale
 * @param lowRiskMaxTotal the highest total that is still low risk (3)
 * @param highRiskMinSubscale the lowest subscale score that is high risk (4)
 */
public record StartBackRiskBands(String subscaleId, int lowRiskMaxTotal, int highRiskMinSubscale) implements BandRule {

	public static final Band LOW = new Band("low-risk", "Low risk");

	public static final Band MEDIUM = new Band("medium-risk", "Medium risk");

	public static final Band HIGH = new Band("high-risk", "High risk");

	@Override
	public Optional<Band> classify(BigDecimal score, Map<String, BigDecimal> subscales) {
		if (score.compareTo(BigDecimal.valueOf(this.lowRiskMaxTotal)) <= 0) {
			return Optional.of(LOW);
		}
		BigDecimal subscale = subscales.getOrDefault(this.subscaleId, BigDecimal.ZERO);
		return Optional.of((subscale.compareTo(BigDecimal.valueOf(this.highRiskMinSubscale)) >= 0) ? HIGH : MEDIUM);
	}

}
