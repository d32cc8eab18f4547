package org.fourstage.domain.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Adherence over a span of days, with the sessions it counted.
 *
 * @param from the first day, included
 * @param to the last day, included
 * @param sessionsDone sessions done in the span, partly-done ones by their share
 * @param sessionsPrescribed sessions prescribed in the span
 * @param sessions the logged sessions counted, in date order
 */
public record AdherenceWindow(LocalDate from, LocalDate to, double sessionsDone, int sessionsPrescribed,
		List<LoggedSession> sessions) {

	public AdherenceWindow {
		sessions = List.copyOf(sessions);
	}

	/**
	 * The adherence of the span.
	 * @return the figure, or empty when nothing was prescribed in the span (not 0 % and
	 * not 100 %)
	 */
	public Optional<Adherence> adherence() {
		return Adherence.over(this.sessionsDone, this.sessionsPrescribed);
	}

}
