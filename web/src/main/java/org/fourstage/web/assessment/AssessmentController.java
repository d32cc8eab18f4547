package org.fourstage.web.assessment;

import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.assessment.Assessment;
import org.fourstage.domain.assessment.AssessmentChangedException;
import org.fourstage.domain.assessment.AssessmentDraft;
import org.fourstage.domain.assessment.AssessmentFindings;
import org.fourstage.domain.assessment.AssessmentKind;
import org.fourstage.domain.assessment.AssessmentValidator;
import org.fourstage.domain.assessment.StoredAssessment;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.validation.Validated;
import org.fourstage.reporting.assessment.AssessmentSummaryQuery;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.security.SignedInUser;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The physio's assessment pages: a patient's assessments, starting one, and one
 * assessment, which is a form while it is a draft and its findings once completed. The
 * patient and the assessment are looked up within the physio's clinic; anything else
 * answers 404. Every read and write is audited.
 */
@Controller
class AssessmentController {

	private final AssessmentLookup lookup;

	private final AssessmentRecording recording;

	private final AssessmentFormPage formPage;

	private final FindingsPage findings;

	private final AssessmentSummaryQuery summaries;

	private final AuditTrail audit;

	AssessmentController(AssessmentLookup lookup, AssessmentRecording recording, AssessmentFormPage formPage,
			FindingsPage findings, AssessmentSummaryQuery summaries, AuditTrail audit) {
		this.lookup = lookup;
		this.recording = recording;
		this.formPage = formPage;
		this.findings = findings;
		this.summaries = summaries;
		this.audit = audit;
	}

	@InitBinder
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "clinicId", "patientId");
	}

	@GetMapping("/patients/{patientId}/assessments")
	String list(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId, Model model) {
		String name = this.lookup.patientName(physio, patientId);
		PatientId patient = new PatientId(patientId);
		this.audit.patientData(physio, AuditAction.ASSESSMENT_LIST_VIEWED, AuditTarget.ASSESSMENT, "list", patient);
		model.addAttribute("patientId", patientId);
		model.addAttribute("patientName", name);
		model.addAttribute("summary", this.summaries.summary(physio.clinicId(), patient));
		return "assessment/list";
	}

	@PostMapping("/patients/{patientId}/assessments")
	String start(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@RequestParam(defaultValue = "") String kind, RedirectAttributes redirect) {
		this.lookup.patientName(physio, patientId);
		AssessmentKind chosen = "REASSESSMENT".equals(kind) ? AssessmentKind.REASSESSMENT : AssessmentKind.INITIAL;
		Optional<StoredAssessment> started = this.recording.start(physio, new PatientId(patientId), chosen);
		if (started.isEmpty()) {
			redirect.addFlashAttribute("errorKey", "assessment.reassessment.nothingToStartFrom");
			return "redirect:/patients/" + patientId + "/assessments";
		}
		return "redirect:/patients/" + patientId + "/assessments/" + started.get().id();
	}

	@GetMapping("/patients/{patientId}/assessments/{assessmentId}")
	String show(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@PathVariable UUID assessmentId, Model model) {
		StoredAssessment assessment = this.lookup.find(physio, patientId, assessmentId);
		this.audit.patientData(physio, AuditAction.ASSESSMENT_VIEWED, AuditTarget.ASSESSMENT, assessment.id(),
				assessment.patientId());
		if (!assessment.isCompleted()) {
			return this.formPage.render(physio, assessment,
					AssessmentFormMapping.form(assessment.answers(), assessment.version()), model);
		}
		return this.findings.render(physio, assessment, model);
	}

	@PostMapping("/patients/{patientId}/assessments/{assessmentId}")
	String save(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@PathVariable UUID assessmentId, @ModelAttribute("form") AssessmentForm form, BindingResult result,
			@RequestParam(defaultValue = "draft") String action, Model model, RedirectAttributes redirect) {
		StoredAssessment assessment = this.lookup.find(physio, patientId, assessmentId);
		if (assessment.isCompleted()) {
			redirect.addFlashAttribute("errorKey", "assessment.alreadyCompleted");
			return "redirect:/patients/" + patientId + "/assessments/" + assessmentId;
		}
		boolean completing = "complete".equals(action);
		AssessmentDraft draft = AssessmentFormMapping.read(form, result);
		Validated<Assessment> checked = AssessmentValidator.validate(draft);
		AssessmentFormMapping.reject(checked.violations(), result, !completing);
		int version = parseVersion(form.version());
		if (result.hasErrors()) {
			model.addAttribute("errorKey", completing ? "assessment.notCompleted" : "assessment.draftNotSaved");
			return this.formPage.render(physio, assessment, form, model);
		}
		try {
			if (completing) {
				this.recording.complete(physio, assessment, draft, AssessmentFindings.of(checked.value()), version);
				redirect.addFlashAttribute("flashKey", "assessment.completed");
			}
			else {
				this.recording.saveDraft(physio, assessment, draft, version);
				redirect.addFlashAttribute("flashKey", "assessment.draftSaved");
			}
		}
		catch (AssessmentChangedException ex) {
			model.addAttribute("errorKey", "assessment.changedElsewhere");
			return this.formPage.render(physio, assessment, form, model);
		}
		return "redirect:/patients/" + patientId + "/assessments/" + assessmentId;
	}

	private static int parseVersion(@Nullable String version) {
		if (version == null || !version.matches("\\d{1,9}")) {
			return -1;
		}
		return Integer.parseInt(version);
	}

}
