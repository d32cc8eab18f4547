package org.fourstage.reporting.chart;

import java.time.format.DateTimeFormatter;

/**
 * The words every chart needs, taken from the caller's messages.
 *
 * @param title the chart's name; also the table's caption
 * @param description what the chart shows, in a sentence or two, for people who cannot
 * see it
 * @param xAxis the name of the horizontal axis (e.g. "Day")
 * @param yAxis the name of the vertical axis (e.g. "Pain 0–10")
 * @param dayFormat how days are written on the axis and in the table
 */
public record ChartWords(String title, String description, String xAxis, String yAxis, DateTimeFormatter dayFormat) {

}
