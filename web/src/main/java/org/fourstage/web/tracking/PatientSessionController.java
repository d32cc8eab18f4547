package org.fourstage.web.tracking;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.tracking.Completion;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.BindingErrors;

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
 * A physio logging an exercise session on a patient's behalf: the exercises of the
 * patient's current stage, each pre-filled with its prescribed dosage.
 */
@Controller
class PatientSessionController {

	private final EntryPatients patients;

	private final SessionLogging logging;

	PatientSessionController(EntryPatients patients, SessionLogging logging) {
		this.patients = patients;
		this.logging = logging;
	}

	@GetMapping("/patients/{patientId}/sessions/new")
	String newSession(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId, Model model) {
		PatientId patient = new PatientId(patientId);
		model.addAttribute("patient", this.patients.find(physio, patient));
		List<SessionLogging.Prescribed> exercises = this.logging.exercisesToLog(physio, patient);
		return form(physio, patient, exercises, SessionForm.prefilled(this.logging.todayFor(physio), exercises), model);
	}

	@PostMapping("/patients/{patientId}/sessions")
	String record(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@Valid @ModelAttribute("form") SessionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PatientId patient = new PatientId(patientId);
		model.addAttribute("patient", this.patients.find(physio, patient));
		if (result.hasErrors() || form.getIdempotencyKey() == null) {
			List<SessionLogging.Prescribed> exercises = this.logging.exercisesToLog(physio, patient);
			SessionLogging.Values values = form.values();
			form.alignTo(exercises);
			BindingErrors.apply(this.logging.check(physio, patient, values), result);
			form.renewKeyIfMissing();
			return form(physio, patient, exercises, form, model);
		}
		SessionLogging.Outcome outcome = this.logging.record(physio, patient, form.getIdempotencyKey(), form.values());
		if (outcome instanceof SessionLogging.Refused refused) {
			List<SessionLogging.Prescribed> exercises = this.logging.exercisesToLog(physio, patient);
			// The domain names rows in the order of the stage's exercises.
			form.alignTo(exercises);
			BindingErrors.apply(refused.violations(), result);
			return form(physio, patient, exercises, form, model);
		}
		if (outcome instanceof SessionLogging.NoProgram) {
			return form(physio, patient, List.of(), form, model);
		}
		redirect.addFlashAttribute("flashKey", "tracking.session.recordedForPatient");
		return "redirect:/patients/" + patientId;
	}

	private String form(SignedInUser physio, PatientId patient, List<SessionLogging.Prescribed> exercises,
			SessionForm form, Model model) {
		// Rows follow the exercises to log, whatever rows the request held.
		form.alignTo(exercises);
		model.addAttribute("form", form);
		model.addAttribute("exercises", exercises);
		model.addAttribute("completions", Completion.values());
		model.addAttribute("action", "/patients/" + patient.value() + "/sessions");
		model.addAttribute("today", this.logging.todayFor(physio));
		return "tracking/session-new";
	}

}
