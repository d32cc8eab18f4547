package org.fourstage.reporting.chart;

/**
 * The words of the adherence chart beyond {@link ChartWords}.
 *
 * @param adherence name of the bars (legend and table column)
 * @param sessions table column of sessions done and prescribed
 * @param sessionsOf how sessions done and prescribed are written, with {@code {0}} for
 * sessions done and {@code {1}} for prescribed (e.g. "{0} of {1}")
 * @param nothingPrescribed what a week without prescribed sessions shows instead of a
 * figure
 * @param target legend entry of the target line
 */
public record AdherenceWords(String adherence, String sessions, String sessionsOf, String nothingPrescribed,
		String target) {

}
