package org.fourstage.domain.tracking;

import org.fourstage.domain.validation.FreeText;
import org.fourstage.domain.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The small checks every tracking entry shares, each giving a message code.
 */
final class EntryChecks {

	/** Free text on an entry is a few sentences. */
	static final int MAX_TEXT_LENGTH = 2000;

	private EntryChecks() {
	}

	static Violations required(String field, @Nullable Object value) {
		return (value != null) ? Violations.none()
				: Violations.of(field, "validation.required", "Please fill this in.");
	}

	static Violations score(String field, @Nullable Integer value) {
		if (value == null) {
			return required(field, null);
		}
		return optionalScore(field, value);
	}

	static Violations optionalScore(String field, @Nullable Integer value) {
		if (value != null && (value < 0 || value > 10)) {
			return Violations.of(field, "tracking.score.range", "Choose a number from 0 to 10.");
		}
		return Violations.none();
	}

	static Violations minutes(String field, @Nullable Integer value, int max, String code) {
		if (value == null) {
			return required(field, null);
		}
		if (value < 0 || value > max) {
			return Violations.of(field, code, "Enter minutes from 0 to " + max + ".");
		}
		return Violations.none();
	}

	static Violations count(String field, @Nullable Integer value, int max, String code) {
		if (value != null && (value < 0 || value > max)) {
			return Violations.of(field, code, "Enter a number from 0 to " + max + ".");
		}
		return Violations.none();
	}

	static Violations text(String field, String text) {
		if (text.length() > MAX_TEXT_LENGTH) {
			return Violations.of(field, "tracking.text.tooLong", "Use at most " + MAX_TEXT_LENGTH + " characters.");
		}
		if (!FreeText.isStorable(text)) {
			return Violations.of(field, "validation.unstorable", "This holds a character that cannot be saved.");
		}
		if (FreeText.looksLikeMarkup(text)) {
			return Violations.of(field, "tracking.text.markup", "Please write plain text, without < and >.");
		}
		return Violations.none();
	}

	static void checkScore(String name, int value) {
		if (value < 0 || value > 10) {
			throw new IllegalArgumentException(name + " is rated 0 to 10, not " + value);
		}
	}

	static void checkRange(String name, int value, int max) {
		if (value < 0 || value > max) {
			throw new IllegalArgumentException(name + " is 0 to " + max + ", not " + value);
		}
	}

}
