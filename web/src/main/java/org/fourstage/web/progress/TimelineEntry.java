package org.fourstage.web.progress;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fourstage.reporting.tracking.AssessmentRecord;
import org.fourstage.reporting.tracking.CheckInRecord;
import org.fourstage.reporting.tracking.FlareUpRecord;
import org.fourstage.reporting.tracking.SessionRecord;
import org.fourstage.reporting.tracking.StageMoveRecord;
import org.fourstage.reporting.tracking.TrackingHistory;

/**
 * One line of the tracking timeline: a day, what kind of entry, and the entry itself for
 * the page to show.
 *
 * @param day the day the entry is about
 * @param kind what kind of entry
 * @param entry the record: a {@link SessionRecord}, {@link CheckInRecord},
 * {@link FlareUpRecord}, {@link StageMoveRecord} or {@link AssessmentRecord}
 */
record TimelineEntry(LocalDate day, Kind kind, Object entry) {

	/** The kinds of entry, in the order they are listed within one day. */
	enum Kind {

		STAGE_MOVE, ASSESSMENT, FLARE_UP, SESSION, CHECK_IN

	}

	/**
	 * Every entry of a history, newest day first; within a day, stage moves, then
	 * assessments, flare-ups, sessions and check-ins.
	 * @param history the history
	 * @param zone the clinic's time zone, which dates the stage moves
	 * @return the entries
	 */
	static List<TimelineEntry> of(TrackingHistory history, ZoneId zone) {
		List<TimelineEntry> entries = new ArrayList<>();
		history.stageMoves()
			.stream()
			.filter((move) -> !move.movedAt().atZone(zone).toLocalDate().isBefore(history.from()))
			.forEach((move) -> entries
				.add(new TimelineEntry(move.movedAt().atZone(zone).toLocalDate(), Kind.STAGE_MOVE, move)));
		history.assessments()
			.forEach((assessment) -> entries
				.add(new TimelineEntry(assessment.assessedOn(), Kind.ASSESSMENT, assessment)));
		history.flareUps()
			.forEach((flareUp) -> entries.add(new TimelineEntry(flareUp.startedOn(), Kind.FLARE_UP, flareUp)));
		history.sessions()
			.forEach((session) -> entries.add(new TimelineEntry(session.performedOn(), Kind.SESSION, session)));
		history.checkIns().forEach((checkIn) -> entries.add(new TimelineEntry(checkIn.day(), Kind.CHECK_IN, checkIn)));
		// A stable sort keeps the order of each kind's list (oldest first) within a day;
		// reversing that keeps the newest first throughout.
		List<TimelineEntry> sorted = new ArrayList<>(entries);
		sorted.sort(
				Comparator.comparing(TimelineEntry::day).thenComparing(TimelineEntry::kind, Comparator.reverseOrder()));
		java.util.Collections.reverse(sorted);
		return sorted;
	}

}
