package org.fourstage.domain.validation;

import java.util.regex.Pattern;

/**
 * The one rule for text people type, whatever the field: notes, goals, reasons, names,
 * search words, imported wording.
 * <p>
 * Every text must be storable and printable: no NUL, no control characters other than tab
 * and line breaks (and those only where the field holds several lines), no non-characters
 * U+FFFE and U+FFFF and no half of a surrogate pair. PostgreSQL refuses NUL and the PDF
 * sheet cannot hold what XML forbids, so such a character would otherwise surface later
 * as a failure far from where it was typed.
 * <p>
 * Text is shown escaped, so a lone "<" as in "pain < 3" is harmless and allowed; what
 * looks like an HTML tag is refused, so that no record carries something meant for a
 * browser.
 */
public final class FreeText {

	private static final Pattern TAG = Pattern.compile("<\\s*[a-zA-Z/!?]");

	private static final char REPLACEMENT = '\uFFFD';

	private FreeText() {
	}

	/**
	 * Whether the text contains something that looks like markup.
	 * @param text the text
	 * @return true when a tag-like sequence is found
	 */
	public static boolean looksLikeMarkup(String text) {
		return TAG.matcher(text).find();
	}

	/**
	 * Whether every character of a text of several lines can be stored and printed: tab
	 * and line breaks are allowed.
	 * @param text the text
	 * @return false when it holds a character no field may hold
	 */
	public static boolean isStorable(String text) {
		return firstUnstorable(text, true) < 0;
	}

	/**
	 * Whether every character of a one-line text (a name, an address, a search) can be
	 * stored: no control character at all, not even tab or a line break.
	 * @param text the text
	 * @return false when it holds a character a one-line field may not hold
	 */
	public static boolean isStorableLine(String text) {
		return firstUnstorable(text, false) < 0;
	}

	/**
	 * Whether the text is plain: storable and without markup.
	 * @param text the text
	 * @return true when acceptable in any free-text field
	 */
	public static boolean isPlain(String text) {
		return isStorable(text) && !looksLikeMarkup(text);
	}

	/**
	 * Whether the text is acceptable: at most {@code maxLength} characters, storable and
	 * no markup.
	 * @param text the text
	 * @param maxLength the longest allowed
	 * @return true when acceptable
	 */
	public static boolean isAcceptable(String text, int maxLength) {
		return text.length() <= maxLength && isPlain(text);
	}

	/**
	 * The text with every character XML cannot hold left out, for renderers that are
	 * handed text stored before this rule existed.
	 * @param text the text
	 * @return the text without such characters
	 */
	public static String withoutUnstorable(String text) {
		if (isStorable(text)) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			if (!isUnstorableAt(text, i, true)) {
				kept.append(text.charAt(i));
			}
		}
		return kept.toString();
	}

	/**
	 * Text someone typed that is kept even though it was refused, such as the address of
	 * a failed sign-in in the audit log: every character a one-line field may not hold
	 * and every angle bracket is replaced with U+FFFD, so what is kept is storable, plain
	 * and still shows where something odd was typed.
	 * @param text the text as typed
	 * @param maxLength the longest kept
	 * @return the text made safe, cut to {@code maxLength}
	 */
	public static String madeSafe(String text, int maxLength) {
		String cut = (text.length() > maxLength) ? text.substring(0, maxLength) : text;
		StringBuilder safe = new StringBuilder(cut.length());
		for (int i = 0; i < cut.length(); i++) {
			char c = cut.charAt(i);
			safe.append((c == '<' || c == '>' || isUnstorableAt(cut, i, false)) ? REPLACEMENT : c);
		}
		return safe.toString();
	}

	private static int firstUnstorable(String text, boolean multiLine) {
		for (int i = 0; i < text.length(); i++) {
			if (isUnstorableAt(text, i, multiLine)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isUnstorableAt(String text, int index, boolean multiLine) {
		char c = text.charAt(index);
		if (c < 0x20) {
			return !(multiLine && (c == '\t' || c == '\n' || c == '\r'));
		}
		if (c == 0x7F || c == '\uFFFE' || c == '\uFFFF') {
			return true;
		}
		if (Character.isHighSurrogate(c)) {
			return index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
		}
		if (Character.isLowSurrogate(c)) {
			return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
		}
		return false;
	}

}
