package org.fourstage.domain.progression;

import org.fourstage.domain.tracking.FlareUp;
import org.fourstage.domain.tracking.FlareUpReport;
import org.fourstage.domain.tracking.FlareUpSpan;

/**
 * A flare-up as the advisor's evidence needs it: when it began and ended, and what it
 * reported.
 *
 * @param span when it began and ended
 * @param report peak, sharp or shooting leg pain, red-flag sign
 */
public record ReportedFlareUp(FlareUpSpan span, FlareUpReport report) {

	/**
	 * From a kept flare-up.
	 * @param flareUp the flare-up
	 * @return its span and report
	 */
	public static ReportedFlareUp of(FlareUp flareUp) {
		return new ReportedFlareUp(FlareUpSpan.of(flareUp), flareUp.report());
	}

}
