package org.fourstage.reporting.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fourstage.domain.tracking.Adherence;
import org.fourstage.domain.tracking.AdherenceWindow;
import org.jspecify.annotations.Nullable;

/**
 * Adherence week by week as bars from 0 to 100 %. A week without any prescribed session
 * has no bar and says so, rather than showing 0 or 100 %. The clinic's target may be
 * drawn as a dashed line.
 */
public final class AdherenceChart {

	static final String COLOUR = "#0072b2";

	static final String TARGET_COLOUR = "#666666";

	private AdherenceChart() {
	}

	/**
	 * Draws the chart.
	 * @param id the chart's id, unique within the page
	 * @param weeks week 1, week 2, … in order (see
	 * {@link org.fourstage.domain.tracking.SessionLog#perWeek})
	 * @param targetPercent the clinic's target, or null to draw none
	 * @param words the chart's words; its day format writes the weeks' days in the table
	 * @param series the bars' and table's words
	 * @return the chart
	 */
	public static Chart draw(String id, List<AdherenceWindow> weeks, @Nullable Integer targetPercent, ChartWords words,
			AdherenceWords series) {
		int count = Math.max(1, weeks.size());
		// weeks sit at 1, 2, …; half a week of room on either side
		AxisRange x = new AxisRange(0.5, count + 0.5);
		AxisRange y = new AxisRange(0, 100);
		ChartCanvas canvas = new ChartCanvas(id, words.title(), words.description(), x, y);
		SvgWriter svg = canvas.svg;
		canvas.yGrid(20, " %", words.yAxis());
		double slot = canvas.px(1.5) - canvas.px(0.5);
		double barWidth = Math.min(48, slot * 0.6);
		svg.open("g", "class", "x-axis", "fill", ChartCanvas.TEXT_COLOUR, "text-anchor", "middle");
		svg.empty("line", "x1", canvas.plotLeft(), "y1", canvas.plotBottom(), "x2", canvas.plotRight(), "y2",
				canvas.plotBottom(), "stroke", ChartCanvas.TEXT_COLOUR, "stroke-width", 1);
		boolean labelEvery = count <= 16;
		for (int week = 1; week <= weeks.size(); week++) {
			if (labelEvery || week % 2 == 1) {
				svg.text("text", String.valueOf(week), "x", canvas.px(week), "y", canvas.plotBottom() + 17,
						"text-anchor", "middle");
			}
		}
		svg.text("text", words.xAxis(), "x", (canvas.plotLeft() + canvas.plotRight()) / 2, "y",
				canvas.plotBottom() + 34, "text-anchor", "middle");
		svg.close("g");
		svg.open("g", "class", "series", "data-series", "adherence");
		List<List<String>> rows = new ArrayList<>();
		for (int week = 1; week <= weeks.size(); week++) {
			AdherenceWindow window = weeks.get(week - 1);
			Optional<Adherence> adherence = window.adherence();
			double center = canvas.px(week);
			if (adherence.isPresent()) {
				double percent = adherence.get().percent();
				double top = canvas.py(percent);
				svg.empty("rect", "class", "bar", "data-x", week, "data-y", SvgWriter.number(percent), "x",
						center - barWidth / 2, "y", top, "width", barWidth, "height", canvas.plotBottom() - top, "fill",
						COLOUR);
				svg.text("text", adherence.get().wholePercent() + " %", "x", center, "y", top - 4, "text-anchor",
						"middle", "fill", ChartCanvas.TEXT_COLOUR);
			}
			else {
				svg.text("text", "–", "class", "no-figure", "data-x", week, "x", center, "y", canvas.plotBottom() - 6,
						"text-anchor", "middle", "fill", ChartCanvas.TEXT_COLOUR);
			}
			rows.add(List.of(
					week + " (" + words.dayFormat().format(window.from()) + " – "
							+ words.dayFormat().format(window.to()) + ")",
					adherence.map((a) -> a.wholePercent() + " %").orElse(series.nothingPrescribed()),
					java.text.MessageFormat.format(series.sessionsOf(), sessionsText(window.sessionsDone()),
							window.sessionsPrescribed())));
		}
		svg.close("g");
		if (targetPercent != null) {
			double py = canvas.py(targetPercent);
			svg.empty("line", "class", "target", "data-y", targetPercent, "x1", canvas.plotLeft(), "y1", py, "x2",
					canvas.plotRight(), "y2", py, "stroke", TARGET_COLOUR, "stroke-width", 1.5, "stroke-dasharray",
					"6 4");
		}
		double y0 = ChartCanvas.HEIGHT - 14;
		double x0 = ChartCanvas.LEFT;
		svg.empty("rect", "x", x0 + 4, "y", y0 - 10, "width", 14, "height", 12, "fill", COLOUR);
		svg.text("text", series.adherence(), "x", x0 + 28, "y", y0, "fill", ChartCanvas.TEXT_COLOUR);
		svg.text("text", "–", "x", x0 + 176, "y", y0, "text-anchor", "middle", "fill", ChartCanvas.TEXT_COLOUR);
		svg.text("text", series.nothingPrescribed(), "x", x0 + 193, "y", y0, "fill", ChartCanvas.TEXT_COLOUR);
		if (targetPercent != null) {
			double x1 = x0 + 400;
			svg.empty("line", "x1", x1, "y1", y0 - 4, "x2", x1 + 22, "y2", y0 - 4, "stroke", TARGET_COLOUR,
					"stroke-width", 1.5, "stroke-dasharray", "6 4");
			svg.text("text", series.target(), "x", x1 + 28, "y", y0, "fill", ChartCanvas.TEXT_COLOUR);
		}
		return new Chart(canvas.finish(),
				new DataTable(words.title(), List.of(words.xAxis(), series.adherence(), series.sessions()), rows), x,
				y);
	}

	private static String sessionsText(double done) {
		return SvgWriter.number(Math.round(done * 10) / 10.0);
	}

}
