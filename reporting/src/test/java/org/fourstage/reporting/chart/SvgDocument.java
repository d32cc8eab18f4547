package org.fourstage.reporting.chart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A chart's SVG parsed as XML, so tests read what was drawn rather than searching text.
 */
final class SvgDocument {

	private final Document document;

	private SvgDocument(Document document) {
		this.document = document;
	}

	static SvgDocument parse(String svg) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return new SvgDocument(
					factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
		}
		catch (Exception ex) {
			throw new AssertionError("The chart is not well-formed XML: " + ex.getMessage(), ex);
		}
	}

	Element root() {
		return this.document.getDocumentElement();
	}

	String text(String element) {
		return this.document.getElementsByTagNameNS("*", element).item(0).getTextContent();
	}

	/** Elements with the given class attribute, in document order. */
	List<Element> withClass(String className) {
		List<Element> found = new ArrayList<>();
		NodeList all = this.document.getElementsByTagNameNS("*", "*");
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			if (element.getAttribute("class").equals(className)) {
				found.add(element);
			}
		}
		return found;
	}

	/** The points of one series: their data-x and data-y. */
	List<String> points(String series) {
		List<String> points = new ArrayList<>();
		for (Element group : withClass("series")) {
			if (group.getAttribute("data-series").equals(series)) {
				NodeList children = group.getElementsByTagNameNS("*", "g");
				for (int i = 0; i < children.getLength(); i++) {
					Element point = (Element) children.item(i);
					points.add(point.getAttribute("data-x") + "=" + point.getAttribute("data-y"));
				}
			}
		}
		return points;
	}

	/** Every element with a style attribute, which the pages' CSP would refuse. */
	int styleAttributes() {
		int count = 0;
		NodeList all = this.document.getElementsByTagNameNS("*", "*");
		for (int i = 0; i < all.getLength(); i++) {
			if (((Element) all.item(i)).hasAttribute("style")) {
				count++;
			}
		}
		return count;
	}

}
