package org.fourstage.web.program;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.assessment.RedFlagState;
import org.fourstage.domain.assessment.RedFlagStatus;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditOutcome;
import org.fourstage.domain.patient.Patient;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.patient.PatientRepository;
import org.fourstage.domain.program.AssignedProgram;
import org.fourstage.domain.library.LibraryTemplate;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.program.Stage;
import org.fourstage.domain.program.StageMove;
import org.fourstage.domain.validation.FreeText;
import org.fourstage.domain.library.TemplateId;
import org.fourstage.reporting.assessment.AssessmentSummary;
import org.fourstage.reporting.assessment.AssessmentSummaryQuery;
import org.fourstage.reporting.assessment.LatestFindings;
import org.fourstage.seeds.stage.StageGuides;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Assigning a patient's first program from a template. Refused while the latest
 * assessment has a red flag that no physio has overridden; the starting stage is
 * pre-selected from the assessment's suggestion and never beyond Stage 3.
 */
@Controller
class ProgramAssignmentController {

	static final int MAX_START_STAGE = 3;

	private final PatientRepository patients;

	private final Programs programs;

	private final ProgramCatalog catalog;

	private final RedFlagStatus redFlags;

	private final AssessmentSummaryQuery assessments;

	private final AuditTrail audit;

	private final Clock clock;

	private final MessageSource messages;

	ProgramAssignmentController(PatientRepository patients, Programs programs, ProgramCatalog catalog,
			RedFlagStatus redFlags, AssessmentSummaryQuery assessments, AuditTrail audit, Clock clock,
			MessageSource messages) {
		this.messages = messages;
		this.patients = patients;
		this.programs = programs;
		this.catalog = catalog;
		this.redFlags = redFlags;
		this.assessments = assessments;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/patients/{patientId}/program/assign")
	String form(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId, Model model) {
		Patient patient = patient(physio, patientId);
		if (this.programs.forPatient(physio.clinicId(), patient.id()).isPresent()) {
			return "redirect:/patients/" + patient.id() + "/program";
		}
		this.audit.patientData(physio, AuditAction.PATIENT_VIEWED, "program", "assign", patient.id());
		AssessmentSummary summary = summary(physio, patient);
		AssignForm form = new AssignForm();
		summary.latestIfAny().ifPresent((findings) -> {
			Stage offered = findings.offeredStage();
			if (offered != null) {
				form.setStartStage(Math.min(MAX_START_STAGE, offered.number()));
				form.setReason(reasonFrom(findings));
			}
		});
		model.addAttribute("form", form);
		return page(physio, patient, summary, model);
	}

	@PostMapping("/patients/{patientId}/program/assign")
	String assign(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@ModelAttribute("form") AssignForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		Patient patient = patient(physio, patientId);
		if (this.programs.forPatient(physio.clinicId(), patient.id()).isPresent()) {
			redirect.addFlashAttribute("errorKey", "program.assign.exists");
			return "redirect:/patients/" + patient.id() + "/program";
		}
		RedFlagState state = this.redFlags.of(physio.clinicId(), patient.id());
		if (!state.allowsProgram()) {
			this.audit.record(physio, AuditAction.PROGRAM_ASSIGNED, "program", "refused", patient.id(),
					AuditOutcome.DENIED, "unresolved red flag");
			model.addAttribute("form", form);
			return page(physio, patient, summary(physio, patient), model);
		}
		Optional<LibraryTemplate> template = (form.getTemplateId() != null)
				? this.catalog.template(physio.clinicId(), new TemplateId(form.getTemplateId())) : Optional.empty();
		if (template.isEmpty()) {
			result.rejectValue("templateId", "program.assign.templateRequired");
		}
		if (form.getStartStage() < 1 || form.getStartStage() > MAX_START_STAGE) {
			result.rejectValue("startStage", "program.assign.startStageRange");
		}
		String reason = form.getReason().strip();
		if (reason.isEmpty()) {
			result.rejectValue("reason", "validation.required");
		}
		else if (!FreeText.isAcceptable(reason, StageMove.MAX_REASON_LENGTH)) {
			result.rejectValue("reason", "program.assign.reasonInvalid");
		}
		if (result.hasErrors()) {
			return page(physio, patient, summary(physio, patient), model);
		}
		AssignedProgram assigned = this.programs.assign(physio.clinicId(), patient.id(),
				template.get().template().toProgram(this.catalog.byCode(physio.clinicId())),
				Stage.ofNumber(form.getStartStage()), reason, physio.accountId(), this.clock.instant());
		this.audit.record(physio, AuditAction.PROGRAM_ASSIGNED, "program", assigned.id(), patient.id(),
				AuditOutcome.SUCCESS, "template " + template.get().template().code());
		redirect.addFlashAttribute("flashKey", "program.assign.done");
		return "redirect:/patients/" + patient.id() + "/program";
	}

	private String page(SignedInUser physio, Patient patient, AssessmentSummary summary, Model model) {
		model.addAttribute("patient", patient);
		model.addAttribute("redFlagState", summary.redFlagState());
		model.addAttribute("latest", summary.latestIfAny().orElse(null));
		model.addAttribute("templates", this.catalog.templates(physio.clinicId()));
		model.addAttribute("guides", StageGuides.all().subList(0, MAX_START_STAGE));
		return "program/assign";
	}

	private AssessmentSummary summary(SignedInUser physio, Patient patient) {
		return this.assessments.summary(physio.clinicId(), patient.id());
	}

	private String reasonFrom(LatestFindings findings) {
		String pattern = this.messages.getMessage("assessment.pattern." + findings.painPattern(), null,
				findings.painPattern().name(), Locale.ENGLISH);
		return this.messages.getMessage("program.assign.reasonFromAssessment",
				new Object[] { findings.assessedOn().format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)),
						findings.nprsNow(), pattern.toLowerCase(Locale.ENGLISH) },
				Locale.ENGLISH);
	}

	private Patient patient(SignedInUser physio, UUID patientId) {
		return this.patients.find(physio.clinicId(), new PatientId(patientId)).orElseThrow(NotFoundException::new);
	}

}
