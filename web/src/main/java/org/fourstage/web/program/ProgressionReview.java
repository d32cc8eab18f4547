package org.fourstage.web.program;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.fourstage.domain.assessment.Assessment;
import org.fourstage.domain.assessment.AssessmentRepository;
import org.fourstage.domain.assessment.PhysicalChecks;
import org.fourstage.domain.assessment.RedFlag;
import org.fourstage.domain.assessment.RedFlagOverride;
import org.fourstage.domain.assessment.RedFlagOverrides;
import org.fourstage.domain.assessment.StoredAssessment;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.program.AssignedProgram;
import org.fourstage.domain.progression.ProgressionAdvice;
import org.fourstage.domain.progression.ProgressionAdvisor;
import org.fourstage.domain.progression.ProgressionEvidence;
import org.fourstage.domain.progression.ProgressionSettings;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.progression.RedFlagFinding;
import org.fourstage.domain.progression.RedFlagTimeline;
import org.fourstage.domain.program.StageMove;
import org.fourstage.seeds.advice.FlarePlans;

import org.springframework.stereotype.Component;

/**
 * Gathers what is known about a patient's progress and asks the progression advisor, with
 * the clinic's own thresholds. Only recorded data is used: the physical re-checks come
 * from an assessment completed since the current stage began, the pain at the stage start
 * from the last assessment before it. The red flags of that re-check go to the advisor
 * with when they were found, when the stage began and when a physio overrode them, so a
 * flag already weighed before the program or the stage began is not mistaken for a new
 * one. Daily pain check-ins, exercise sessions and flare-ups are not recorded by
 * FourStage yet, so the advice names them as missing rather than guessing.
 */
@Component
class ProgressionReview {

	private final AssessmentRepository assessments;

	private final RedFlagOverrides overrides;

	private final Programs programs;

	private final ProgressionSettings settings;

	ProgressionReview(AssessmentRepository assessments, RedFlagOverrides overrides, Programs programs,
			ProgressionSettings settings) {
		this.assessments = assessments;
		this.overrides = overrides;
		this.programs = programs;
		this.settings = settings;
	}

	ProgressionAdvice adviceFor(ClinicId clinicId, AssignedProgram program) {
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
		Double stageStartPain = completed.stream()
			.map(Completed::assessment)
			.filter((a) -> !a.assessedOn().isAfter(program.stageStartedOn()))
			.reduce((first, second) -> second)
			.map((a) -> (double) a.pain().now().value())
			.orElse(null);
		RedFlagTimeline redFlags = (recheck != null) ? redFlags(clinicId, program, recheck) : null;
		Boolean progressiveSign = (redFlags != null)
				? redFlags.newFlags().contains(RedFlag.PROGRESSIVE_NEUROLOGICAL_LOSS) : null;
		PhysicalChecks checks = (recheck != null) ? recheck.assessment().physicalChecks() : null;
		ProgressionEvidence evidence = new ProgressionEvidence(program.currentStage(), null, stageStartPain, null, null,
				(checks != null) ? checks.sideBendLeft() : null, (checks != null) ? checks.sideBendRight() : null,
				(checks != null) ? checks.forwardBend() : null, (checks != null) ? checks.proneHoldSeconds() : null,
				(checks != null) ? checks.proneHoldCrampedOrShook() : null, List.of(), redFlags, progressiveSign);
		return new ProgressionAdvisor(this.settings.thresholdsFor(clinicId), FlarePlans.stageOne()).advise(evidence);
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
