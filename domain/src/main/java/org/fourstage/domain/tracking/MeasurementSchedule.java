package org.fourstage.domain.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.fourstage.domain.instrument.DisabilityIndex;
import org.fourstage.domain.instrument.InstrumentId;
import org.fourstage.domain.instrument.PatientSpecificFunctionalScale;
import org.fourstage.domain.instrument.StartBackScreen;
import org.fourstage.domain.validation.Validated;
import org.fourstage.domain.validation.Violations;

/**
 * When a program measures: pain through the daily check-ins, the patient-specific scale
 * every so many weeks, the disability index and STarT Back in given program weeks. Each
 * clinic keeps a default; a program takes a copy when it is assigned, so a later change
 * of the default does not move the dates of running programs.
 * <p>
 * Week 0 is the day the program began; week n is n × 7 days later. An occasion opens
 * {@link #EARLY_DAYS} days before its day (week 0: {@link #BASELINE_EARLY_DAYS} before,
 * so the assessment that led to the program counts) and is overdue once
 * {@link #GRACE_DAYS} days have passed after it. A questionnaire completed from the
 * opening on counts for that occasion. Only the latest opened occasion of each
 * questionnaire is asked for: once the next one opens, a missed one is not chased.
 *
 * @param painViaCheckIns whether pain is measured through the daily check-ins
 * @param patientSpecificScaleEveryWeeks weeks between patient-specific scales, 1 to 12,
 * or 0 for none
 * @param disabilityIndexWeeks program weeks of the disability index, 0 to 52
 * @param startBackWeeks program weeks of STarT Back, 0 to 52
 */
public record MeasurementSchedule(boolean painViaCheckIns, int patientSpecificScaleEveryWeeks,
		SortedSet<Integer> disabilityIndexWeeks, SortedSet<Integer> startBackWeeks) {

	/**
	 * The design's default: check-ins, the scale every 2 weeks, the others at weeks 0, 6,
	 * 12.
	 */
	public static final MeasurementSchedule DEFAULTS = new MeasurementSchedule(true, 2, weeks(0, 6, 12),
			weeks(0, 6, 12));

	/** Days before its day that an occasion opens. */
	public static final int EARLY_DAYS = 3;

	/** Days before the program's start that the week-0 occasion opens. */
	public static final int BASELINE_EARLY_DAYS = 14;

	/** Days after its day that an occasion becomes overdue. */
	public static final int GRACE_DAYS = 7;

	/** The last program week an occasion can be set for. */
	public static final int LAST_WEEK = 52;

	/** The most weeks between two patient-specific scales. */
	public static final int MOST_WEEKS_BETWEEN_SCALES = 12;

	/** The most occasions a questionnaire can have. */
	public static final int MOST_OCCASIONS = 12;

	public MeasurementSchedule {
		Violations violations = check(patientSpecificScaleEveryWeeks, disabilityIndexWeeks, startBackWeeks);
		if (!violations.isEmpty()) {
			// forms go through validated(...); this guards the other callers
			throw new IllegalArgumentException("Measurement schedule out of bounds in " + violations.fields());
		}
		disabilityIndexWeeks = Collections.unmodifiableSortedSet(new TreeSet<>(disabilityIndexWeeks));
		startBackWeeks = Collections.unmodifiableSortedSet(new TreeSet<>(startBackWeeks));
	}

	/**
	 * A schedule from values someone typed, or each refused field with a message code.
	 * @param painViaCheckIns whether pain is measured through the daily check-ins
	 * @param patientSpecificScaleEveryWeeks weeks between patient-specific scales, 0 for
	 * none
	 * @param disabilityIndexWeeks program weeks of the disability index
	 * @param startBackWeeks program weeks of STarT Back
	 * @return the schedule, or the violations
	 */
	public static Validated<MeasurementSchedule> validated(boolean painViaCheckIns, int patientSpecificScaleEveryWeeks,
			SortedSet<Integer> disabilityIndexWeeks, SortedSet<Integer> startBackWeeks) {
		return Validated.when(check(patientSpecificScaleEveryWeeks, disabilityIndexWeeks, startBackWeeks),
				() -> new MeasurementSchedule(painViaCheckIns, patientSpecificScaleEveryWeeks, disabilityIndexWeeks,
						startBackWeeks));
	}

	private static Violations check(int patientSpecificScaleEveryWeeks, SortedSet<Integer> disabilityIndexWeeks,
			SortedSet<Integer> startBackWeeks) {
		Violations violations = Violations.none();
		if (patientSpecificScaleEveryWeeks < 0 || patientSpecificScaleEveryWeeks > MOST_WEEKS_BETWEEN_SCALES) {
			violations = violations.and("patientSpecificScaleEveryWeeks", "schedule.scaleEvery.range",
					"Choose every 1 to 12 weeks, or none.");
		}
		return violations.and(checkWeeks("disabilityIndexWeeks", disabilityIndexWeeks))
			.and(checkWeeks("startBackWeeks", startBackWeeks));
	}

	private static Violations checkWeeks(String field, SortedSet<Integer> weeks) {
		if (weeks.size() > MOST_OCCASIONS) {
			return Violations.of(field, "schedule.weeks.tooMany", "Give at most 12 weeks.");
		}
		if (!weeks.isEmpty() && (weeks.first() < 0 || weeks.last() > LAST_WEEK)) {
			return Violations.of(field, "schedule.weeks.range", "Give weeks from 0 to 52.");
		}
		return Violations.none();
	}

	/**
	 * A set of program weeks.
	 * @param weeks the weeks
	 * @return them, sorted
	 */
	public static SortedSet<Integer> weeks(int... weeks) {
		SortedSet<Integer> set = new TreeSet<>();
		for (int week : weeks) {
			set.add(week);
		}
		return set;
	}

	/**
	 * The questionnaires to ask for on a day.
	 * @param programStart the day the program began (week 0)
	 * @param day the day asked about
	 * @param completed the questionnaires completed, in any order
	 * @return the due and overdue ones, most urgent first (overdue, then by day)
	 */
	public List<DueQuestionnaire> dueOn(LocalDate programStart, LocalDate day, List<CompletedQuestionnaire> completed) {
		List<DueQuestionnaire> due = new ArrayList<>();
		latestOpened(PatientSpecificFunctionalScale.ID, everyWeeksUpTo(programStart, day), programStart, day, completed)
			.ifPresent(due::add);
		latestOpened(DisabilityIndex.ID, this.disabilityIndexWeeks, programStart, day, completed).ifPresent(due::add);
		latestOpened(StartBackScreen.ID, this.startBackWeeks, programStart, day, completed).ifPresent(due::add);
		due.sort(Comparator.comparing((DueQuestionnaire q) -> q.status() != DueStatus.OVERDUE)
			.thenComparing(DueQuestionnaire::scheduledOn));
		return due;
	}

	private SortedSet<Integer> everyWeeksUpTo(LocalDate programStart, LocalDate day) {
		SortedSet<Integer> weeks = new TreeSet<>();
		if (this.patientSpecificScaleEveryWeeks == 0) {
			return weeks;
		}
		LocalDate last = day.plusDays(EARLY_DAYS);
		for (int week = 0; !programStart.plusWeeks(week).isAfter(last); week += this.patientSpecificScaleEveryWeeks) {
			weeks.add(week);
		}
		return weeks;
	}

	private static Optional<DueQuestionnaire> latestOpened(InstrumentId instrument, SortedSet<Integer> weeks,
			LocalDate programStart, LocalDate day, List<CompletedQuestionnaire> completed) {
		Integer latest = null;
		for (int week : weeks) {
			if (!opensOn(programStart, week).isAfter(day)) {
				latest = week;
			}
		}
		if (latest == null) {
			return Optional.empty();
		}
		LocalDate opens = opensOn(programStart, latest);
		boolean done = completed.stream()
			.anyMatch((c) -> c.instrument().equals(instrument) && !c.completedOn().isBefore(opens)
					&& !c.completedOn().isAfter(day));
		if (done) {
			return Optional.empty();
		}
		LocalDate scheduledOn = programStart.plusWeeks(latest);
		DueStatus status = day.isAfter(scheduledOn.plusDays(GRACE_DAYS)) ? DueStatus.OVERDUE : DueStatus.DUE;
		return Optional.of(new DueQuestionnaire(instrument, latest, scheduledOn, status));
	}

	private static LocalDate opensOn(LocalDate programStart, int week) {
		return programStart.plusWeeks(week).minusDays((week == 0) ? BASELINE_EARLY_DAYS : EARLY_DAYS);
	}

}
