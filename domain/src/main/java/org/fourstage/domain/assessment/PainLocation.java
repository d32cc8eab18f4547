package org.fourstage.domain.assessment;

/**
 * One place the patient marks on the body chart.
 *
 * @param region the region
 * @param side the side; central only where the region crosses the midline
 */
public record PainLocation(BodyRegion region, BodySide side) {

	public PainLocation {
		if (!isAllowed(region, side)) {
			throw new IllegalArgumentException(region + " is on a side, it cannot be central");
		}
	}

	/**
	 * Whether a region and side make a valid location, so a form can check before
	 * building.
	 * @param region the region
	 * @param side the side
	 * @return false only for a central mark on a region that has sides
	 */
	public static boolean isAllowed(BodyRegion region, BodySide side) {
		return side != BodySide.CENTRAL || region.crossesMidline();
	}

	public static PainLocation of(BodyRegion region, BodySide side) {
		return new PainLocation(region, side);
	}

}
