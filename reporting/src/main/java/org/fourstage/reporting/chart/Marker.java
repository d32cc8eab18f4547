package org.fourstage.reporting.chart;

/**
 * The shape of a series' points, so that series differ in more than colour.
 */
enum Marker {

	CIRCLE, SQUARE, TRIANGLE, DIAMOND;

	private static final double SIZE = 4.5;

	void draw(SvgWriter svg, double x, double y, String colour, boolean hollow) {
		String fill = hollow ? "#ffffff" : colour;
		switch (this) {
			case CIRCLE ->
				svg.empty("circle", "cx", x, "cy", y, "r", SIZE, "fill", fill, "stroke", colour, "stroke-width", 1.5);
			case SQUARE -> svg.empty("rect", "x", x - SIZE, "y", y - SIZE, "width", 2 * SIZE, "height", 2 * SIZE,
					"fill", fill, "stroke", colour, "stroke-width", 1.5);
			case TRIANGLE -> svg.empty("path", "d",
					"M" + SvgWriter.number(x) + " " + SvgWriter.number(y - SIZE - 1) + " L"
							+ SvgWriter.number(x + SIZE + 1) + " " + SvgWriter.number(y + SIZE) + " L"
							+ SvgWriter.number(x - SIZE - 1) + " " + SvgWriter.number(y + SIZE) + " Z",
					"fill", fill, "stroke", colour, "stroke-width", 1.5);
			case DIAMOND -> svg.empty("path", "d",
					"M" + SvgWriter.number(x) + " " + SvgWriter.number(y - SIZE - 1) + " L"
							+ SvgWriter.number(x + SIZE + 1) + " " + SvgWriter.number(y) + " L" + SvgWriter.number(x)
							+ " " + SvgWriter.number(y + SIZE + 1) + " L" + SvgWriter.number(x - SIZE - 1) + " "
							+ SvgWriter.number(y) + " Z",
					"fill", fill, "stroke", colour, "stroke-width", 1.5);
		}
	}

}
