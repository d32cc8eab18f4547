package org.fourstage.reporting.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The disability index (0–100, lower is better) at each time it was scored.
 */
public final class DisabilityIndexChart {

	static final String COLOUR = "#0072b2";

	private DisabilityIndexChart() {
	}

	/**
	 * Draws the chart.
	 * @param id the chart's id, unique within the page
	 * @param from the first day shown
	 * @param to the last day shown, after from
	 * @param scores the scores, 0 to 100; those outside the span are left out
	 * @param words the chart's words
	 * @param seriesName the series' name (legend and table column)
	 * @return the chart
	 */
	public static Chart draw(String id, LocalDate from, LocalDate to, List<DatedValue> scores, ChartWords words,
			String seriesName) {
		AxisRange x = new AxisRange(from.toEpochDay(), to.toEpochDay());
		AxisRange y = new AxisRange(0, 100);
		ChartCanvas canvas = new ChartCanvas(id, words.title(), words.description(), x, y);
		canvas.yGrid(20, "", words.yAxis());
		canvas.dayTicks(from, to, words.dayFormat(), words.xAxis());
		List<DatedValue> shown = PainTrendChart.within(scores, from, to);
		canvas.line("disability-index",
				shown.stream().map((v) -> new double[] { v.day().toEpochDay(), v.value() }).toList(),
				shown.stream().map((v) -> v.day().toString()).toList(), Marker.CIRCLE, COLOUR,
				shown.stream().map((v) -> false).toList());
		canvas.legend(Marker.CIRCLE, COLOUR, false, seriesName);
		List<List<String>> rows = new ArrayList<>();
		for (DatedValue score : shown) {
			rows.add(List.of(words.dayFormat().format(score.day()), SvgWriter.number(score.value())));
		}
		return new Chart(canvas.finish(), new DataTable(words.title(), List.of(words.xAxis(), seriesName), rows), x, y);
	}

}
