package org.fourstage.reporting.chart;

import java.time.LocalDate;

import org.fourstage.domain.program.Stage;

/**
 * The days a patient spent in one stage, shaded behind the pain chart.
 *
 * @param stage the stage
 * @param from its first day
 * @param to its last day (today for the current stage)
 */
public record StageBand(Stage stage, LocalDate from, LocalDate to) {

}
