package org.fourstage.reporting.chart;

/**
 * The span an axis covers.
 *
 * @param min the value at the start of the axis
 * @param max the value at its end, more than min
 */
public record AxisRange(double min, double max) {

	public AxisRange {
		if (!(max > min)) {
			throw new IllegalArgumentException("An axis needs its end above its start: " + min + " to " + max);
		}
	}

	/**
	 * Where a value falls on the axis.
	 * @param value the value
	 * @return 0 at the start, 1 at the end
	 */
	double fraction(double value) {
		return (value - this.min) / (this.max - this.min);
	}

}
