package org.fourstage.domain.tracking;

import java.time.LocalDate;
import java.util.List;

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
	 * The share of a session done, from the share of each of its exercises: their mean.
	 * An exercise done fully counts 1, a skipped one 0, a partly-done one by the share of
	 * its prescribed sets done (capped at 1), which the caller works out.
	 * @param exerciseShares each exercise's share, 0 to 1; at least one
	 * @return the mean, 0 to 1
	 */
	public static double shareOf(List<Double> exerciseShares) {
		if (exerciseShares.isEmpty()) {
			throw new IllegalArgumentException("A session has at least one exercise");
		}
		double sum = 0;
		for (double share : exerciseShares) {
			if (!(share >= 0 && share <= 1)) {
				throw new IllegalArgumentException("An exercise's share is 0 to 1, not " + share);
			}
			sum += share;
		}
		return sum / exerciseShares.size();
	}

	/**
	 * The share of one partly-done exercise: sets done over sets prescribed, at most 1.
	 * @param setsDone sets done, 0 or more
	 * @param setsPrescribed sets prescribed, 1 or more
	 * @return 0 to 1
	 */
	public static double exerciseShare(int setsDone, int setsPrescribed) {
		if (setsDone < 0 || setsPrescribed < 1) {
			throw new IllegalArgumentException("Sets done must be 0 or more and sets prescribed 1 or more");
		}
		return Math.min(1.0, (double) setsDone / setsPrescribed);
	}

}
