package org.fourstage.reporting.chart;

/**
 * The words of the endurance chart beyond {@link ChartWords}.
 *
 * @param hold name of the series of holds
 * @param cramped legend entry and table column for holds that cramped
 * @param target legend entry of the target line
 * @param yes table cell for a hold that cramped
 * @param no table cell for one that did not
 */
public record EnduranceHoldWords(String hold, String cramped, String target, String yes, String no) {

}
