package org.fourstage.web.patient;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A new note, an addendum to an older one, or a correction.
 *
 * @param body the text
 * @param addendumTo the note an addendum adds to
 */
record NoteForm(@Nullable String body, @Nullable UUID addendumTo) {

}
