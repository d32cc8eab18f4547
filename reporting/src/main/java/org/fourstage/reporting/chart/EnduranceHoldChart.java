package org.fourstage.reporting.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The prone endurance hold in seconds over time, with the target the clinic set for
 * leaving Stage 3 as a dashed line. A hold that cramped is drawn hollow.
 */
public final class EnduranceHoldChart {

	static final String COLOUR = "#009e73";

	static final String TARGET_COLOUR = "#666666";

	private EnduranceHoldChart() {
	}

	/**
	 * Draws the chart.
	 * @param id the chart's id, unique within the page
	 * @param from the first day shown
	 * @param to the last day shown, after from
	 * @param holds the holds; those outside the span are left out
	 * @param targetSeconds the clinic's target, or null to draw none
	 * @param words the chart's words
	 * @param series the series' and table's words
	 * @return the chart
	 */
	public static Chart draw(String id, LocalDate from, LocalDate to, List<EnduranceHold> holds,
			@Nullable Integer targetSeconds, ChartWords words, EnduranceHoldWords series) {
		List<EnduranceHold> shown = holds.stream()
			.filter((h) -> !h.day().isBefore(from) && !h.day().isAfter(to))
			.sorted(java.util.Comparator.comparing(EnduranceHold::day))
			.toList();
		int longest = shown.stream().mapToInt(EnduranceHold::seconds).max().orElse(0);
		if (targetSeconds != null) {
			longest = Math.max(longest, targetSeconds);
		}
		double step = step(longest);
		AxisRange x = new AxisRange(from.toEpochDay(), to.toEpochDay());
		AxisRange y = new AxisRange(0, step * Math.max(1, Math.ceil((longest + 1) / step)));
		ChartCanvas canvas = new ChartCanvas(id, words.title(), words.description(), x, y);
		canvas.yGrid(step, "", words.yAxis());
		canvas.dayTicks(from, to, words.dayFormat(), words.xAxis());
		if (targetSeconds != null) {
			double py = canvas.py(targetSeconds);
			canvas.svg.empty("line", "class", "target", "data-y", targetSeconds, "x1", canvas.plotLeft(), "y1", py,
					"x2", canvas.plotRight(), "y2", py, "stroke", TARGET_COLOUR, "stroke-width", 1.5,
					"stroke-dasharray", "6 4");
		}
		canvas.line("endurance-hold",
				shown.stream().map((h) -> new double[] { h.day().toEpochDay(), h.seconds() }).toList(),
				shown.stream().map((h) -> h.day().toString()).toList(), Marker.CIRCLE, COLOUR,
				shown.stream().map(EnduranceHold::cramped).toList());
		canvas.legend(Marker.CIRCLE, COLOUR, false, series.hold());
		SvgWriter legend = canvas.svg;
		double x0 = ChartCanvas.LEFT + 165;
		double y0 = ChartCanvas.HEIGHT - 14;
		Marker.CIRCLE.draw(legend, x0 + 11, y0 - 4, COLOUR, true);
		legend.text("text", series.cramped(), "x", x0 + 28, "y", y0, "fill", ChartCanvas.TEXT_COLOUR);
		if (targetSeconds != null) {
			double x1 = ChartCanvas.LEFT + 330;
			legend.empty("line", "x1", x1, "y1", y0 - 4, "x2", x1 + 22, "y2", y0 - 4, "stroke", TARGET_COLOUR,
					"stroke-width", 1.5, "stroke-dasharray", "6 4");
			legend.text("text", series.target(), "x", x1 + 28, "y", y0, "fill", ChartCanvas.TEXT_COLOUR);
		}
		List<List<String>> rows = new ArrayList<>();
		for (EnduranceHold hold : shown) {
			rows.add(List.of(words.dayFormat().format(hold.day()), String.valueOf(hold.seconds()),
					hold.cramped() ? series.yes() : series.no()));
		}
		return new Chart(canvas.finish(),
				new DataTable(words.title(), List.of(words.xAxis(), series.hold(), series.cramped()), rows), x, y);
	}

	/** Grid steps people read easily, about five lines up the axis. */
	static double step(int longest) {
		for (int candidate : new int[] { 5, 10, 15, 20, 30, 60, 120 }) {
			if (longest / candidate <= 5) {
				return candidate;
			}
		}
		return 300;
	}

}
