package org.fourstage.reporting.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Pain over time: morning and evening check-ins and pain before and after sessions on a
 * 0–10 scale, flare-ups as marked spans, and the stages as shaded bands behind. Each
 * series has its own marker shape as well as its own colour.
 */
public final class PainTrendChart {

	static final String MORNING_COLOUR = "#0072b2";

	static final String EVENING_COLOUR = "#d55e00";

	static final String BEFORE_COLOUR = "#009e73";

	static final String AFTER_COLOUR = "#cc79a7";

	static final String FLARE_COLOUR = "#b2182b";

	private static final String[] BAND_FILLS = { "#f3f6fa", "#e6edf5" };

	private PainTrendChart() {
	}

	/**
	 * Draws the chart.
	 * @param id the chart's id, unique within the page
	 * @param data what to show
	 * @param words the chart's words
	 * @param series the series' and table's words
	 * @return the chart
	 */
	public static Chart draw(String id, PainTrendData data, ChartWords words, PainTrendWords series) {
		LocalDate from = data.from();
		LocalDate to = data.to();
		AxisRange x = new AxisRange(from.toEpochDay(), to.toEpochDay());
		AxisRange y = new AxisRange(0, 10);
		ChartCanvas canvas = new ChartCanvas(id, words.title(), words.description(), x, y);
		SvgWriter svg = canvas.svg;
		stageBands(canvas, data, series);
		canvas.yGrid(2, "", words.yAxis());
		flareUps(canvas, data);
		canvas.dayTicks(from, to, words.dayFormat(), words.xAxis());
		plot(canvas, "morning", within(data.morning(), from, to), Marker.CIRCLE, MORNING_COLOUR);
		plot(canvas, "evening", within(data.evening(), from, to), Marker.SQUARE, EVENING_COLOUR);
		plot(canvas, "before-session", within(data.beforeSession(), from, to), Marker.TRIANGLE, BEFORE_COLOUR);
		plot(canvas, "after-session", within(data.afterSession(), from, to), Marker.DIAMOND, AFTER_COLOUR);
		canvas.legend(Marker.CIRCLE, MORNING_COLOUR, false, series.morning());
		canvas.legend(Marker.SQUARE, EVENING_COLOUR, false, series.evening());
		canvas.legend(Marker.TRIANGLE, BEFORE_COLOUR, false, series.beforeSession());
		canvas.legend(Marker.DIAMOND, AFTER_COLOUR, false, series.afterSession());
		svg.open("g", "class", "legend-item");
		double flareLegendY = ChartCanvas.HEIGHT - 36;
		svg.empty("line", "x1", ChartCanvas.LEFT + 11, "y1", flareLegendY - 10, "x2", ChartCanvas.LEFT + 11, "y2",
				flareLegendY + 2, "stroke", FLARE_COLOUR, "stroke-width", 2, "stroke-dasharray", "4 3");
		svg.text("text", series.flareUp(), "x", ChartCanvas.LEFT + 28, "y", flareLegendY, "fill",
				ChartCanvas.TEXT_COLOUR);
		svg.close("g");
		return new Chart(canvas.finish(), table(data, words, series), x, y);
	}

	private static void stageBands(ChartCanvas canvas, PainTrendData data, PainTrendWords series) {
		SvgWriter svg = canvas.svg;
		svg.open("g", "class", "stage-bands");
		int index = 0;
		for (StageBand band : data.stages()) {
			LocalDate start = band.from().isBefore(data.from()) ? data.from() : band.from();
			LocalDate end = band.to().isAfter(data.to()) ? data.to() : band.to();
			if (end.isBefore(start)) {
				continue;
			}
			double x1 = canvas.pxDay(start);
			// a band covers its last day to the start of the next one
			double x2 = Math.min(canvas.plotRight(), canvas.pxDay(end.plusDays(1)));
			svg.empty("rect", "class", "stage-band", "data-stage", band.stage().number(), "x", x1, "y",
					canvas.plotTop(), "width", Math.max(0, x2 - x1), "height", canvas.plotBottom() - canvas.plotTop(),
					"fill", BAND_FILLS[index++ % 2]);
			svg.text("text", series.stageNames().getOrDefault(band.stage(), String.valueOf(band.stage().number())), "x",
					x1 + 4, "y", canvas.plotTop() + 13, "fill", ChartCanvas.TEXT_COLOUR);
		}
		svg.close("g");
	}

	private static void flareUps(ChartCanvas canvas, PainTrendData data) {
		SvgWriter svg = canvas.svg;
		svg.open("g", "class", "flare-ups");
		for (FlareUpMarker flareUp : data.flareUps()) {
			if (flareUp.startedOn().isBefore(data.from()) || flareUp.startedOn().isAfter(data.to())) {
				continue;
			}
			double x1 = canvas.pxDay(flareUp.startedOn());
			LocalDate end = (flareUp.endedOn() != null) ? flareUp.endedOn() : data.to();
			double x2 = canvas.pxDay(end.isAfter(data.to()) ? data.to() : end);
			svg.open("g", "class", "flare-up", "data-x", flareUp.startedOn(), "data-y", flareUp.peakNprs());
			if (x2 > x1) {
				svg.empty("rect", "x", x1, "y", canvas.plotTop(), "width", x2 - x1, "height",
						canvas.plotBottom() - canvas.plotTop(), "fill", FLARE_COLOUR, "fill-opacity", 0.08);
			}
			svg.empty("line", "x1", x1, "y1", canvas.plotTop(), "x2", x1, "y2", canvas.plotBottom(), "stroke",
					FLARE_COLOUR, "stroke-width", 2, "stroke-dasharray", "4 3");
			double peak = canvas.py(flareUp.peakNprs());
			svg.empty("path", "d",
					"M" + SvgWriter.number(x1 - 6) + " " + SvgWriter.number(peak - 6) + " L" + SvgWriter.number(x1 + 6)
							+ " " + SvgWriter.number(peak - 6) + " L" + SvgWriter.number(x1) + " "
							+ SvgWriter.number(peak + 4) + " Z",
					"fill", FLARE_COLOUR);
			svg.close("g");
		}
		svg.close("g");
	}

	private static void plot(ChartCanvas canvas, String name, List<DatedValue> values, Marker marker, String colour) {
		List<double[]> points = values.stream().map((v) -> new double[] { v.day().toEpochDay(), v.value() }).toList();
		List<String> labels = values.stream().map((v) -> v.day().toString()).toList();
		canvas.line(name, points, labels, marker, colour, values.stream().map((v) -> false).toList());
	}

	static List<DatedValue> within(List<DatedValue> values, LocalDate from, LocalDate to) {
		return values.stream()
			.filter((v) -> !v.day().isBefore(from) && !v.day().isAfter(to))
			.sorted(Comparator.comparing(DatedValue::day))
			.toList();
	}

	private static DataTable table(PainTrendData data, ChartWords words, PainTrendWords series) {
		LocalDate from = data.from();
		LocalDate to = data.to();
		Map<LocalDate, String> morning = byDay(within(data.morning(), from, to));
		Map<LocalDate, String> evening = byDay(within(data.evening(), from, to));
		Map<LocalDate, String> before = byDay(within(data.beforeSession(), from, to));
		Map<LocalDate, String> after = byDay(within(data.afterSession(), from, to));
		Map<LocalDate, String> flares = new TreeMap<>();
		for (FlareUpMarker flareUp : data.flareUps()) {
			if (!flareUp.startedOn().isBefore(from) && !flareUp.startedOn().isAfter(to)) {
				flares.merge(flareUp.startedOn(), String.valueOf(flareUp.peakNprs()), (a, b) -> a + ", " + b);
			}
		}
		TreeMap<LocalDate, Boolean> days = new TreeMap<>();
		for (Map<LocalDate, String> column : List.of(morning, evening, before, after, flares)) {
			column.keySet().forEach((day) -> days.put(day, true));
		}
		List<List<String>> rows = new ArrayList<>();
		for (LocalDate day : days.keySet()) {
			rows.add(List.of(words.dayFormat().format(day), morning.getOrDefault(day, ""),
					evening.getOrDefault(day, ""), before.getOrDefault(day, ""), after.getOrDefault(day, ""),
					flares.getOrDefault(day, ""), stageOn(data, series, day)));
		}
		return new DataTable(words.title(), List.of(words.xAxis(), series.morning(), series.evening(),
				series.beforeSession(), series.afterSession(), series.flareUp(), series.stage()), rows);
	}

	private static String stageOn(PainTrendData data, PainTrendWords series, LocalDate day) {
		return data.stages()
			.stream()
			.filter((band) -> !day.isBefore(band.from()) && !day.isAfter(band.to()))
			.reduce((first, second) -> second)
			.map((band) -> series.stageNames().getOrDefault(band.stage(), String.valueOf(band.stage().number())))
			.orElse("");
	}

	/** Several figures on one day (two sessions) share a cell. */
	static Map<LocalDate, String> byDay(List<DatedValue> values) {
		return values.stream()
			.collect(Collectors.groupingBy(DatedValue::day, TreeMap::new,
					Collectors.mapping((v) -> SvgWriter.number(v.value()), Collectors.joining(", "))));
	}

}
