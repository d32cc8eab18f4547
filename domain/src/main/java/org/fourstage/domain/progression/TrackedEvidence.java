package org.fourstage.domain.progression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.fourstage.domain.tracking.AdherenceWindow;
import org.fourstage.domain.tracking.DailyPain;
import org.fourstage.domain.tracking.FlareFreeDays;
import org.fourstage.domain.tracking.FlareUpSpan;
import org.fourstage.domain.tracking.PainAverage;
import org.fourstage.domain.tracking.PainDiary;
import org.fourstage.domain.tracking.SessionLog;

/**
 * The advisor's evidence worked out from recorded data, with the entries each criterion
 * rests on.
 * <p>
 * The rules:
 * <ul>
 * <li>7-day average pain: the check-ins of the review day and the six days before,
 * missing days left out ({@link org.fourstage.domain.tracking.PainDiary}).</li>
 * <li>Pain when the stage began: the 7-day average on the day the stage began.</li>
 * <li>Days without a flare-up: {@link FlareFreeDays} over all the program's flare-ups,
 * from the start of tracking when there was none.</li>
 * <li>Adherence: the last {@link #ADHERENCE_DAYS} days up to the review day, but not
 * before the stage began; none when nothing was prescribed in that window.</li>
 * <li>New flare-ups: those that began on or after the day the stage began and either
 * began within the 7 days of the average or still go on; an older one was seen at its own
 * time (its alerts), and its peak says nothing against today's average.</li>
 * <li>Side-bends and forward bend: the latest re-assessment; endurance: the latest hold
 * (on the same day, the last given).</li>
 * </ul>
 */
public final class TrackedEvidence {

	/** The days adherence looks back over. */
	public static final int ADHERENCE_DAYS = 14;

	private final ProgressionEvidence evidence;

	private final Map<Criterion, List<CriterionSource>> sources;

	private TrackedEvidence(ProgressionEvidence evidence, Map<Criterion, List<CriterionSource>> sources) {
		this.evidence = evidence;
		this.sources = sources;
	}

	/**
	 * Works out the evidence.
	 * @param facts the recorded data
	 * @return the evidence and its sources
	 */
	public static TrackedEvidence from(TrackingFacts facts) {
		Map<Criterion, List<CriterionSource>> sources = new EnumMap<>(Criterion.class);
		LocalDate today = facts.today();

		Optional<PainAverage> average = facts.pain().sevenDayAverage(today);
		average.ifPresent((a) -> {
			List<CriterionSource> days = painSources(a, SourceMeasure.DAILY_PAIN);
			add(sources, Criterion.PAIN_EASED, days);
			add(sources, Criterion.PAIN_LOW_ENOUGH, days);
			add(sources, Criterion.NO_FLARE_UP_PAIN_SPIKE, days);
		});
		Optional<PainAverage> atStart = facts.pain().sevenDayAverage(facts.stageStartedOn());
		atStart.ifPresent((a) -> add(sources, Criterion.PAIN_EASED, painSources(a, SourceMeasure.STAGE_START_PAIN)));

		List<FlareUpSpan> spans = facts.flareUps().stream().map(ReportedFlareUp::span).toList();
		FlareFreeDays flareFree = FlareFreeDays.on(spans, facts.trackingSince(), today);
		if (flareFree.lastFlareUp() != null) {
			add(sources, Criterion.FLARE_FREE_LONG_ENOUGH, List.of(new CriterionSource(flareFree.lastFlareUp().entry(),
					SourceMeasure.LAST_FLARE_UP, String.valueOf(flareFree.days()))));
		}

		LocalDate windowStart = today.minusDays(ADHERENCE_DAYS - 1L);
		if (windowStart.isBefore(facts.stageStartedOn())) {
			windowStart = facts.stageStartedOn();
		}
		AdherenceWindow window = new SessionLog(facts.sessions(), facts.prescribed()).between(windowStart, today);
		add(sources, Criterion.ADHERENCE_HIGH_ENOUGH,
				window.sessions()
					.stream()
					.map((s) -> new CriterionSource(s.entry(), SourceMeasure.SESSION_DONE_SHARE, number(s.doneShare())))
					.toList());

		LocalDate recent = today.minusDays(PainDiary.WINDOW_DAYS - 1L);
		List<ReportedFlareUp> newFlareUps = facts.flareUps()
			.stream()
			.filter((f) -> isNew(f.span(), facts.stageStartedOn(), recent, today))
			.sorted(Comparator.comparing((ReportedFlareUp f) -> f.span().startedOn()))
			.toList();
		List<CriterionSource> peaks = newFlareUps.stream()
			.map((f) -> new CriterionSource(f.span().entry(), SourceMeasure.FLARE_UP_PEAK,
					String.valueOf(f.report().peakNprs())))
			.toList();
		add(sources, Criterion.NO_FLARE_UP_WITH_LEG_PAIN, peaks);
		add(sources, Criterion.NO_FLARE_UP_PAIN_SPIKE, peaks);
		add(sources, Criterion.NO_NEW_RED_FLAG, peaks);

		Recheck recheck = facts.recheck();
		if (recheck != null) {
			List<CriterionSource> bends = new ArrayList<>();
			if (recheck.sideBendLeft() != null) {
				bends.add(new CriterionSource(recheck.assessment(), SourceMeasure.SIDE_BEND_LEFT,
						recheck.sideBendLeft().name()));
			}
			if (recheck.sideBendRight() != null) {
				bends.add(new CriterionSource(recheck.assessment(), SourceMeasure.SIDE_BEND_RIGHT,
						recheck.sideBendRight().name()));
			}
			add(sources, Criterion.SIDE_BENDS_FREE, bends);
			if (recheck.forwardBend() != null) {
				add(sources, Criterion.FORWARD_BEND_COMFORTABLE, List.of(new CriterionSource(recheck.assessment(),
						SourceMeasure.FORWARD_BEND, recheck.forwardBend().name())));
			}
		}

		// the latest hold; of several on one day, the last given
		EnduranceReading hold = null;
		for (EnduranceReading reading : facts.enduranceHolds()) {
			if (hold == null || !reading.source().day().isBefore(hold.source().day())) {
				hold = reading;
			}
		}
		if (hold != null) {
			add(sources, Criterion.ENDURANCE_HOLD_LONG_ENOUGH, List.of(new CriterionSource(hold.source(),
					SourceMeasure.ENDURANCE_HOLD_SECONDS, String.valueOf(hold.seconds()))));
			add(sources, Criterion.ENDURANCE_HOLD_WITHOUT_CRAMP, List.of(new CriterionSource(hold.source(),
					SourceMeasure.ENDURANCE_HOLD_CRAMPED, String.valueOf(hold.cramped()))));
		}

		ProgressionEvidence evidence = new ProgressionEvidence(facts.currentStage(),
				average.map(PainAverage::value).orElse(null), atStart.map(PainAverage::value).orElse(null),
				flareFree.days(), window.adherence().orElse(null), (recheck != null) ? recheck.sideBendLeft() : null,
				(recheck != null) ? recheck.sideBendRight() : null, (recheck != null) ? recheck.forwardBend() : null,
				(hold != null) ? hold.seconds() : null, (hold != null) ? hold.cramped() : null,
				newFlareUps.stream().map(ReportedFlareUp::report).toList(), facts.redFlags(),
				facts.progressiveNeurologicalSign());
		return new TrackedEvidence(evidence, sources);
	}

	/**
	 * The evidence for the {@link ProgressionAdvisor}.
	 * @return the evidence
	 */
	public ProgressionEvidence evidence() {
		return this.evidence;
	}

	/**
	 * The entries a criterion was based on.
	 * @param criterion the criterion
	 * @return the entries, in the order used; empty when it rests on no entry (no data,
	 * or a count from the start of tracking)
	 */
	public List<CriterionSource> sourcesOf(Criterion criterion) {
		return this.sources.getOrDefault(criterion, List.of());
	}

	private static boolean isNew(FlareUpSpan span, LocalDate stageStart, LocalDate recent, LocalDate today) {
		LocalDate start = span.startedOn();
		if (start.isBefore(stageStart) || start.isAfter(today)) {
			return false;
		}
		boolean ongoing = span.endedOn() == null || !span.endedOn().isBefore(today);
		return ongoing || !start.isBefore(recent);
	}

	private static List<CriterionSource> painSources(PainAverage average, SourceMeasure measure) {
		List<CriterionSource> days = new ArrayList<>();
		for (DailyPain day : average.basedOn()) {
			if (day.source() != null) {
				days.add(new CriterionSource(day.source(), measure, number(day.nprs())));
			}
		}
		return days;
	}

	private static void add(Map<Criterion, List<CriterionSource>> sources, Criterion criterion,
			List<CriterionSource> more) {
		if (!more.isEmpty()) {
			sources.computeIfAbsent(criterion, (c) -> new ArrayList<>()).addAll(more);
		}
	}

	private static String number(double value) {
		double rounded = Math.round(value * 1000) / 1000.0;
		if (rounded == Math.rint(rounded)) {
			return String.valueOf((long) rounded);
		}
		return String.format(Locale.ROOT, "%s", rounded);
	}

}
