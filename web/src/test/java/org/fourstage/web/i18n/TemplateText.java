package org.fourstage.web.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;

/**
 * Reads a Thymeleaf template the way a reader of the rendered page would see it: which
 * words reach the page straight from the template instead of from the messages, and which
 * message keys the template names.
 */
final class TemplateText {

	/** Attributes a person reads or hears (screen readers) on the rendered page. */
	private static final Set<String> READABLE_ATTRIBUTES = Set.of("title", "placeholder", "aria-label", "alt");

	/** Input types whose value is the caption of a button. */
	private static final Set<String> BUTTON_INPUTS = Set.of("submit", "button", "reset");

	/** Attributes that replace the element's body, so text written there never shows. */
	private static final Set<String> BODY_REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert",
			"th:substituteby", "th:include", "th:errors", "data-th-errors", "data-th-text", "data-th-utext",
			"data-th-replace", "data-th-insert");

	/** A literal message key: {@code #{key}} or {@code #{key(arguments)}}. */
	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)\\s*[}(]");

	/** Inlined expressions in a text node: {@code [[...]]} and {@code [(...)]}. */
	private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

	private static final Pattern ENTITY = Pattern.compile("&#?[A-Za-z0-9]+;");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private TemplateText() {
	}

	/**
	 * The words of a template that would reach the page without going through a message.
	 * @param template the template file
	 * @return one line per finding, quoting the text
	 */
	static List<String> literalTexts(Path template) {
		Document document;
		try {
			document = new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(template.toString(),
					Files.readString(template, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Cannot parse " + template, ex);
		}
		List<String> findings = new ArrayList<>();
		visit(document, findings);
		return findings;
	}

	/**
	 * The message keys a template names literally.
	 * @param template the template file
	 * @return the keys
	 */
	static Set<String> messageKeys(Path template) {
		try {
			return keysIn(Files.readString(template, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Set<String> keysIn(String source) {
		Set<String> keys = new TreeSet<>();
		Matcher matcher = MESSAGE_KEY.matcher(source);
		while (matcher.find()) {
			keys.add(matcher.group(1));
		}
		return keys;
	}

	private static void visit(INestableNode parent, List<String> findings) {
		for (INode node : parent.getChildren()) {
			if (node instanceof Text text) {
				String visible = ENTITY.matcher(INLINED.matcher(text.getContent()).replaceAll(" ")).replaceAll(" ");
				if (LETTER.matcher(visible).find()) {
					findings.add("text \"" + visible.strip() + "\"");
				}
			}
			else if (node instanceof Element element) {
				checkAttributes(element, findings);
				if (!bodyIsReplaced(element)) {
					visit(element, findings);
				}
			}
		}
	}

	private static boolean bodyIsReplaced(Element element) {
		String name = element.getElementName().toLowerCase(Locale.ROOT);
		if (name.equals("script") || name.equals("style")) {
			return true;
		}
		for (String attribute : element.getAttributeMap().keySet()) {
			String lower = attribute.toLowerCase(Locale.ROOT);
			if (BODY_REPLACING.contains(lower)) {
				return true;
			}
			if ((lower.equals("th:remove") || lower.equals("data-th-remove"))
					&& !"tag".equals(element.getAttributeValue(attribute))
					&& !"none".equals(element.getAttributeValue(attribute))) {
				return true;
			}
		}
		return false;
	}

	private static void checkAttributes(Element element, List<String> findings) {
		String name = element.getElementName().toLowerCase(Locale.ROOT);
		String type = valueOf(element, "type");
		boolean button = name.equals("button")
				|| (name.equals("input") && type != null && BUTTON_INPUTS.contains(type.toLowerCase(Locale.ROOT)));
		for (var attribute : element.getAttributeMap().entrySet()) {
			String key = attribute.getKey().toLowerCase(Locale.ROOT);
			boolean readable = READABLE_ATTRIBUTES.contains(key) || (button && key.equals("value"));
			if (readable && attribute.getValue() != null && LETTER.matcher(attribute.getValue()).find()
					&& !isOverridden(element, key)) {
				findings.add(key + "=\"" + attribute.getValue() + "\"");
			}
		}
	}

	// th:title="..." or th:attr="title=..." replaces the literal attribute when rendered.
	private static boolean isOverridden(Element element, String attribute) {
		for (var candidate : element.getAttributeMap().entrySet()) {
			String key = candidate.getKey().toLowerCase(Locale.ROOT);
			if (key.equals("th:" + attribute) || key.equals("data-th-" + attribute)) {
				return true;
			}
			if ((key.equals("th:attr") || key.equals("th:attrappend")) && candidate.getValue() != null
					&& Pattern.compile("(^|[,\\s])" + Pattern.quote(attribute) + "\\s*=")
						.matcher(candidate.getValue())
						.find()) {
				return true;
			}
		}
		return false;
	}

	private static String valueOf(Element element, String attribute) {
		for (var candidate : element.getAttributeMap().entrySet()) {
			if (candidate.getKey().equalsIgnoreCase(attribute)) {
				return candidate.getValue();
			}
		}
		return null;
	}

}
