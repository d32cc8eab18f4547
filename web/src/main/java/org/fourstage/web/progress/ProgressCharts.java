package org.fourstage.web.progress;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.program.Stage;
import org.fourstage.domain.progression.ProgressionSettings;
import org.fourstage.domain.progression.ProgressionThresholds;
import org.fourstage.reporting.chart.AdherenceChart;
import org.fourstage.reporting.chart.AdherenceWords;
import org.fourstage.reporting.chart.Chart;
import org.fourstage.reporting.chart.ChartWords;
import org.fourstage.reporting.chart.DatedValue;
import org.fourstage.reporting.chart.DisabilityIndexChart;
import org.fourstage.reporting.chart.EnduranceHold;
import org.fourstage.reporting.chart.EnduranceHoldChart;
import org.fourstage.reporting.chart.EnduranceHoldWords;
import org.fourstage.reporting.chart.FlareUpMarker;
import org.fourstage.reporting.chart.PainTrendChart;
import org.fourstage.reporting.chart.PainTrendData;
import org.fourstage.reporting.chart.PainTrendWords;
import org.fourstage.reporting.chart.StageBand;
import org.fourstage.reporting.tracking.AssessmentRecord;
import org.fourstage.reporting.tracking.CheckInRecord;
import org.fourstage.reporting.tracking.DisabilityScore;
import org.fourstage.reporting.tracking.FlareUpRecord;
import org.fourstage.reporting.tracking.SessionRecord;
import org.fourstage.reporting.tracking.TrackingHistory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Draws the progress charts of a patient with the reporting module's SVG charts, in the
 * words of the reader's language. The day charts span the last 12 weeks at most, from the
 * first tracked day when that is later, and always at least a week; adherence shows every
 * program week. Target lines are the clinic's progression thresholds.
 */
@Component
class ProgressCharts {

	/** The longest span of the day charts. */
	static final int MOST_DAYS = 84;

	/** The shortest span of the day charts. */
	static final int FEWEST_DAYS = 7;

	private final MessageSource messages;

	private final ProgressionSettings settings;

	ProgressCharts(MessageSource messages, ProgressionSettings settings) {
		this.messages = messages;
		this.settings = settings;
	}

	/**
	 * The drawn charts.
	 *
	 * @param pain the pain trend
	 * @param adherence adherence per program week; null without a program
	 * @param endurance the prone endurance hold
	 * @param disability the disability index
	 */
	record Charts(Chart pain, @Nullable Chart adherence, Chart endurance, Chart disability) {

	}

	Charts draw(ProgressFacts facts, ClinicId clinicId, Locale locale) {
		TrackingHistory history = facts.history();
		LocalDate to = facts.today();
		LocalDate from = span(facts);
		DateTimeFormatter days = DateTimeFormatter.ofPattern(text("progress.chart.dayFormat", locale), locale);
		ProgressionThresholds thresholds = this.settings.thresholdsFor(clinicId);
		Chart pain = PainTrendChart.draw("chart-pain", painData(facts, from, to), words("pain", days, locale),
				new PainTrendWords(text("progress.chart.pain.morning", locale),
						text("progress.chart.pain.evening", locale), text("progress.chart.pain.before", locale),
						text("progress.chart.pain.after", locale), text("progress.chart.pain.flareUp", locale),
						text("progress.chart.pain.stage", locale), stageNames(locale)));
		Chart adherence = facts.adherenceWeeks().isEmpty() ? null
				: AdherenceChart.draw("chart-adherence", facts.adherenceWeeks(), adherenceTarget(facts, thresholds),
						words("adherence", days, locale),
						new AdherenceWords(text("progress.chart.adherence.bars", locale),
								text("progress.chart.adherence.sessions", locale),
								text("progress.chart.adherence.sessionsOf", locale),
								text("progress.chart.adherence.nothing", locale),
								text("progress.chart.adherence.target", locale)));
		List<EnduranceHold> holds = history.assessments()
			.stream()
			.filter((assessment) -> assessment.proneHoldSeconds() != null)
			.map((assessment) -> new EnduranceHold(assessment.assessedOn(), assessment.proneHoldSeconds(),
					Boolean.TRUE.equals(assessment.proneHoldCramped())))
			.toList();
		Chart endurance = EnduranceHoldChart.draw("chart-endurance", from, to, holds,
				thresholds.stageThreeEnduranceHoldSeconds(), words("endurance", days, locale),
				new EnduranceHoldWords(text("progress.chart.endurance.hold", locale),
						text("progress.chart.endurance.cramped", locale),
						text("progress.chart.endurance.target", locale), text("progress.chart.yes", locale),
						text("progress.chart.no", locale)));
		List<DatedValue> scores = history.disabilityScores()
			.stream()
			.map((score) -> new DatedValue(day(score, facts), score.score().doubleValue()))
			.toList();
		Chart disability = DisabilityIndexChart.draw("chart-disability", from, to, scores,
				words("disability", days, locale), text("progress.chart.disability.series", locale));
		return new Charts(pain, adherence, endurance, disability);
	}

	/**
	 * The first day of the day charts: the first tracked day, but no more than 12 weeks
	 * and no less than a week back.
	 * @param facts the figures
	 * @return the first day
	 */
	static LocalDate span(ProgressFacts facts) {
		TrackingHistory history = facts.history();
		LocalDate today = facts.today();
		LocalDate first = Stream
			.of(Stream.ofNullable(facts.programStart()), history.checkIns().stream().map(CheckInRecord::day),
					history.sessions().stream().map(SessionRecord::performedOn),
					history.flareUps().stream().map(FlareUpRecord::startedOn),
					history.assessments().stream().map(AssessmentRecord::assessedOn),
					history.disabilityScores().stream().map((score) -> day(score, facts)))
			.flatMap((days) -> days)
			.min(Comparator.naturalOrder())
			.orElse(today);
		LocalDate earliest = today.minusDays(MOST_DAYS - 1);
		LocalDate latest = today.minusDays(FEWEST_DAYS - 1);
		return first.isBefore(earliest) ? earliest : (first.isAfter(latest) ? latest : first);
	}

	private static PainTrendData painData(ProgressFacts facts, LocalDate from, LocalDate to) {
		TrackingHistory history = facts.history();
		List<DatedValue> morning = new ArrayList<>();
		List<DatedValue> evening = new ArrayList<>();
		for (CheckInRecord checkIn : history.checkIns()) {
			morning.add(new DatedValue(checkIn.day(), checkIn.morningPain()));
			if (checkIn.eveningPain() != null) {
				evening.add(new DatedValue(checkIn.day(), checkIn.eveningPain()));
			}
		}
		List<DatedValue> before = history.sessions()
			.stream()
			.map((session) -> new DatedValue(session.performedOn(), session.painBefore()))
			.toList();
		List<DatedValue> after = history.sessions()
			.stream()
			.map((session) -> new DatedValue(session.performedOn(), session.painAfter()))
			.toList();
		List<FlareUpMarker> flareUps = history.flareUps()
			.stream()
			.filter((flareUp) -> !flareUp.startedOn().isAfter(to)
					&& (flareUp.endedOn() == null || !flareUp.endedOn().isBefore(from)))
			.map((flareUp) -> new FlareUpMarker(flareUp.startedOn(), flareUp.endedOn(), flareUp.peakPain()))
			.toList();
		List<StageBand> bands = facts.stages()
			.stream()
			.filter((span) -> !span.to().isBefore(from) && !span.from().isAfter(to))
			.map((span) -> new StageBand(span.stage(), span.from().isBefore(from) ? from : span.from(),
					span.to().isAfter(to) ? to : span.to()))
			.toList();
		return new PainTrendData(from, to, morning, evening, before, after, flareUps, bands);
	}

	private static @Nullable Integer adherenceTarget(ProgressFacts facts, ProgressionThresholds thresholds) {
		if (facts.stages().isEmpty()) {
			return null;
		}
		return switch (facts.stages().get(facts.stages().size() - 1).stage()) {
			case CALM_AND_UNLOAD -> thresholds.stageOneAdherencePercent();
			case RESTORE_MOBILITY -> thresholds.stageTwoAdherencePercent();
			case STRENGTHEN_AND_COORDINATE -> thresholds.stageThreeAdherencePercent();
			case INTEGRATE_INTO_DAILY_LIFE -> null;
		};
	}

	private static LocalDate day(DisabilityScore score, ProgressFacts facts) {
		return score.enteredAt().atZone(facts.zone()).toLocalDate();
	}

	private ChartWords words(String chart, DateTimeFormatter days, Locale locale) {
		String prefix = "progress.chart." + chart + ".";
		return new ChartWords(text(prefix + "title", locale), text(prefix + "description", locale),
				text(prefix + "x", locale), text(prefix + "y", locale), days);
	}

	private Map<Stage, String> stageNames(Locale locale) {
		Map<Stage, String> names = new EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			names.put(stage, text("progress.chart.stage", locale, stage.number()));
		}
		return names;
	}

	private String text(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

}
