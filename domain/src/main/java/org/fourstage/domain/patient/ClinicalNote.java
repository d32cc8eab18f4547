package org.fourstage.domain.patient;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.validation.FreeText;
import org.jspecify.annotations.Nullable;

/**
 * A physio's note about a visit. Its author may correct it for 24 hours; after that the
 * record stands as written and corrections are added as addenda, so the history of what
 * was known when stays readable.
 *
 * @param id the note
 * @param patientId whose note it is
 * @param authorId who wrote it
 * @param authorName the author's name at the time of reading
 * @param body the text
 * @param createdAt when it was written
 * @param updatedAt when it was last corrected
 * @param addendumTo the note this one adds to, if it is an addendum
 */
public record ClinicalNote(UUID id, PatientId patientId, AccountId authorId, String authorName, String body,
		Instant createdAt, Instant updatedAt, @Nullable UUID addendumTo) {

	public static final Duration EDIT_WINDOW = Duration.ofHours(24);

	public static final int MAX_LENGTH = 10_000;

	/**
	 * Whether this person may still correct the note.
	 * @param editor who wants to edit
	 * @param now the moment
	 * @return true for the author within 24 hours of writing
	 */
	public boolean isEditableBy(AccountId editor, Instant now) {
		return this.authorId.equals(editor) && now.isBefore(this.createdAt.plus(EDIT_WINDOW));
	}

	/**
	 * Checks the text of a note or addendum.
	 * @param body the text as typed
	 * @return the message key of the problem, or null when acceptable
	 */
	public static @Nullable String problemWith(String body) {
		if (body.isBlank()) {
			return "validation.required";
		}
		if (body.length() > MAX_LENGTH) {
			return "note.tooLong";
		}
		if (!FreeText.isStorable(body)) {
			return "validation.unstorable";
		}
		if (FreeText.looksLikeMarkup(body)) {
			return "note.markup";
		}
		return null;
	}

}
