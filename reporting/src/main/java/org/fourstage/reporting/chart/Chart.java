package org.fourstage.reporting.chart;

/**
 * A drawn chart: its SVG markup, ready to be written unescaped into a page or a PDF, the
 * same figures as a table, and the ranges its axes cover.
 *
 * @param svg the markup, one {@code <svg>} element with its {@code <title>} and
 * {@code <desc>}
 * @param table the figures
 * @param xAxis the range of the horizontal axis (epoch days for dates, week numbers for
 * weeks)
 * @param yAxis the range of the vertical axis
 */
public record Chart(String svg, DataTable table, AxisRange xAxis, AxisRange yAxis) {

}
