package org.fourstage.reporting.chart;

import java.util.Locale;

/**
 * Writes SVG markup with presentation attributes only: the pages' Content Security Policy
 * refuses inline {@code style} attributes, and the PDF renderer reads these attributes
 * the same way. Text is escaped, so a name or label typed by a person stays text.
 */
final class SvgWriter {

	private final StringBuilder out = new StringBuilder(4096);

	SvgWriter raw(String markup) {
		this.out.append(markup);
		return this;
	}

	SvgWriter open(String element, Object... attributes) {
		this.out.append('<').append(element);
		attributes(attributes);
		this.out.append('>');
		return this;
	}

	SvgWriter empty(String element, Object... attributes) {
		this.out.append('<').append(element);
		attributes(attributes);
		this.out.append("/>");
		return this;
	}

	SvgWriter close(String element) {
		this.out.append("</").append(element).append('>');
		return this;
	}

	SvgWriter text(String element, String text, Object... attributes) {
		open(element, attributes);
		if (element.equals("text")) {
			// The PDF's SVG drawer neither inherits these from groups nor keeps two sizes
			// of
			// one font apart (text in a second size comes out minute), so every label
			// carries its colour and the one size.
			this.out.setLength(this.out.length() - 1);
			if (!has(attributes, "font-size")) {
				attributes("font-size", 11);
			}
			if (!has(attributes, "fill")) {
				attributes("fill", ChartCanvas.TEXT_COLOUR);
			}
			this.out.append('>');
		}
		this.out.append(escape(text));
		return close(element);
	}

	private static boolean has(Object[] attributes, String name) {
		for (int i = 0; i < attributes.length; i += 2) {
			if (attributes[i].equals(name)) {
				return true;
			}
		}
		return false;
	}

	private void attributes(Object... attributes) {
		if (attributes.length % 2 != 0) {
			throw new IllegalArgumentException("Attributes come in name and value pairs");
		}
		for (int i = 0; i < attributes.length; i += 2) {
			this.out.append(' ')
				.append(attributes[i])
				.append("=\"")
				.append(escape(value(attributes[i + 1])))
				.append('"');
		}
	}

	static String value(Object value) {
		if (value instanceof Double number) {
			return number(number);
		}
		return String.valueOf(value);
	}

	/**
	 * A coordinate or a figure with at most two decimals and no trailing zeros.
	 * @param value the number
	 * @return e.g. "12", "12.5", "12.25"
	 */
	static String number(double value) {
		double rounded = Math.round(value * 100) / 100.0;
		if (rounded == Math.rint(rounded)) {
			return String.valueOf((long) rounded);
		}
		String text = String.format(Locale.ROOT, "%.2f", rounded);
		return text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

}
