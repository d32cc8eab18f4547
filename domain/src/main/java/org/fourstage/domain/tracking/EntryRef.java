package org.fourstage.domain.tracking;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Points at one stored entry by kind and id, with the day it is about, so that every
 * figure can say which entries it was computed from.
 *
 * @param kind what kind of entry
 * @param id its id
 * @param day the day the entry is about (a check-in's day, a session's date, a flare-up's
 * start)
 */
public record EntryRef(EntryKind kind, UUID id, LocalDate day) {

	public EntryRef {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(day, "day");
	}

}
