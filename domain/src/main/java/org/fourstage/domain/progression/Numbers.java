package org.fourstage.domain.progression;

import java.util.Locale;

/**
 * Writes pain figures the way clinicians say them: 4 rather than 4.0, 4.5 to one decimal.
 */
final class Numbers {

	private Numbers() {
	}

	static String points(double value) {
		double rounded = Math.round(value * 10) / 10.0;
		if (rounded == Math.rint(rounded)) {
			return String.valueOf((long) rounded);
		}
		return String.format(Locale.ROOT, "%.1f", rounded);
	}

}
