package org.fourstage.reporting.chart;

import java.time.LocalDate;

/**
 * One prone endurance hold.
 *
 * @param day the day it was held
 * @param seconds how long, in seconds
 * @param cramped whether it cramped or shook
 */
public record EnduranceHold(LocalDate day, int seconds, boolean cramped) {

}
