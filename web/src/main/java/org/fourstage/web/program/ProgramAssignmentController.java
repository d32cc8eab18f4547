package org.fourstage.web.program;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.patient.Patient;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.patient.PatientRepository;
import org.fourstage.domain.program.Programs;
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
 * The pages for assigning a patient's first program from a template: the form, with the
 * starting stage pre-selected from the assessment's suggestion, and its post, which
 * {@link ProgramAssignment} carries out.
 */
@Controller
class ProgramAssignmentController {

	private final PatientRepository patients;

	private final Programs programs;

	private final ProgramCatalog catalog;

	private final AssessmentSummaryQuery assessments;

	private final AuditTrail audit;

	private final ProgramAssignment assignment;

	private final MessageSource messages;

	ProgramAssignmentController(PatientRepository patients, Programs programs, ProgramCatalog catalog,
			ProgramAssignment assignment, AssessmentSummaryQuery assessments, AuditTrail audit,
			MessageSource messages) {
		this.messages = messages;
		this.patients = patients;
		this.programs = programs;
		this.catalog = catalog;
		this.assignment = assignment;
		this.assessments = assessments;
		this.audit = audit;
	}

	@GetMapping("/patients/{patientId}/program/assign")
	String form(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId, Model model) {
		Patient patient = patient(physio, patientId);
		if (this.programs.forPatient(physio.clinicId(), patient.id()).isPresent()) {
			return "redirect:/patients/" + patient.id() + "/program";
		}
		this.audit.patientData(physio, AuditAction.PATIENT_VIEWED, AuditTarget.PROGRAM, "assign", patient.id());
		AssessmentSummary summary = summary(physio, patient);
		AssignForm form = summary.latestIfAny()
			.filter((findings) -> findings.offeredStage() != null)
			.map((findings) -> AssignForm.offering(
					Math.min(ProgramAssignment.MAX_START_STAGE, findings.offeredStage().number()),
					reasonFrom(findings)))
			.orElse(AssignForm.offering(1, ""));
		model.addAttribute("form", form);
		return page(physio, patient, summary, model);
	}

	@PostMapping("/patients/{patientId}/program/assign")
	String assign(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@ModelAttribute("form") AssignForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		Patient patient = patient(physio, patientId);
		ProgramAssignment.Choice choice = form.choice(result);
		if (choice == null) {
			return page(physio, patient, summary(physio, patient), model);
		}
		ProgramAssignment.Outcome outcome = this.assignment.assign(physio, patient.id(), choice);
		if (outcome instanceof ProgramAssignment.Refused refused) {
			refused.fieldErrors().forEach(result::rejectValue);
		}
		if (outcome instanceof ProgramAssignment.Refused || outcome instanceof ProgramAssignment.RedFlagUnresolved) {
			return page(physio, patient, summary(physio, patient), model);
		}
		if (outcome instanceof ProgramAssignment.AlreadyAssigned) {
			redirect.addFlashAttribute("errorKey", "program.assign.exists");
		}
		else {
			redirect.addFlashAttribute("flashKey", "program.assign.done");
		}
		return "redirect:/patients/" + patient.id() + "/program";
	}

	private String page(SignedInUser physio, Patient patient, AssessmentSummary summary, Model model) {
		model.addAttribute("patient", patient);
		model.addAttribute("redFlagState", summary.redFlagState());
		model.addAttribute("latest", summary.latestIfAny().orElse(null));
		model.addAttribute("templates", this.catalog.templates(physio.clinicId()));
		model.addAttribute("guides", StageGuides.all().subList(0, ProgramAssignment.MAX_START_STAGE));
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
