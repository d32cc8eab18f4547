package org.fourstage.web.progress;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.fourstage.domain.program.AssignedProgram;
import org.fourstage.domain.tracking.AdherenceWindow;
import org.fourstage.domain.tracking.FlareFreeDays;
import org.fourstage.domain.tracking.FlareUpSpan;
import org.fourstage.domain.tracking.PainAverage;
import org.fourstage.domain.tracking.PainDiary;
import org.fourstage.domain.tracking.SessionLog;
import org.fourstage.reporting.tracking.AssessmentRecord;
import org.fourstage.reporting.tracking.FlareUpRecord;
import org.fourstage.reporting.tracking.SessionRecord;
import org.fourstage.reporting.tracking.TrackingHistory;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a patient's progress on one day, each worked out by the domain's rules
 * from the tracked history: pain averages over the days with a check-in, adherence per
 * program week, days without a flare-up and the latest endurance hold.
 * <p>
 * Sessions are prescribed on the exercise days of the stage the patient was in on each
 * day, as the program prescribes that stage now ({@link ExerciseDays}): a program week
 * counts from the day the program was assigned.
 *
 * @param history what was tracked
 * @param today the day the figures are for
 * @param programStart the day the program was assigned; null without a program
 * @param stages the stages the patient went through, oldest first
 * @param adherenceWeeks adherence of each program week up to today, oldest first; empty
 * without a program
 * @param zone the clinic's time zone
 */
record ProgressFacts(TrackingHistory history, LocalDate today, @Nullable LocalDate programStart, List<StageSpan> stages,
		List<AdherenceWindow> adherenceWeeks, ZoneId zone) {

	ProgressFacts {
		stages = List.copyOf(stages);
		adherenceWeeks = List.copyOf(adherenceWeeks);
	}

	static ProgressFacts of(TrackingHistory history, @Nullable AssignedProgram program, LocalDate today, ZoneId zone) {
		List<StageSpan> stages = StageSpan.of(history.stageMoves(), zone, today);
		LocalDate programStart = null;
		List<AdherenceWindow> weeks = List.of();
		if (program != null) {
			programStart = stages.isEmpty() ? program.assignedAt().atZone(zone).toLocalDate() : stages.get(0).from();
			SessionLog log = new SessionLog(history.sessions().stream().map(SessionRecord::logged).toList(),
					StageSpan.prescribedDays(stages, program, zone, today));
			weeks = log.perWeek(programStart, today);
		}
		return new ProgressFacts(history, today, programStart, stages, weeks, zone);
	}

	PainDiary painDiary() {
		return this.history.painDiary();
	}

	/**
	 * The average pain of the last 7 days, today included.
	 * @return the average, or empty without a check-in in those days
	 */
	Optional<PainAverage> painThisWeek() {
		return painDiary().sevenDayAverage(this.today);
	}

	/**
	 * The average pain of the 7 days before those.
	 * @return the average, or empty without a check-in in those days
	 */
	Optional<PainAverage> painWeekBefore() {
		return painDiary().sevenDayAverage(this.today.minusDays(PainDiary.WINDOW_DAYS));
	}

	/**
	 * Adherence of the program week under way.
	 * @return the week, or empty without a program
	 */
	Optional<AdherenceWindow> thisWeek() {
		return this.adherenceWeeks.isEmpty() ? Optional.empty()
				: Optional.of(this.adherenceWeeks.get(this.adherenceWeeks.size() - 1));
	}

	/**
	 * Days without a flare-up today, counted from the program's start when there was
	 * none.
	 * @return the count, or empty without a program and without a flare-up
	 */
	Optional<FlareFreeDays> flareFreeDays() {
		List<FlareUpSpan> spans = this.history.flareUps().stream().map(FlareUpRecord::span).toList();
		LocalDate since = (this.programStart != null) ? this.programStart
				: spans.stream().map(FlareUpSpan::startedOn).min(Comparator.naturalOrder()).orElse(null);
		return (since != null) ? Optional.of(FlareFreeDays.on(spans, since, this.today)) : Optional.empty();
	}

	/**
	 * The latest assessment that recorded a prone endurance hold.
	 * @return the assessment, or empty
	 */
	Optional<AssessmentRecord> latestHold() {
		return this.history.assessments()
			.stream()
			.filter((assessment) -> assessment.proneHoldSeconds() != null)
			.reduce((first, second) -> second);
	}

}
