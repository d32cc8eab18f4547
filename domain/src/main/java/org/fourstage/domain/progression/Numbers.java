package org.fourstage.domain.progression;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Pain figures the way clinicians say them: to one decimal, 4 rather than 4.0. The value
 * is rounded here, half up, so the words shown agree with the figure the advisor used.
 */
final class Numbers {

	private Numbers() {
	}

	static BigDecimal points(double value) {
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
		return (rounded.signum() == 0) ? BigDecimal.ZERO : rounded.stripTrailingZeros();
	}

}
