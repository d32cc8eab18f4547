package org.fourstage.web.support;

import java.beans.PropertyEditorSupport;

import org.fourstage.domain.validation.FreeText;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Applies the domain's one rule for typed text ({@link FreeText#isStorable}) to every
 * value bound from a request, form field or parameter alike, before any controller sees
 * it: a NUL, a stray control character, U+FFFE or half a surrogate pair becomes a refusal
 * of that field ({@code typeMismatch}, shown next to it) or, for a parameter, a 400 page,
 * instead of an error from the database or the PDF renderer later.
 * <p>
 * It also caps how far an indexed field such as {@code rows[300].note} may grow a form's
 * list; a larger index is answered with a 400 page by {@link RequestErrors}.
 */
@ControllerAdvice
class TypedTextBinding {

	/** More rows than any form of the app shows; a stage holds a few dozen exercises. */
	static final int MAX_INDEXED_ROWS = 100;

	@InitBinder
	void refuseUnstorableText(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(MAX_INDEXED_ROWS);
		binder.registerCustomEditor(String.class, new StorableTextEditor());
	}

	/**
	 * Passes text through unchanged, refusing what no field may hold.
	 */
	static final class StorableTextEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (text != null && !FreeText.isStorable(text)) {
				throw new UnstorableTextException();
			}
			setValue(text);
		}

	}

	/**
	 * A typed value holds a character no field may hold.
	 */
	static final class UnstorableTextException extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		UnstorableTextException() {
			super("The text holds a character that cannot be stored");
		}

	}

}
