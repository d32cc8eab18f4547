package org.fourstage.domain.tracking;

/**
 * What the advisor needs from a flare-up reported since the last review.
 *
 * @param peakNprs the worst pain during the flare-up, 0 to 10
 * @param sharpOrShootingLegPain whether the patient reported sharp or shooting pain in
 * the leg
 * @param redFlagSign whether the patient reported a red-flag sign with it
 */
public record FlareUpReport(int peakNprs, boolean sharpOrShootingLegPain, boolean redFlagSign) {

	public FlareUpReport {
		if (peakNprs < 0 || peakNprs > 10) {
			throw new IllegalArgumentException("Peak pain is rated 0 to 10, not " + peakNprs);
		}
	}

}
