package org.fourstage.web.patient;

import java.time.Clock;
import java.util.UUID;

import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.patient.ClinicalNote;
import org.fourstage.domain.patient.ClinicalNotes;
import org.fourstage.domain.patient.Patient;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.patient.PatientRepository;
import org.fourstage.domain.validation.FreeText;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.BindingErrors;
import org.fourstage.web.support.NotFoundException;

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
 * Clinical notes on the patient's page: write one, correct your own within 24 hours, add
 * an addendum to any.
 */
@Controller
class ClinicalNoteController {

	/** The longest refused text given back to its box. */
	static final int MAX_DRAFT_KEPT = 20 * ClinicalNote.MAX_LENGTH;

	private final PatientRepository patients;

	private final ClinicalNotes notes;

	private final AuditTrail audit;

	private final NoteWriting writing;

	private final Clock clock;

	ClinicalNoteController(PatientRepository patients, ClinicalNotes notes, NoteWriting writing, AuditTrail audit,
			Clock clock) {
		this.patients = patients;
		this.notes = notes;
		this.writing = writing;
		this.audit = audit;
		this.clock = clock;
	}

	@PostMapping("/patients/{patientId}/notes")
	String add(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@ModelAttribute NoteForm form, BindingResult typed, RedirectAttributes redirect) {
		Patient patient = patient(physio, patientId);
		String body = BindingErrors.typedText(form.body(), typed, "body");
		String problem = ClinicalNote.problemWith(body);
		if (typed.hasFieldErrors("addendumTo")) {
			throw new NotFoundException();
		}
		if (form.addendumTo() != null
				&& this.notes.find(physio.clinicId(), patient.id(), form.addendumTo()).isEmpty()) {
			throw new NotFoundException();
		}
		if (problem != null) {
			redirect.addFlashAttribute("noteError", problem);
			redirect.addFlashAttribute("noteDraft", draft(body));
			redirect.addFlashAttribute("noteAddendumTo", form.addendumTo());
			return "redirect:/patients/" + patient.id() + "#notes";
		}
		this.writing.add(physio, patient.id(), body, form.addendumTo());
		redirect.addFlashAttribute("flashKey", (form.addendumTo() != null) ? "note.addendumAdded" : "note.added");
		return "redirect:/patients/" + patient.id() + "#notes";
	}

	@GetMapping("/patients/{patientId}/notes/{noteId}/edit")
	String edit(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId, @PathVariable UUID noteId,
			Model model) {
		Patient patient = patient(physio, patientId);
		ClinicalNote note = note(physio, patient, noteId);
		this.audit.patientData(physio, AuditAction.PATIENT_VIEWED, AuditTarget.NOTE, note.id(), patient.id());
		if (!note.isEditableBy(physio.accountId(), this.clock.instant())) {
			return "redirect:/patients/" + patient.id() + "?noteLocked#notes";
		}
		model.addAttribute("patient", patient);
		model.addAttribute("note", note);
		model.addAttribute("body", note.body());
		return "patient/note-edit";
	}

	@PostMapping("/patients/{patientId}/notes/{noteId}")
	String correct(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@PathVariable UUID noteId, @ModelAttribute NoteForm form, BindingResult typed, Model model,
			RedirectAttributes redirect) {
		Patient patient = patient(physio, patientId);
		ClinicalNote note = note(physio, patient, noteId);
		if (!note.isEditableBy(physio.accountId(), this.clock.instant())) {
			redirect.addFlashAttribute("errorKey", "note.locked");
			return "redirect:/patients/" + patient.id() + "#notes";
		}
		String body = BindingErrors.typedText(form.body(), typed, "body");
		String problem = ClinicalNote.problemWith(body);
		if (problem != null) {
			model.addAttribute("patient", patient);
			model.addAttribute("note", note);
			model.addAttribute("body", draft(body));
			model.addAttribute("noteError", problem);
			return "patient/note-edit";
		}
		if (!this.writing.correct(physio, note, body)) {
			redirect.addFlashAttribute("errorKey", "note.locked");
			return "redirect:/patients/" + patient.id() + "#notes";
		}
		redirect.addFlashAttribute("flashKey", "note.corrected");
		return "redirect:/patients/" + patient.id() + "#notes";
	}

	// A refused note comes back in its box so nothing typed is lost: without the
	// characters that cannot be shown, and cut only when far beyond any note.
	private static String draft(String body) {
		String shown = FreeText.withoutUnstorable(body);
		return (shown.length() > MAX_DRAFT_KEPT) ? shown.substring(0, MAX_DRAFT_KEPT) : shown;
	}

	private Patient patient(SignedInUser physio, UUID patientId) {
		return this.patients.find(physio.clinicId(), new PatientId(patientId)).orElseThrow(NotFoundException::new);
	}

	private ClinicalNote note(SignedInUser physio, Patient patient, UUID noteId) {
		return this.notes.find(physio.clinicId(), patient.id(), noteId).orElseThrow(NotFoundException::new);
	}

}
