package org.fourstage.domain.progression;

import org.fourstage.domain.tracking.EntryRef;

/**
 * One prone endurance hold, from an assessment or a logged session.
 *
 * @param source where it was recorded; its day is the day of the hold
 * @param seconds how long it was held
 * @param cramped whether it cramped or shook
 */
public record EnduranceReading(EntryRef source, int seconds, boolean cramped) {

	public EnduranceReading {
		if (seconds < 0) {
			throw new IllegalArgumentException("A hold cannot be negative");
		}
	}

}
