package org.fourstage.domain.assessment;

/**
 * One place the patient marks on the body chart.
 *
 * @param region the region
 * @param side the side; central only where the region crosses the midline
 */
public record PainLocation(BodyRegion region, Side side) {

	public PainLocation {
		if (side == Side.CENTRAL && !region.crossesMidline()) {
			throw new IllegalArgumentException(region + " is on a side, it cannot be central");
		}
	}

	public static PainLocation of(BodyRegion region, Side side) {
		return new PainLocation(region, side);
	}

}
