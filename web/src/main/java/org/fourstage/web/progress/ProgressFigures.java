package org.fourstage.web.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

import org.fourstage.domain.tracking.Adherence;
import org.fourstage.domain.tracking.AdherenceWindow;
import org.fourstage.domain.tracking.FlareFreeDays;
import org.fourstage.domain.tracking.PainAverage;
import org.fourstage.reporting.tracking.AssessmentRecord;
import org.jspecify.annotations.Nullable;

/**
 * The few figures the progress pages say in words, rounded as shown.
 *
 * @param painAverage average pain of the last 7 days, to one decimal; null without a
 * check-in in them
 * @param painDays the days of those 7 with a check-in
 * @param painChange that average less the one of the 7 days before, to one decimal; null
 * when either has no check-in
 * @param programWeek the program week under way, from 1; null without a program
 * @param sessionsDone sessions done in that week as people read them (e.g. "2.5"); null
 * without a program
 * @param sessionsPrescribed sessions prescribed in that week so far
 * @param adherencePercent adherence of that week, rounded down; null when nothing was
 * prescribed yet
 * @param flareFreeDays days without a flare-up; null when unknown
 * @param flareUpOngoing whether a flare-up is going on
 * @param holdSeconds the latest prone endurance hold; null when none was recorded
 * @param holdOn the day of that hold
 * @param holdCramped whether that hold cramped or shook
 */
record ProgressFigures(@Nullable BigDecimal painAverage, int painDays, @Nullable BigDecimal painChange,
		@Nullable Integer programWeek, @Nullable String sessionsDone, int sessionsPrescribed,
		@Nullable Integer adherencePercent, @Nullable Integer flareFreeDays, boolean flareUpOngoing,
		@Nullable Integer holdSeconds, @Nullable LocalDate holdOn, boolean holdCramped) {

	static ProgressFigures of(ProgressFacts facts) {
		Optional<PainAverage> thisWeek = facts.painThisWeek();
		Optional<PainAverage> weekBefore = facts.painWeekBefore();
		BigDecimal change = (thisWeek.isPresent() && weekBefore.isPresent())
				? oneDecimal(thisWeek.get().value() - weekBefore.get().value()) : null;
		Optional<AdherenceWindow> week = facts.thisWeek();
		Optional<FlareFreeDays> flareFree = facts.flareFreeDays();
		boolean ongoing = flareFree.isPresent() && flareFree.get().days() == 0 && flareFree.get().lastFlareUp() != null;
		Optional<AssessmentRecord> hold = facts.latestHold();
		return new ProgressFigures(thisWeek.map((average) -> oneDecimal(average.value())).orElse(null),
				thisWeek.map(PainAverage::daysWithFigure).orElse(0), change,
				week.isPresent() ? facts.adherenceWeeks().size() : null,
				week.map((w) -> new Adherence(w.sessionsDone(), 1).sessionsDoneText()).orElse(null),
				week.map(AdherenceWindow::sessionsPrescribed).orElse(0),
				week.flatMap(AdherenceWindow::adherence).map(Adherence::wholePercent).orElse(null),
				flareFree.map(FlareFreeDays::days).orElse(null), ongoing,
				hold.map(AssessmentRecord::proneHoldSeconds).orElse(null),
				hold.map(AssessmentRecord::assessedOn).orElse(null),
				hold.map((h) -> Boolean.TRUE.equals(h.proneHoldCramped())).orElse(false));
	}

	private static BigDecimal oneDecimal(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
	}

	/**
	 * Whether the pain went down, up or stayed.
	 * @return -1, 0 or 1; 0 without a change to tell
	 */
	public int painDirection() {
		return (this.painChange != null) ? this.painChange.signum() : 0;
	}

	/**
	 * The size of the change without its sign.
	 * @return the points; null without a change to tell
	 */
	public @Nullable BigDecimal painChangeSize() {
		return (this.painChange != null) ? this.painChange.abs() : null;
	}

}
