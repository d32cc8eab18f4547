package org.fourstage.domain.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A patient's logged sessions against the days prescribed, for adherence over any span
 * and per week.
 * <p>
 * Every logged session in a span counts, also one done on a day without prescription (the
 * patient moved the day), and a partly-done one by its share. Adherence itself caps the
 * count at the sessions prescribed.
 */
public final class SessionLog {

	private final List<LoggedSession> sessions;

	private final PrescribedDays prescribed;

	/**
	 * A log.
	 * @param sessions the logged sessions, in any order
	 * @param prescribed the days a session was prescribed
	 */
	public SessionLog(List<LoggedSession> sessions, PrescribedDays prescribed) {
		List<LoggedSession> sorted = new ArrayList<>(sessions);
		sorted.sort(Comparator.comparing(LoggedSession::day));
		this.sessions = List.copyOf(sorted);
		this.prescribed = prescribed;
	}

	/**
	 * Adherence from one day to another, both included.
	 * @param from the first day
	 * @param to the last day
	 * @return the window
	 */
	public AdherenceWindow between(LocalDate from, LocalDate to) {
		List<LoggedSession> counted = this.sessions.stream()
			.filter((session) -> !session.day().isBefore(from) && !session.day().isAfter(to))
			.toList();
		double done = counted.stream().mapToDouble(LoggedSession::doneShare).sum();
		return new AdherenceWindow(from, to, done, this.prescribed.countBetween(from, to), counted);
	}

	/**
	 * Adherence week by week: week 1 is the seven days from {@code firstDay}, week 2 the
	 * next seven, up to the week that holds {@code lastDay}, which ends on
	 * {@code lastDay} (a week under way counts only its days so far).
	 * @param firstDay the first day of week 1, e.g. when the program began
	 * @param lastDay the last day to count, e.g. today
	 * @return one window per week, in order; empty when lastDay is before firstDay
	 */
	public List<AdherenceWindow> perWeek(LocalDate firstDay, LocalDate lastDay) {
		List<AdherenceWindow> weeks = new ArrayList<>();
		for (LocalDate start = firstDay; !start.isAfter(lastDay); start = start.plusDays(7)) {
			LocalDate end = start.plusDays(6);
			weeks.add(between(start, end.isAfter(lastDay) ? lastDay : end));
		}
		return weeks;
	}

}
