package org.fourstage.web.assessment;

import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.assessment.StoredAssessment;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.validation.FreeText;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.BindingErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The physio records, with a reason, that they go ahead despite the red flags of a
 * completed assessment. A refused reason is shown on the findings page with what was
 * typed.
 */
@Controller
class RedFlagOverrideController {

	private final AssessmentLookup lookup;

	private final AssessmentRecording recording;

	private final FindingsPage findings;

	private final AuditTrail audit;

	RedFlagOverrideController(AssessmentLookup lookup, AssessmentRecording recording, FindingsPage findings,
			AuditTrail audit) {
		this.lookup = lookup;
		this.recording = recording;
		this.findings = findings;
		this.audit = audit;
	}

	@InitBinder
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "clinicId", "patientId");
	}

	@PostMapping("/patients/{patientId}/assessments/{assessmentId}/override")
	String override(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@PathVariable UUID assessmentId, @ModelAttribute OverrideForm form, BindingResult typed, Model model,
			RedirectAttributes redirect) {
		String reason = BindingErrors.typedText(form.reason(), typed, "reason");
		StoredAssessment assessment = this.lookup.find(physio, patientId, assessmentId);
		Optional<String> problem = this.recording.overrideRedFlags(physio, assessment, reason);
		if (problem.isPresent()) {
			this.audit.patientData(physio, AuditAction.ASSESSMENT_VIEWED, AuditTarget.ASSESSMENT, assessment.id(),
					assessment.patientId());
			model.addAttribute("overrideProblem", problem.get());
			String kept = FreeText.withoutUnstorable(reason);
			model.addAttribute("overrideReason", (kept.length() > 2000) ? kept.substring(0, 2000) : kept);
			return this.findings.render(physio, assessment, model);
		}
		redirect.addFlashAttribute("flashKey", "assessment.override.recorded");
		return "redirect:/patients/" + patientId + "/assessments/" + assessmentId;
	}

}
