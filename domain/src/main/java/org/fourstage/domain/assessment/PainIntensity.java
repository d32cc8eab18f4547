package org.fourstage.domain.assessment;

/**
 * How strong the pain is, rated three ways.
 *
 * @param now the rating at the time of the assessment
 * @param worstLast24Hours the worst rating in the last 24 hours
 * @param onWaking the rating on waking
 */
public record PainIntensity(Nprs now, Nprs worstLast24Hours, Nprs onWaking) {

	public static PainIntensity of(int now, int worstLast24Hours, int onWaking) {
		return new PainIntensity(Nprs.of(now), Nprs.of(worstLast24Hours), Nprs.of(onWaking));
	}

}
