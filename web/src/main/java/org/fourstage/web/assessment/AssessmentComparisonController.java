package org.fourstage.web.assessment;

import java.util.List;
import java.util.UUID;

import org.fourstage.domain.assessment.Assessment;
import org.fourstage.domain.assessment.AssessmentComparison;
import org.fourstage.domain.assessment.AssessmentRepository;
import org.fourstage.domain.assessment.AssessmentRules;
import org.fourstage.domain.assessment.RedFlagOverrides;
import org.fourstage.domain.assessment.StageSuggestion;
import org.fourstage.domain.assessment.StoredAssessment;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.instrument.InstrumentDefinition;
import org.fourstage.domain.instrument.InstrumentResponseRepository;
import org.fourstage.domain.instrument.QuestionnaireComparison;
import org.fourstage.domain.instrument.ScoreOutcome;
import org.fourstage.domain.instrument.StoredResponse;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.instrument.Questionnaires;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Two completed assessments of a patient side by side: the findings, the suggested stage
 * and the questionnaire scores of each, earlier on the left whichever order they were
 * picked in.
 */
@Controller
class AssessmentComparisonController {

	private final AssessmentRepository assessments;

	private final RedFlagOverrides overrides;

	private final InstrumentResponseRepository responses;

	private final AssessmentLookup lookup;

	private final AuditTrail audit;

	AssessmentComparisonController(AssessmentRepository assessments, RedFlagOverrides overrides,
			InstrumentResponseRepository responses, AssessmentLookup lookup, AuditTrail audit) {
		this.assessments = assessments;
		this.overrides = overrides;
		this.responses = responses;
		this.lookup = lookup;
		this.audit = audit;
	}

	@GetMapping("/patients/{patientId}/assessments/compare")
	String compare(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@RequestParam(required = false) @Nullable UUID earlier,
			@RequestParam(required = false) @Nullable UUID later, Model model) {
		String name = this.lookup.patientName(physio, patientId);
		PatientId patient = new PatientId(patientId);
		List<StoredAssessment> completed = this.assessments.forPatient(physio.clinicId(), patient)
			.stream()
			.filter(StoredAssessment::isCompleted)
			.toList();
		this.audit.patientData(physio, AuditAction.ASSESSMENT_COMPARED, AuditTarget.ASSESSMENT, "comparison", patient);
		model.addAttribute("patientId", patientId);
		model.addAttribute("patientName", name);
		model.addAttribute("completed", completed);
		if (completed.size() < 2) {
			return "assessment/compare";
		}
		StoredAssessment first = (earlier != null) ? pick(completed, earlier) : completed.get(completed.size() - 1);
		StoredAssessment second = (later != null) ? pick(completed, later) : completed.get(0);
		Assessment a = first.assessment().orElseThrow(NotFoundException::new);
		Assessment b = second.assessment().orElseThrow(NotFoundException::new);
		StoredAssessment before = first;
		StoredAssessment after = second;
		if (b.assessedOn().isBefore(a.assessedOn())) {
			Assessment swap = a;
			a = b;
			b = swap;
			before = second;
			after = first;
		}
		AssessmentComparison comparison = AssessmentComparison.between(a, b);
		model.addAttribute("comparison", comparison);
		model.addAttribute("rulesVersion", AssessmentRules.VERSION);
		model.addAttribute("earlierStage", StageSuggestion.of(comparison.earlier(), overridden(physio, before)));
		model.addAttribute("laterStage", StageSuggestion.of(comparison.later(), overridden(physio, after)));
		model.addAttribute("questionnaireChanges", questionnaireChanges(physio, before, after));
		model.addAttribute("earlierId", first.id().value());
		model.addAttribute("laterId", second.id().value());
		return "assessment/compare";
	}

	private boolean overridden(SignedInUser physio, StoredAssessment assessment) {
		return !this.overrides.of(physio.clinicId(), assessment.id()).isEmpty();
	}

	// Each questionnaire as last entered with the earlier and with the later assessment.
	private List<QuestionnaireComparison> questionnaireChanges(SignedInUser physio, StoredAssessment earlier,
			StoredAssessment later) {
		List<StoredResponse> before = this.responses.forAssessment(physio.clinicId(), earlier.id().value());
		List<StoredResponse> after = this.responses.forAssessment(physio.clinicId(), later.id().value());
		return Questionnaires.ALL.stream()
			.map((definition) -> QuestionnaireComparison.of(definition, latestOutcome(before, definition),
					latestOutcome(after, definition)))
			.toList();
	}

	private static @Nullable ScoreOutcome latestOutcome(List<StoredResponse> latestFirst,
			InstrumentDefinition definition) {
		return latestFirst.stream()
			.filter((response) -> response.response().instrument().equals(definition.id()))
			.findFirst()
			.map(StoredResponse::score)
			.orElse(null);
	}

	private static StoredAssessment pick(List<StoredAssessment> completed, UUID id) {
		return completed.stream()
			.filter((one) -> one.id().value().equals(id))
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

}
