package org.fourstage.reporting.chart;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A flare-up on the pain chart.
 *
 * @param startedOn the day it began
 * @param endedOn the day it ended, or null while it goes on
 * @param peakNprs its worst pain, 0 to 10
 */
public record FlareUpMarker(LocalDate startedOn, @Nullable LocalDate endedOn, int peakNprs) {

}
