package org.fourstage.web.program;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.fourstage.domain.assessment.Assessment;
import org.fourstage.domain.assessment.AssessmentRepository;
import org.fourstage.domain.assessment.RedFlag;
import org.fourstage.domain.assessment.StoredAssessment;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.program.AssignedProgram;
import org.fourstage.domain.program.ProgressionAdvice;
import org.fourstage.domain.program.ProgressionAdvisor;
import org.fourstage.domain.program.ProgressionEvidence;
import org.fourstage.domain.program.ProgressionSettings;
import org.fourstage.seeds.advice.FlarePlans;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Gathers what is known about a patient's progress and asks the progression advisor, with
 * the clinic's own thresholds. Only recorded data is used: the physical re-checks come
 * from an assessment completed since the current stage began, the pain at the stage start
 * from the last assessment before it. Daily pain check-ins, exercise sessions and
 * flare-ups are not recorded by FourStage yet, so the advice names them as missing rather
 * than guessing.
 */
@Component
class ProgressionReview {

	private final AssessmentRepository assessments;

	private final ProgressionSettings settings;

	ProgressionReview(AssessmentRepository assessments, ProgressionSettings settings) {
		this.assessments = assessments;
		this.settings = settings;
	}

	ProgressionAdvice adviceFor(ClinicId clinicId, AssignedProgram program) {
		List<Assessment> completed = this.assessments.forPatient(clinicId, program.patientId())
			.stream()
			.filter(StoredAssessment::isCompleted)
			.map(StoredAssessment::assessment)
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(Assessment::assessedOn))
			.toList();
		Assessment latest = completed.isEmpty() ? null : completed.get(completed.size() - 1);
		Assessment recheck = (latest != null && !latest.assessedOn().isBefore(program.stageStartedOn())) ? latest
				: null;
		Double stageStartPain = completed.stream()
			.filter((a) -> !a.assessedOn().isAfter(program.stageStartedOn()))
			.reduce((first, second) -> second)
			.map((a) -> (double) a.pain().now().value())
			.orElse(null);
		ProgressionEvidence evidence = new ProgressionEvidence(program.currentStage(), null, stageStartPain, null, null,
				(recheck != null) ? recheck.physicalChecks().sideBendLeft() : null,
				(recheck != null) ? recheck.physicalChecks().sideBendRight() : null,
				(recheck != null) ? recheck.physicalChecks().forwardBend() : null,
				(recheck != null) ? recheck.physicalChecks().proneHoldSeconds() : null,
				(recheck != null) ? recheck.physicalChecks().proneHoldCrampedOrShook() : null, List.of(),
				redFlagSince(latest, program), progressiveSign(latest, program));
		return new ProgressionAdvisor(this.settings.thresholdsFor(clinicId), FlarePlans.stageOne()).advise(evidence);
	}

	private static @Nullable Boolean redFlagSince(@Nullable Assessment latest, AssignedProgram program) {
		if (latest == null || latest.assessedOn().isBefore(program.stageStartedOn())) {
			return null;
		}
		return !latest.redFlags().isEmpty();
	}

	private static @Nullable Boolean progressiveSign(@Nullable Assessment latest, AssignedProgram program) {
		if (latest == null || latest.assessedOn().isBefore(program.stageStartedOn())) {
			return null;
		}
		return latest.redFlags().contains(RedFlag.PROGRESSIVE_NEUROLOGICAL_LOSS);
	}

}
