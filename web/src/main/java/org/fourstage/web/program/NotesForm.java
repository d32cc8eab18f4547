package org.fourstage.web.program;

import org.jspecify.annotations.Nullable;

/**
 * The personal notes of a program, saved from the version they were written against.
 *
 * @param notes the notes as typed
 * @param version the program version the page showed
 */
record NotesForm(@Nullable String notes, @Nullable Integer version) {

}
