package org.fourstage.web.program;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fourstage.domain.assessment.Assessment;
import org.fourstage.domain.assessment.AssessmentRepository;
import org.fourstage.domain.assessment.PhysicalChecks;
import org.fourstage.domain.assessment.RedFlag;
import org.fourstage.domain.assessment.RedFlagOverride;
import org.fourstage.domain.assessment.RedFlagOverrides;
import org.fourstage.domain.assessment.StoredAssessment;
import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditOutcome;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.program.AssignedProgram;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.program.StageMove;
import org.fourstage.domain.progression.Criterion;
import org.fourstage.domain.progression.EnduranceReading;
import org.fourstage.domain.progression.ProgressionAdvice;
import org.fourstage.domain.progression.ProgressionAdvisor;
import org.fourstage.domain.progression.ProgressionSettings;
import org.fourstage.domain.progression.Recheck;
import org.fourstage.domain.progression.RedFlagFinding;
import org.fourstage.domain.progression.RedFlagTimeline;
import org.fourstage.domain.progression.ReportedFlareUp;
import org.fourstage.domain.progression.TrackedEvidence;
import org.fourstage.domain.progression.TrackingFacts;
import org.fourstage.domain.tracking.EntryKind;
import org.fourstage.domain.tracking.EntryRef;
import org.fourstage.domain.tracking.FlareUpReport;
import org.fourstage.reporting.tracking.AssessmentRecord;
import org.fourstage.reporting.tracking.FlareUpRecord;
import org.fourstage.reporting.tracking.SessionRecord;
import org.fourstage.reporting.tracking.TrackingHistory;
import org.fourstage.reporting.tracking.TrackingHistoryQuery;
import org.fourstage.seeds.advice.FlarePlans;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.progress.StageSpan;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers what is known about a patient's progress and asks the progression advisor, with
 * the clinic's own thresholds. Only recorded data is used: the daily check-ins, logged
 * sessions and flare-ups of the program ({@link TrackedEvidence} works out the 7-day
 * average, the pain when the stage began, the days without a flare-up and adherence, and
 * keeps the entries each criterion rests on), the physical re-checks of an assessment
 * completed since the current stage began, and the latest prone endurance hold of any
 * assessment. The red flags of that re-check go to the advisor with when they were found,
 * when the stage began and when a physio overrode them, so a flag already weighed before
 * the program or the stage began is not mistaken for a new one. Reading the entries is
 * audited in the same transaction.
 */
@Component
class ProgressionReview {

	/** The first day read: before any entry this system can hold. */
	private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

	private final AssessmentRepository assessments;

	private final RedFlagOverrides overrides;

	private final Programs programs;

	private final ProgressionSettings settings;

	private final TrackingHistoryQuery tracking;

	private final AuditTrail audit;

	private final Clock clock;

	ProgressionReview(AssessmentRepository assessments, RedFlagOverrides overrides, Programs programs,
			ProgressionSettings settings, TrackingHistoryQuery tracking, AuditTrail audit, Clock clock) {
		this.assessments = assessments;
		this.overrides = overrides;
		this.programs = programs;
		this.settings = settings;
		this.tracking = tracking;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The advice and the entries each criterion rests on.
	 *
	 * @param advice the advice
	 * @param evidence the evidence with its entries
	 */
	record Review(ProgressionAdvice advice, TrackedEvidence evidence) {

		/**
		 * The entries a criterion rests on.
		 * @param criterion the criterion
		 * @return the entries, oldest first as used; empty when none
		 */
		public List<SourceLine> sourcesOf(Criterion criterion) {
			return this.evidence.sourcesOf(criterion).stream().map(SourceLine::of).toList();
		}

	}

	@Transactional
	Review review(Actor physio, AssignedProgram program) {
		ClinicId clinicId = physio.clinicId();
		// Each stored assessment is checked once; the checked answers travel with it.
		List<Completed> completed = this.assessments.forPatient(clinicId, program.patientId())
			.stream()
			.flatMap((stored) -> stored.assessment().map((checked) -> new Completed(stored, checked)).stream())
			.sorted(Comparator.comparing((Completed one) -> one.assessment().assessedOn())
				.thenComparing((one) -> one.stored().completedAt(), Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
		Completed latest = completed.isEmpty() ? null : completed.get(completed.size() - 1);
		Completed recheck = (latest != null && !latest.assessment().assessedOn().isBefore(program.stageStartedOn()))
				? latest : null;
		RedFlagTimeline redFlags = (recheck != null) ? redFlags(clinicId, program, recheck) : null;
		Boolean progressiveSign = (redFlags != null)
				? redFlags.newFlags().contains(RedFlag.PROGRESSIVE_NEUROLOGICAL_LOSS) : null;
		ZoneId zone = this.clock.getZone();
		LocalDate today = LocalDate.now(this.clock);
		TrackingHistory history = this.tracking.history(clinicId, program.patientId(), FIRST_DAY, today, zone);
		List<StageSpan> stages = StageSpan.of(history.stageMoves(), zone, today);
		LocalDate trackingSince = stages.isEmpty() ? program.assignedAt().atZone(zone).toLocalDate()
				: stages.get(0).from();
		TrackingFacts facts = new TrackingFacts(program.currentStage(), program.stageStartedOn(), today, trackingSince,
				history.painDiary(), history.sessions().stream().map(SessionRecord::logged).toList(),
				StageSpan.prescribedDays(stages, program, zone, today),
				history.flareUps().stream().map(ProgressionReview::reported).toList(),
				(recheck != null) ? recheckOf(recheck) : null, holds(history), redFlags, progressiveSign);
		TrackedEvidence evidence = TrackedEvidence.from(facts);
		this.audit.record(physio, AuditAction.PATIENT_VIEWED, AuditTarget.PROGRESS, program.patientId(),
				program.patientId(), AuditOutcome.SUCCESS, "advisor evidence");
		ProgressionAdvice advice = new ProgressionAdvisor(this.settings.thresholdsFor(clinicId), FlarePlans.stageOne())
			.advise(evidence.evidence());
		return new Review(advice, evidence);
	}

	private static ReportedFlareUp reported(FlareUpRecord flareUp) {
		return new ReportedFlareUp(flareUp.span(), new FlareUpReport(flareUp.peakPain(),
				flareUp.sharpOrShooting() && flareUp.legSymptoms().inTheLeg(), !flareUp.redFlagSigns().isEmpty()));
	}

	private static Recheck recheckOf(Completed recheck) {
		PhysicalChecks checks = recheck.assessment().physicalChecks();
		EntryRef ref = new EntryRef(EntryKind.ASSESSMENT, recheck.stored().id().value(),
				recheck.assessment().assessedOn());
		return new Recheck(ref, checks.sideBendLeft(), checks.sideBendRight(), checks.forwardBend());
	}

	private static List<EnduranceReading> holds(TrackingHistory history) {
		List<EnduranceReading> holds = new ArrayList<>();
		for (AssessmentRecord assessment : history.assessments()) {
			Integer seconds = assessment.proneHoldSeconds();
			if (seconds != null) {
				holds.add(new EnduranceReading(
						new EntryRef(EntryKind.ASSESSMENT, assessment.id(), assessment.assessedOn()), seconds,
						Boolean.TRUE.equals(assessment.proneHoldCramped())));
			}
		}
		return holds;
	}

	private RedFlagTimeline redFlags(ClinicId clinicId, AssignedProgram program, Completed recheck) {
		StoredAssessment stored = recheck.stored();
		Instant foundAt = (stored.completedAt() != null) ? stored.completedAt() : stored.createdAt();
		List<RedFlagFinding> found = recheck.assessment()
			.redFlags()
			.stream()
			.map((flag) -> new RedFlagFinding(flag, foundAt))
			.toList();
		Instant overriddenAt = this.overrides.of(clinicId, stored.id())
			.stream()
			.map(RedFlagOverride::recordedAt)
			.findFirst()
			.orElse(null);
		return new RedFlagTimeline(found, stageStartedAt(clinicId, program), overriddenAt);
	}

	// The stage began with the last stage move; the first assignment is a move too.
	private Instant stageStartedAt(ClinicId clinicId, AssignedProgram program) {
		List<StageMove> moves = this.programs.stageMoves(clinicId, program.id());
		return moves.isEmpty() ? program.assignedAt() : moves.get(moves.size() - 1).movedAt();
	}

	/** A completed assessment as stored, with its answers checked. */
	private record Completed(StoredAssessment stored, Assessment assessment) {

	}

}
