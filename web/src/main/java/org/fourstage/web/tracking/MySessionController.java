package org.fourstage.web.tracking;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.program.AssignedProgram;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.program.StagePlan;
import org.fourstage.domain.tracking.ExerciseSession;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.BindingErrors;
import org.fourstage.web.support.DosageWording;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
 * The patient's session log: the form on the today page posts here, a saved session is
 * shown back at once, and the patient corrects their own sessions for 48 hours. The
 * signed-in patient is the only patient these routes know; a session id of anybody else
 * answers 404. A form refused for its values comes back with status 422, so that the
 * phone's offline queue, which sends kept forms without a person watching, can tell a
 * refusal from a saved session.
 */
@Controller
class MySessionController {

	static final String FORM = "sessionForm";

	private final SessionLogging logging;

	private final Programs programs;

	private final AuditTrail audit;

	private final DosageWording dosages;

	MySessionController(SessionLogging logging, Programs programs, AuditTrail audit, DosageWording dosages) {
		this.logging = logging;
		this.programs = programs;
		this.audit = audit;
		this.dosages = dosages;
	}

	@PostMapping("/my/sessions")
	String log(@AuthenticationPrincipal SignedInUser patient, @ModelAttribute(FORM) SessionLogForm form,
			BindingResult typed, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		PatientId patientId = patientOf(patient);
		String note = BindingErrors.typedText(form.getNote(), typed, "note");
		if (!typed.hasErrors()) {
			SessionLogging.Outcome outcome = this.logging.record(patient, patientId, form.key(), form.values(note));
			if (outcome instanceof SessionLogging.Recorded recorded) {
				redirect.addFlashAttribute("flashKey", recorded.created() ? "session.saved" : "session.savedBefore");
				return "redirect:/my/sessions/" + recorded.session().id();
			}
			if (outcome instanceof SessionLogging.NoProgram) {
				return "redirect:/my/program";
			}
			if (outcome instanceof SessionLogging.Refused refused) {
				BindingErrors.apply(refused.violations(), typed);
			}
		}
		form.setNote(note);
		model.addAttribute("rows",
				SessionLogRow.of(this.logging.exercisesToLog(patient, patientId)
					.stream()
					.map(SessionLogging.Prescribed::exercise)
					.toList(), this.dosages));
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return "tracking/session-log";
	}

	@GetMapping("/my/sessions/{sessionId}")
	String show(@AuthenticationPrincipal SignedInUser patient, @PathVariable UUID sessionId, Model model) {
		PatientId patientId = patientOf(patient);
		ExerciseSession session = this.logging.read(patient, patientId, sessionId);
		model.addAttribute("logged", session);
		model.addAttribute("rows", SessionLogRow.of(session, stageOf(patient, patientId, session), this.dosages));
		model.addAttribute("correctable", this.logging.mayCorrect(patient, session));
		return "tracking/session";
	}

	@GetMapping("/my/sessions/{sessionId}/edit")
	String edit(@AuthenticationPrincipal SignedInUser patient, @PathVariable UUID sessionId, Model model,
			RedirectAttributes redirect) {
		PatientId patientId = patientOf(patient);
		ExerciseSession session = this.logging.read(patient, patientId, sessionId);
		if (!this.logging.mayCorrect(patient, session)) {
			redirect.addFlashAttribute("errorKey", "session.locked");
			return "redirect:/my/sessions/" + session.id();
		}
		model.addAttribute(FORM, SessionLogForm.of(session));
		return correctionPage(patient, patientId, session, model);
	}

	@PostMapping("/my/sessions/{sessionId}")
	String correct(@AuthenticationPrincipal SignedInUser patient, @PathVariable UUID sessionId,
			@ModelAttribute(FORM) SessionLogForm form, BindingResult typed, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PatientId patientId = patientOf(patient);
		ExerciseSession session = this.logging.read(patient, patientId, sessionId);
		String note = BindingErrors.typedText(form.getNote(), typed, "note");
		if (!typed.hasErrors()) {
			SessionLogging.Outcome outcome = this.logging.correct(patient, patientId, session.id(), form.values(note));
			if (outcome instanceof SessionLogging.Recorded) {
				redirect.addFlashAttribute("flashKey", "session.corrected");
				return "redirect:/my/sessions/" + session.id();
			}
			if (outcome instanceof SessionLogging.Locked) {
				redirect.addFlashAttribute("errorKey", "session.locked");
				return "redirect:/my/sessions/" + session.id();
			}
			if (outcome instanceof SessionLogging.Refused refused) {
				BindingErrors.apply(refused.violations(), typed);
			}
		}
		form.setNote(note);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return correctionPage(patient, patientId, session, model);
	}

	private String correctionPage(SignedInUser patient, PatientId patientId, ExerciseSession session, Model model) {
		model.addAttribute("logged", session);
		model.addAttribute("rows", SessionLogRow.of(session, stageOf(patient, patientId, session), this.dosages));
		return "tracking/session-edit";
	}

	/** The stage the session was logged in, for the names of its exercises. */
	private Optional<StagePlan> stageOf(SignedInUser patient, PatientId patientId, ExerciseSession session) {
		Optional<AssignedProgram> program = this.programs.forPatient(patient.clinicId(), patientId)
			.filter((found) -> found.id().equals(session.programId()));
		program.ifPresent((found) -> this.audit.patientData(patient, AuditAction.PATIENT_VIEWED, AuditTarget.PROGRAM,
				found.id(), patientId));
		return program.map((found) -> found.program().stage(session.stage()));
	}

	private static PatientId patientOf(SignedInUser patient) {
		PatientId patientId = patient.patientId();
		if (patientId == null) {
			throw new AccessDeniedException("A patient account without a patient record");
		}
		return patientId;
	}

}
