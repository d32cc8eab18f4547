package org.fourstage.domain.tracking;

import java.time.LocalDate;

/**
 * What adherence needs from one logged exercise session: its day and the share of its
 * exercises done.
 *
 * @param entry the session
 * @param doneShare 0 to 1: 1 when every exercise was done, less for a partly-done session
 * (see {@link #shareOf(List)})
 */
public record LoggedSession(EntryRef entry, double doneShare) {

	public LoggedSession {
		if (entry.kind() != EntryKind.EXERCISE_SESSION) {
			throw new IllegalArgumentException("A logged session refers to an exercise session, not " + entry.kind());
		}
		if (!(doneShare >= 0 && doneShare <= 1)) {
			throw new IllegalArgumentException("The share of a session done is 0 to 1, not " + doneShare);
		}
	}

	/**
	 * The day the session was done.
	 * @return the day
	 */
	public LocalDate day() {
		return this.entry.day();
	}

	/**
	 * What adherence needs from a kept session.
	 * @param session the session
	 * @return its day and share done
	 */
	public static LoggedSession of(ExerciseSession session) {
		return new LoggedSession(new EntryRef(EntryKind.EXERCISE_SESSION, session.id(), session.entry().performedOn()),
				session.entry().shareDone());
	}

}
