package org.fourstage.reporting.chart;

import java.time.LocalDate;

/**
 * One figure on one day.
 *
 * @param day the day
 * @param value the figure
 */
public record DatedValue(LocalDate day, double value) {

}
