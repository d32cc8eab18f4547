package org.fourstage.domain.assessment;

import java.util.function.Function;

/**
 * The three pain ratings taken at every assessment.
 */
public enum NprsMeasure {

	NOW(PainIntensity::now), WORST_LAST_24_HOURS(PainIntensity::worstLast24Hours), ON_WAKING(PainIntensity::onWaking);

	private final Function<PainIntensity, Nprs> reading;

	NprsMeasure(Function<PainIntensity, Nprs> reading) {
		this.reading = reading;
	}

	public Nprs of(PainIntensity pain) {
		return this.reading.apply(pain);
	}

}
