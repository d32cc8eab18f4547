package org.fourstage.domain.alert;

import java.util.Objects;

import org.fourstage.domain.tracking.EntryRef;

/**
 * An alert an entry calls for: its kind and the entry.
 *
 * @param kind why
 * @param source the entry that raised it
 */
public record AlertCause(AlertKind kind, EntryRef source) {

	public AlertCause {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(source, "source");
	}

}
