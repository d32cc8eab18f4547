package org.fourstage.domain.progression;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.fourstage.domain.assessment.ForwardBend;
import org.fourstage.domain.assessment.SideBend;
import org.fourstage.domain.program.Stage;
import org.fourstage.domain.tracking.DailyPain;
import org.fourstage.domain.tracking.EntryKind;
import org.fourstage.domain.tracking.EntryRef;
import org.fourstage.domain.tracking.FlareUpReport;
import org.fourstage.domain.tracking.FlareUpSpan;
import org.fourstage.domain.tracking.LoggedSession;
import org.fourstage.domain.tracking.PainDiary;
import org.fourstage.domain.tracking.PrescribedDays;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advisor fed by recorded entries. Day 1 is Monday 2 November 2026, when Stage 1
 * began; the review is on day 21.
 */
class TrackedEvidenceTest {

	private static final LocalDate DAY_ONE = LocalDate.of(2026, 11, 2);

	private final ProgressionAdvisor advisor = new ProgressionAdvisor(ProgressionThresholds.DEFAULTS,
			new FlarePlan(List.of("u"), List.of("k"), List.of("l"), List.of("s")));

	private final List<DailyPain> pain = new ArrayList<>();

	private final List<LoggedSession> sessions = new ArrayList<>();

	private final List<ReportedFlareUp> flareUps = new ArrayList<>();

	private ReportedFlareUp earlyFlareUp;

	TrackedEvidenceTest() {
		// days 1..7 at 6; days 15..21: 3, 3, 4, 3, (none), 3, 2 -> 18 / 6 = 3
		for (int day = 1; day <= 7; day++) {
			this.pain.add(pain(day, 6));
		}
		int[] lastWeek = { 3, 3, 4, 3, -1, 3, 2 };
		for (int i = 0; i < lastWeek.length; i++) {
			if (lastWeek[i] >= 0) {
				this.pain.add(pain(15 + i, lastWeek[i]));
			}
		}
		// window days 8..21: Mondays, Wednesdays, Fridays 8, 10, 12, 15, 17, 19
		// prescribed;
		// done 1 + 1 + 0.5 + 1 + 1 = 4.5 of 6 = 75 %; day 3 falls before the window
		for (int[] done : new int[][] { { 3, 10 }, { 8, 10 }, { 10, 10 }, { 12, 5 }, { 15, 10 }, { 19, 10 } }) {
			this.sessions.add(new LoggedSession(ref(EntryKind.EXERCISE_SESSION, done[0]), done[1] / 10.0));
		}
		// a flare-up on days 5 to 8, peak 7: 13 days ago, and no longer new
		this.earlyFlareUp = new ReportedFlareUp(new FlareUpSpan(ref(EntryKind.FLARE_UP, 5), day(8)),
				new FlareUpReport(7, false, false));
		this.flareUps.add(this.earlyFlareUp);
	}

	@Test
	void advancesFromStageOneOnRecordedEntriesAndNamesThemPerCriterion() {
		TrackedEvidence tracked = TrackedEvidence.from(facts());

		ProgressionEvidence evidence = tracked.evidence();
		assertThat(evidence.sevenDayAverageNprs()).isEqualTo(3.0);
		assertThat(evidence.stageStartNprs()).isEqualTo(6.0);
		assertThat(evidence.daysWithoutFlareUp()).isEqualTo(13);
		assertThat(evidence.adherence().sessionsDone()).isEqualTo(4.5);
		assertThat(evidence.adherence().sessionsPrescribed()).isEqualTo(6);
		assertThat(evidence.newFlareUps()).isEmpty();
		assertThat(this.advisor.advise(evidence).kind()).isEqualTo(AdviceKind.ADVANCE);

		assertThat(tracked.sourcesOf(Criterion.PAIN_EASED)).extracting(CriterionSource::measure, CriterionSource::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(SourceMeasure.DAILY_PAIN, "3"),
					org.assertj.core.groups.Tuple.tuple(SourceMeasure.DAILY_PAIN, "3"),
					org.assertj.core.groups.Tuple.tuple(SourceMeasure.DAILY_PAIN, "4"),
					org.assertj.core.groups.Tuple.tuple(SourceMeasure.DAILY_PAIN, "3"),
					org.assertj.core.groups.Tuple.tuple(SourceMeasure.DAILY_PAIN, "3"),
					org.assertj.core.groups.Tuple.tuple(SourceMeasure.DAILY_PAIN, "2"),
					org.assertj.core.groups.Tuple.tuple(SourceMeasure.STAGE_START_PAIN, "6"));
		assertThat(tracked.sourcesOf(Criterion.PAIN_EASED)).extracting((s) -> s.entry().day())
			.startsWith(day(15), day(16), day(17), day(18), day(20), day(21), day(1));
		assertThat(tracked.sourcesOf(Criterion.FLARE_FREE_LONG_ENOUGH)).singleElement()
			.isEqualTo(new CriterionSource(this.earlyFlareUp.span().entry(), SourceMeasure.LAST_FLARE_UP, "13"));
		assertThat(tracked.sourcesOf(Criterion.ADHERENCE_HIGH_ENOUGH)).extracting(CriterionSource::value)
			.containsExactly("1", "1", "0.5", "1", "1");
		assertThat(tracked.sourcesOf(Criterion.ADHERENCE_HIGH_ENOUGH)).extracting((s) -> s.entry().day())
			.containsExactly(day(8), day(10), day(12), day(15), day(19));
	}

	@Test
	void aRecentFlareUpWithShootingLegPainSendsThePatientBackAndIsNamed() {
		ReportedFlareUp shooting = new ReportedFlareUp(new FlareUpSpan(ref(EntryKind.FLARE_UP, 20), null),
				new FlareUpReport(6, true, false));
		this.flareUps.add(shooting);

		TrackedEvidence tracked = TrackedEvidence.from(facts());

		assertThat(tracked.evidence().daysWithoutFlareUp()).isZero();
		assertThat(this.advisor.advise(tracked.evidence()).kind()).isEqualTo(AdviceKind.REGRESS);
		assertThat(tracked.sourcesOf(Criterion.NO_FLARE_UP_WITH_LEG_PAIN)).singleElement()
			.isEqualTo(new CriterionSource(shooting.span().entry(), SourceMeasure.FLARE_UP_PEAK, "6"));
	}

	@Test
	void aFlareUpPeakThreeOverTheAverageWithinTheWeekIsASpike() {
		// began day 16 and ended day 17: within the 7 days, peak 6 = 3 + 3
		this.flareUps.add(new ReportedFlareUp(new FlareUpSpan(ref(EntryKind.FLARE_UP, 16), day(17)),
				new FlareUpReport(6, false, false)));

		assertThat(this.advisor.advise(TrackedEvidence.from(facts()).evidence()).kind()).isEqualTo(AdviceKind.REGRESS);
	}

	@Test
	void withoutCheckInsTheAverageIsMissingAndTheAdvisorHolds() {
		this.pain.clear();

		TrackedEvidence tracked = TrackedEvidence.from(facts());

		assertThat(tracked.evidence().sevenDayAverageNprs()).isNull();
		assertThat(tracked.sourcesOf(Criterion.PAIN_EASED)).isEmpty();
		assertThat(this.advisor.advise(tracked.evidence()).missingData()).contains(EvidenceItem.SEVEN_DAY_AVERAGE_PAIN);
	}

	@Test
	void adherenceInAFreshStageCountsOnlyFromItsStart() {
		// stage 1 began on day 17 (Tuesday): Wednesday 17 -> day 17, Friday day 19
		// prescribed
		// in days 17..21; done day 19 -> 1 of 2
		TrackingFacts facts = facts(day(17));

		assertThat(TrackedEvidence.from(facts).evidence().adherence().wholePercent()).isEqualTo(50);
	}

	@Test
	void takesTheLatestRecheckAndHoldForStageThree() {
		EntryRef assessment = ref(EntryKind.ASSESSMENT, 14);
		TrackingFacts facts = new TrackingFacts(Stage.STRENGTHEN_AND_COORDINATE, day(1), day(21), day(1),
				new PainDiary(this.pain), this.sessions, prescribed(), this.flareUps,
				new Recheck(assessment, SideBend.FREE, SideBend.STIFF, ForwardBend.COMFORTABLE),
				List.of(new EnduranceReading(ref(EntryKind.ASSESSMENT, 1), 8, true),
						new EnduranceReading(assessment, 18, false)),
				RedFlagTimeline.noneFound(day(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()), false);

		TrackedEvidence tracked = TrackedEvidence.from(facts);

		assertThat(tracked.evidence().enduranceHoldSeconds()).isEqualTo(18);
		assertThat(tracked.evidence().enduranceHoldCramped()).isFalse();
		assertThat(tracked.sourcesOf(Criterion.ENDURANCE_HOLD_LONG_ENOUGH)).singleElement()
			.isEqualTo(new CriterionSource(assessment, SourceMeasure.ENDURANCE_HOLD_SECONDS, "18"));
		assertThat(tracked.sourcesOf(Criterion.SIDE_BENDS_FREE)).extracting(CriterionSource::value)
			.containsExactly("FREE", "STIFF");
		assertThat(tracked.evidence().sideBendRight()).isEqualTo(SideBend.STIFF);
	}

	private TrackingFacts facts() {
		return facts(day(1));
	}

	private TrackingFacts facts(LocalDate stageStart) {
		return new TrackingFacts(Stage.CALM_AND_UNLOAD, stageStart, day(21), day(1), new PainDiary(this.pain),
				this.sessions, prescribed(), this.flareUps, null, List.of(),
				RedFlagTimeline.noneFound(stageStart.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()), false);
	}

	private static PrescribedDays prescribed() {
		return PrescribedDays.weekly(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), day(1), day(28));
	}

	private static DailyPain pain(int day, double nprs) {
		return new DailyPain(day(day), nprs, ref(EntryKind.CHECK_IN, day));
	}

	private static EntryRef ref(EntryKind kind, int day) {
		return new EntryRef(kind, UUID.randomUUID(), day(day));
	}

	private static LocalDate day(int number) {
		return DAY_ONE.plusDays(number - 1L);
	}

}
