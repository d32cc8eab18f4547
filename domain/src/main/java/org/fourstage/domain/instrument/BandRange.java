package org.fourstage.domain.instrument;

import java.math.BigDecimal;

/**
 * The scores a band covers, both ends included.
 *
 * @param band the band
 * @param from the lowest score in it
 * @param to the highest score in it
 */
public record BandRange(Band band, BigDecimal from, BigDecimal to) {

	public BandRange {
		if (from.compareTo(to) > 0) {
			throw new IllegalArgumentException("A band range runs from low to high");
		}
	}

	public static BandRange of(String id, String label, int from, int to) {
		return new BandRange(new Band(id, label), BigDecimal.valueOf(from), BigDecimal.valueOf(to));
	}

	public boolean contains(BigDecimal score) {
		return score.compareTo(this.from) >= 0 && score.compareTo(this.to) <= 0;
	}

}
