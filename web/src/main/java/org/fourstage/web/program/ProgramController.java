package org.fourstage.web.program;

import java.util.List;
import java.util.UUID;

import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.patient.Patient;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.patient.PatientRepository;
import org.fourstage.domain.program.AssignedProgram;
import org.fourstage.domain.program.DosageField;
import org.fourstage.domain.program.Exercise;
import org.fourstage.domain.program.FieldViolation;
import org.fourstage.domain.program.Program;
import org.fourstage.domain.program.ProgramChange;
import org.fourstage.domain.program.ProgramVersion;
import org.fourstage.domain.program.PrescribedExercise;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.validation.FreeText;
import org.fourstage.domain.program.ExerciseSide;
import org.fourstage.domain.program.Stage;
import org.fourstage.seeds.stage.StageGuides;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.BindingErrors;
import org.fourstage.web.support.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The physio's view of a patient's program: each stage with the advisor's view, the
 * personal notes, the version history and stage moves. Adapting a stage is
 * {@link StageEditController}'s.
 */
@Controller
class ProgramController {

	private final PatientPrograms lookup;

	private final Programs programs;

	private final AuditTrail audit;

	private final ProgramEditing editing;

	private final ProgressionReview review;

	ProgramController(PatientPrograms lookup, Programs programs, AuditTrail audit, ProgramEditing editing,
			ProgressionReview review) {
		this.lookup = lookup;
		this.programs = programs;
		this.audit = audit;
		this.editing = editing;
		this.review = review;
	}

	@GetMapping("/patients/{patientId}/program")
	String show(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId, Model model) {
		Patient patient = this.lookup.patient(physio, patientId);
		var program = this.programs.forPatient(physio.clinicId(), patient.id());
		this.audit.patientData(physio, AuditAction.PATIENT_VIEWED, AuditTarget.PROGRAM,
				program.map((p) -> (Object) p.id()).orElse("none"), patient.id());
		model.addAttribute("patient", patient);
		model.addAttribute("guides", StageGuides.all());
		if (program.isPresent()) {
			model.addAttribute("assigned", program.get());
			model.addAttribute("moves", this.programs.stageMoves(physio.clinicId(), program.get().id()));
			ProgressionReview.Review review = this.review.review(physio, program.get());
			model.addAttribute("advice", review.advice());
			model.addAttribute("review", review);
		}
		return "program/show";
	}

	@PostMapping("/patients/{patientId}/program/notes")
	String saveNotes(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@ModelAttribute NotesForm form, BindingResult typed, RedirectAttributes redirect) {
		Patient patient = this.lookup.patient(physio, patientId);
		AssignedProgram current = this.lookup.assigned(physio, patient);
		String notes = BindingErrors.typedText(form.notes(), typed, "notes");
		String back = "redirect:/patients/" + patient.id() + "/program#notes";
		if (typed.hasFieldErrors("notes") || !FreeText.isAcceptable(notes, Program.MAX_NOTES_LENGTH)) {
			redirect.addFlashAttribute("errorKey", "program.notes.invalid");
			redirect.addFlashAttribute("notesDraft", FreeText.withoutUnstorable(notes));
			return back;
		}
		int version = (form.version() != null) ? form.version() : 0;
		Program changed = current.program().withNotes(notes.strip());
		// Notes written on an older version are refused even when they change nothing.
		boolean saved = version == current.version() && (changed.equals(current.program())
				|| this.editing.save(physio, patient.id(), current, version, changed));
		if (!saved) {
			redirect.addFlashAttribute("errorKey", "program.notes.changedMeanwhile");
			redirect.addFlashAttribute("notesDraft", notes);
			return back;
		}
		redirect.addFlashAttribute("flashKey", "program.saved");
		return back;
	}

	@GetMapping("/patients/{patientId}/program/history")
	String history(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId, Model model) {
		Patient patient = this.lookup.patient(physio, patientId);
		AssignedProgram assigned = this.lookup.assigned(physio, patient);
		this.audit.patientData(physio, AuditAction.PATIENT_VIEWED, AuditTarget.PROGRAM_HISTORY, assigned.id(),
				patient.id());
		model.addAttribute("patient", patient);
		model.addAttribute("versions", this.programs.history(physio.clinicId(), assigned.id()));
		model.addAttribute("moves", this.programs.stageMoves(physio.clinicId(), assigned.id()));
		return "program/history";
	}

	@PostMapping("/patients/{patientId}/program/stage")
	String moveStage(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@jakarta.validation.Valid @ModelAttribute("move") StageMoveForm form, BindingResult result,
			RedirectAttributes redirect) {
		Patient patient = this.lookup.patient(physio, patientId);
		AssignedProgram assigned = this.lookup.assigned(physio, patient);
		if (result.hasErrors() || form.reason() == null || form.direction() == null) {
			FieldError reasonError = result.getFieldError("reason");
			boolean typedButRefused = reasonError != null && !"NotBlank".equals(reasonError.getCode());
			redirect.addFlashAttribute("errorKey",
					typedButRefused ? "program.move.reasonInvalid" : "program.move.reasonRequired");
			return "redirect:/patients/" + patient.id() + "/program#move";
		}
		Stage to = form.direction().from(assigned.currentStage());
		if (to == assigned.currentStage()) {
			redirect.addFlashAttribute("errorKey", "program.move.nowhere");
			return "redirect:/patients/" + patient.id() + "/program#move";
		}
		this.editing.moveStage(physio, patient.id(), assigned, to, form.reason());
		redirect.addFlashAttribute("flashKey", "program.move.done");
		return "redirect:/patients/" + patient.id() + "/program";
	}

}
