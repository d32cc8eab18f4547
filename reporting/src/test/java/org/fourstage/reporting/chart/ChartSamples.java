package org.fourstage.reporting.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.fourstage.domain.program.Stage;
import org.fourstage.domain.tracking.AdherenceWindow;
import org.fourstage.domain.tracking.EntryKind;
import org.fourstage.domain.tracking.EntryRef;
import org.fourstage.domain.tracking.LoggedSession;
import org.fourstage.domain.tracking.PrescribedDays;
import org.fourstage.domain.tracking.SessionLog;

/**
 * Four weeks of a made-up patient, drawn by every chart: the figures the chart tests
 * check the drawings against, and the samples looked at as pictures.
 */
final class ChartSamples {

	static final LocalDate START = LocalDate.of(2026, 11, 2);

	static final LocalDate END = START.plusDays(27);

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private ChartSamples() {
	}

	static ChartWords words(String title, String yAxis) {
		return new ChartWords(title, title + " from 2 Nov to 29 Nov 2026", "Day", yAxis, DAY);
	}

	/** Morning pain 7 falling by a point every four days; evening one point lower. */
	static PainTrendData pain() {
		List<DatedValue> morning = new ArrayList<>();
		List<DatedValue> evening = new ArrayList<>();
		for (int day = 0; day < 28; day++) {
			if (day % 5 == 3) {
				continue; // a missed check-in every five days
			}
			morning.add(new DatedValue(START.plusDays(day), Math.max(1, 7 - day / 4)));
			evening.add(new DatedValue(START.plusDays(day), Math.max(0, 6 - day / 4)));
		}
		List<DatedValue> before = List.of(new DatedValue(START.plusDays(2), 6), new DatedValue(START.plusDays(9), 5),
				new DatedValue(START.plusDays(16), 4), new DatedValue(START.plusDays(23), 2));
		List<DatedValue> after = List.of(new DatedValue(START.plusDays(2), 5), new DatedValue(START.plusDays(9), 4),
				new DatedValue(START.plusDays(16), 3), new DatedValue(START.plusDays(23), 2));
		List<FlareUpMarker> flareUps = List.of(new FlareUpMarker(START.plusDays(12), START.plusDays(14), 8));
		List<StageBand> stages = List.of(new StageBand(Stage.CALM_AND_UNLOAD, START, START.plusDays(13)),
				new StageBand(Stage.RESTORE_MOBILITY, START.plusDays(14), END));
		return new PainTrendData(START, END, morning, evening, before, after, flareUps, stages);
	}

	static PainTrendWords painWords() {
		return new PainTrendWords("Morning", "Evening", "Before session", "After session", "Flare-up", "Stage",
				Map.of(Stage.CALM_AND_UNLOAD, "Stage 1", Stage.RESTORE_MOBILITY, "Stage 2",
						Stage.STRENGTHEN_AND_COORDINATE, "Stage 3", Stage.INTEGRATE_INTO_DAILY_LIFE, "Stage 4"));
	}

	static List<DatedValue> disability() {
		return List.of(new DatedValue(START, 46), new DatedValue(START.plusDays(14), 38),
				new DatedValue(START.plusDays(27), 24));
	}

	/**
	 * Monday, Wednesday, Friday for four weeks; week 3 had nothing prescribed (a break).
	 * Week 1: 3 of 3; week 2: 1 + 0.5 of 3; week 4: 1 of 3.
	 */
	static List<AdherenceWindow> adherence() {
		List<LocalDate> prescribed = new ArrayList<>();
		for (int week : new int[] { 0, 1, 3 }) {
			LocalDate monday = START.plusWeeks(week);
			prescribed.addAll(List.of(monday, monday.plusDays(2), monday.plusDays(4)));
		}
		List<LoggedSession> sessions = List.of(session(0, 1), session(2, 1), session(4, 1), session(7, 1),
				session(9, 0.5), session(21, 1));
		return new SessionLog(sessions, PrescribedDays.of(prescribed)).perWeek(START, END);
	}

	static AdherenceWords adherenceWords() {
		return new AdherenceWords("Adherence", "Sessions", "{0} of {1}", "nothing prescribed", "Target");
	}

	static List<EnduranceHold> holds() {
		return List.of(new EnduranceHold(START.plusDays(1), 8, true), new EnduranceHold(START.plusDays(10), 12, false),
				new EnduranceHold(START.plusDays(24), 20, false));
	}

	static EnduranceHoldWords holdWords() {
		return new EnduranceHoldWords("Hold (s)", "Cramped", "Target", "yes", "no");
	}

	private static LoggedSession session(int day, double share) {
		return new LoggedSession(new EntryRef(EntryKind.EXERCISE_SESSION, UUID.randomUUID(), START.plusDays(day)),
				share);
	}

}
