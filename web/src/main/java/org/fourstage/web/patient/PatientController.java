package org.fourstage.web.patient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import org.fourstage.domain.account.AccountRepository;
import org.fourstage.domain.account.DuplicateEmailException;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.patient.ClinicalNotes;
import org.fourstage.domain.patient.DuplicateReferenceException;
import org.fourstage.domain.patient.Patient;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.patient.PatientRepository;
import org.fourstage.domain.patient.Sex;
import org.fourstage.domain.program.Programs;
import org.fourstage.reporting.assessment.AssessmentSummaryQuery;
import org.fourstage.web.alert.AlertAnswering;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.NotFoundException;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The physio's patient pages: registration, the patient's page (their hub), and editing
 * their details. Every read and write is audited with the patient's id.
 */
@Controller
class PatientController {

	private final PatientRepository patients;

	private final PatientRecords records;

	private final AccountRepository accounts;

	private final ClinicalNotes notes;

	private final AuditTrail audit;

	private final Clock clock;

	private final AssessmentSummaryQuery assessments;

	private final Programs programs;

	private final AlertAnswering alerts;

	PatientController(PatientRepository patients, PatientRecords records, AccountRepository accounts,
			ClinicalNotes notes, AuditTrail audit, Clock clock, AssessmentSummaryQuery assessments, Programs programs,
			AlertAnswering alerts) {
		this.alerts = alerts;
		this.assessments = assessments;
		this.programs = programs;
		this.patients = patients;
		this.records = records;
		this.accounts = accounts;
		this.notes = notes;
		this.audit = audit;
		this.clock = clock;
	}

	@InitBinder("form")
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "clinicId");
	}

	@GetMapping("/patients/new")
	String newPatient(Model model) {
		model.addAttribute("form", PatientForm.empty(today()));
		model.addAttribute("sexes", Sex.values());
		return "patient/new";
	}

	@PostMapping("/patients")
	String register(@AuthenticationPrincipal SignedInUser physio, @Valid @ModelAttribute("form") PatientForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.check(result, today());
		if (form.isCreateAccount() && (form.getEmail() == null || form.getEmail().isBlank())) {
			result.rejectValue("email", "patient.account.needsEmail");
		}
		if (result.hasErrors()) {
			model.addAttribute("sexes", Sex.values());
			return "patient/new";
		}
		try {
			var registered = this.records.register(physio, form.details(), form.isCreateAccount());
			registered.link().ifPresent((link) -> redirect.addFlashAttribute("passwordLink", link));
			redirect.addFlashAttribute("flashKey", "patient.registered");
			return "redirect:/patients/" + registered.patient().id();
		}
		catch (DuplicateReferenceException ex) {
			result.rejectValue("reference", "patient.reference.taken");
		}
		catch (DuplicateEmailException ex) {
			result.rejectValue("email", "account.email.taken");
		}
		model.addAttribute("sexes", Sex.values());
		return "patient/new";
	}

	@GetMapping("/patients/{patientId}")
	String show(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId, Model model) {
		Patient patient = find(physio, patientId);
		this.audit.patientData(physio, AuditAction.PATIENT_VIEWED, AuditTarget.PATIENT, patient.id(), patient.id());
		model.addAttribute("patient", patient);
		model.addAttribute("age", patient.ageOn(today()));
		model.addAttribute("account", this.accounts.findByPatient(physio.clinicId(), patient.id()).orElse(null));
		model.addAttribute("notes", this.notes.list(physio.clinicId(), patient.id()));
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("me", physio.accountId());
		var summary = this.assessments.summary(physio.clinicId(), patient.id());
		model.addAttribute("summary", summary);
		model.addAttribute("redFlagState", summary.redFlagState().name());
		model.addAttribute("program", this.programs.forPatient(physio.clinicId(), patient.id()).orElse(null));
		model.addAttribute("openAlerts", this.alerts.openFor(physio, patient.id()));
		return "patient/show";
	}

	@GetMapping("/patients/{patientId}/edit")
	String edit(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId, Model model) {
		Patient patient = find(physio, patientId);
		this.audit.patientData(physio, AuditAction.PATIENT_VIEWED, AuditTarget.PATIENT, patient.id(), patient.id());
		model.addAttribute("patient", patient);
		model.addAttribute("form", PatientForm.of(patient));
		model.addAttribute("sexes", Sex.values());
		return "patient/edit";
	}

	@PostMapping("/patients/{patientId}/edit")
	String update(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@Valid @ModelAttribute("form") PatientForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Patient patient = find(physio, patientId);
		form.check(result, today());
		if (!result.hasErrors()) {
			try {
				Patient asRead = new Patient(patient.id(), patient.clinicId(), patient.details(), patient.status(),
						patient.registeredAt(), form.getVersion());
				if (this.records.update(physio, asRead, form.details())) {
					redirect.addFlashAttribute("flashKey", "patient.updated");
					return "redirect:/patients/" + patient.id();
				}
				model.addAttribute("errorKey", "patient.changedMeanwhile");
				model.addAttribute("current", patient);
			}
			catch (DuplicateReferenceException ex) {
				result.rejectValue("reference", "patient.reference.taken");
			}
		}
		model.addAttribute("patient", patient);
		model.addAttribute("sexes", Sex.values());
		return "patient/edit";
	}

	private Patient find(SignedInUser physio, UUID patientId) {
		return this.patients.find(physio.clinicId(), new PatientId(patientId)).orElseThrow(NotFoundException::new);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
