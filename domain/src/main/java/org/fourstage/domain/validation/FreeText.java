package org.fourstage.domain.validation;

import java.util.regex.Pattern;

/**
 * Rules for text a clinician types freely: notes, goals, reasons. Such text is shown
 * escaped, so a lone "<" as in "pain < 3" is harmless and allowed; what looks like an
 * HTML tag is refused, so that no record carries something meant for a browser.
 */
public final class FreeText {

	private static final Pattern TAG = Pattern.compile("<\\s*[a-zA-Z/!?]");

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
	 * Whether the text is acceptable: at most {@code maxLength} characters and no markup.
	 * @param text the text
	 * @param maxLength the longest allowed
	 * @return true when acceptable
	 */
	public static boolean isAcceptable(String text, int maxLength) {
		return text.length() <= maxLength && !looksLikeMarkup(text);
	}

}
