package org.fourstage.reporting.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The frame every chart draws into: a fixed drawing size scaled by the page, the plot
 * area inside the margins, the axes with their grid and tick labels, and the legend
 * below.
 */
final class ChartCanvas {

	static final int WIDTH = 720;

	static final int HEIGHT = 320;

	static final double LEFT = 52;

	static final double RIGHT = 16;

	static final double TOP = 30;

	static final double BOTTOM = 76;

	static final String TEXT_COLOUR = "#333333";

	static final String GRID_COLOUR = "#d9d9d9";

	final SvgWriter svg = new SvgWriter();

	private final AxisRange x;

	private final AxisRange y;

	private int legendItems;

	/**
	 * Opens the {@code <svg>} element with its title and description.
	 * @param id unique within the page; the title and description ids derive from it
	 * @param title the chart's name
	 * @param description what the chart shows, in a sentence or two
	 * @param x the horizontal range
	 * @param y the vertical range
	 */
	ChartCanvas(String id, String title, String description, AxisRange x, AxisRange y) {
		this.x = x;
		this.y = y;
		this.svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart", "id", id, "viewBox",
				"0 0 " + WIDTH + " " + HEIGHT, "width", WIDTH, "height", HEIGHT, "role", "img", "aria-labelledby",
				id + "-title " + id + "-desc", "font-family", "DejaVu Sans, sans-serif", "font-size", 11);
		this.svg.text("title", title, "id", id + "-title");
		this.svg.text("desc", description, "id", id + "-desc");
		this.svg.empty("rect", "x", 0, "y", 0, "width", WIDTH, "height", HEIGHT, "fill", "#ffffff");
	}

	double plotLeft() {
		return LEFT;
	}

	double plotRight() {
		return WIDTH - RIGHT;
	}

	double plotTop() {
		return TOP;
	}

	double plotBottom() {
		return HEIGHT - BOTTOM;
	}

	double px(double xValue) {
		return LEFT + this.x.fraction(xValue) * (plotRight() - LEFT);
	}

	double py(double yValue) {
		return plotBottom() - this.y.fraction(yValue) * (plotBottom() - TOP);
	}

	double pxDay(LocalDate day) {
		return px(day.toEpochDay());
	}

	/**
	 * Horizontal grid lines with their labels on the left, and the axis name above them.
	 * @param step the distance between grid lines
	 * @param unitSuffix written after each label, e.g. " %", or ""
	 * @param axisName the name of the vertical axis
	 */
	void yGrid(double step, String unitSuffix, String axisName) {
		this.svg.open("g", "class", "y-axis", "fill", TEXT_COLOUR, "text-anchor", "end");
		for (double value = this.y.min(); value <= this.y.max() + 1e-9; value += step) {
			double py = py(value);
			this.svg.empty("line", "x1", LEFT, "y1", py, "x2", plotRight(), "y2", py, "stroke", GRID_COLOUR,
					"stroke-width", 1);
			this.svg.text("text", SvgWriter.number(value) + unitSuffix, "x", LEFT - 6, "y", py + 4, "text-anchor",
					"end");
		}
		this.svg.text("text", axisName, "x", 4, "y", TOP - 14, "text-anchor", "start");
		this.svg.close("g");
	}

	/**
	 * Day ticks along the bottom, at most about eight, and the axis name.
	 * @param from the first day
	 * @param to the last day
	 * @param format how a tick's day is written
	 * @param axisName the name of the horizontal axis
	 */
	void dayTicks(LocalDate from, LocalDate to, DateTimeFormatter format, String axisName) {
		long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
		long step = 1;
		for (long candidate : new long[] { 1, 2, 7, 14, 28, 56, 91, 182, 364 }) {
			step = candidate;
			if (span / candidate <= 8) {
				break;
			}
		}
		this.svg.open("g", "class", "x-axis", "fill", TEXT_COLOUR, "text-anchor", "middle");
		this.svg.empty("line", "x1", LEFT, "y1", plotBottom(), "x2", plotRight(), "y2", plotBottom(), "stroke",
				TEXT_COLOUR, "stroke-width", 1);
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(step)) {
			double px = pxDay(day);
			this.svg.empty("line", "x1", px, "y1", plotBottom(), "x2", px, "y2", plotBottom() + 4, "stroke",
					TEXT_COLOUR, "stroke-width", 1);
			this.svg.text("text", format.format(day), "x", px, "y", plotBottom() + 17, "text-anchor", "middle");
		}
		this.svg.text("text", axisName, "x", (LEFT + plotRight()) / 2, "y", plotBottom() + 34, "text-anchor", "middle");
		this.svg.close("g");
	}

	/**
	 * Adds an entry to the legend row below the axis.
	 * @param marker the marker shape
	 * @param colour its colour
	 * @param dashed whether the sample line is dashed
	 * @param name the series' name
	 */
	void legend(Marker marker, String colour, boolean dashed, String name) {
		double x0 = LEFT + this.legendItems * 165;
		double y0 = HEIGHT - 14;
		this.legendItems++;
		this.svg.open("g", "class", "legend-item");
		this.svg.empty("line", "x1", x0, "y1", y0 - 4, "x2", x0 + 22, "y2", y0 - 4, "stroke", colour, "stroke-width", 2,
				"stroke-dasharray", dashed ? "5 3" : "none");
		marker.draw(this.svg, x0 + 11, y0 - 4, colour, false);
		this.svg.text("text", name, "x", x0 + 28, "y", y0, "fill", TEXT_COLOUR);
		this.svg.close("g");
	}

	/**
	 * A line through points, with a marker on each.
	 * @param series the series' name for the data attribute
	 * @param points the points, x and y values, in order
	 * @param labels each point's x as written in the data attribute
	 * @param marker the marker shape
	 * @param colour the colour
	 * @param hollow for each point, whether its marker is drawn hollow
	 */
	void line(String series, List<double[]> points, List<String> labels, Marker marker, String colour,
			List<Boolean> hollow) {
		this.svg.open("g", "class", "series", "data-series", series);
		if (points.size() > 1) {
			StringBuilder path = new StringBuilder();
			for (double[] point : points) {
				path.append(path.isEmpty() ? "M" : " L")
					.append(SvgWriter.number(px(point[0])))
					.append(' ')
					.append(SvgWriter.number(py(point[1])));
			}
			this.svg.empty("path", "d", path.toString(), "fill", "none", "stroke", colour, "stroke-width", 2);
		}
		for (int i = 0; i < points.size(); i++) {
			double[] point = points.get(i);
			this.svg.open("g", "class", "point", "data-x", labels.get(i), "data-y", SvgWriter.number(point[1]));
			marker.draw(this.svg, px(point[0]), py(point[1]), colour, hollow.get(i));
			this.svg.close("g");
		}
		this.svg.close("g");
	}

	String finish() {
		this.svg.close("svg");
		return this.svg.toString();
	}

}
