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
 * The physio's view of a patient's program: each stage, editing a stage, the version
 * history, and stage moves. Two physios editing from the same version cannot overwrite
 * each other: the second save is refused with a page that shows both sets of changes.
 */
@Controller
class ProgramController {

	private final PatientRepository patients;

	private final Programs programs;

	private final ProgramCatalog catalog;

	private final AuditTrail audit;

	private final ProgramEditing editing;

	private final ProgressionReview review;

	ProgramController(PatientRepository patients, Programs programs, ProgramCatalog catalog, AuditTrail audit,
			ProgramEditing editing, ProgressionReview review) {
		this.review = review;
		this.patients = patients;
		this.programs = programs;
		this.catalog = catalog;
		this.audit = audit;
		this.editing = editing;
	}

	@GetMapping("/patients/{patientId}/program")
	String show(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId, Model model) {
		Patient patient = patient(physio, patientId);
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

	@GetMapping("/patients/{patientId}/program/stages/{stage}/edit")
	String editStage(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@PathVariable int stage, Model model) {
		Patient patient = patient(physio, patientId);
		AssignedProgram assigned = assigned(physio, patient);
		Stage which = stage(stage);
		this.audit.patientData(physio, AuditAction.PATIENT_VIEWED, AuditTarget.PROGRAM, assigned.id(), patient.id());
		model.addAttribute("form", StageForm.of(assigned.program().stage(which), assigned.version()));
		return editPage(physio, patient, which, model);
	}

	@PostMapping("/patients/{patientId}/program/stages/{stage}")
	String saveStage(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@PathVariable int stage, @ModelAttribute("form") StageForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Patient patient = patient(physio, patientId);
		AssignedProgram current = assigned(physio, patient);
		Stage which = stage(stage);
		validate(form, result);
		Exercise added = null;
		if (form.getAddCode() != null && !form.getAddCode().isBlank()) {
			var code = StageForm.codeOf(form.getAddCode());
			added = (code != null) ? this.catalog.exercise(physio.clinicId(), code).orElse(null) : null;
			if (added == null) {
				result.rejectValue("addCode", "program.addCode.unknown");
			}
		}
		if (result.hasErrors()) {
			return editPage(physio, patient, which, model);
		}
		Program base = baseVersion(physio, current, form.getVersion());
		Program mine = form.applyTo(base, which, added);
		if (mine.equals(base)) {
			redirect.addFlashAttribute("flashKey", "program.nothingChanged");
			return "redirect:/patients/" + patient.id() + "/program";
		}
		if (!this.editing.save(physio, patient.id(), current, form.getVersion(), mine)) {
			return conflict(physio, patient, current, which, form, base, mine, model);
		}
		redirect.addFlashAttribute("flashKey", "program.saved");
		return "redirect:/patients/" + patient.id() + "/program#stage-" + which.number();
	}

	@PostMapping("/patients/{patientId}/program/notes")
	String saveNotes(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@ModelAttribute NotesForm form, BindingResult typed, RedirectAttributes redirect) {
		Patient patient = patient(physio, patientId);
		AssignedProgram current = assigned(physio, patient);
		String notes = BindingErrors.typedText(form.notes(), typed, "notes");
		int version = (form.version() != null) ? form.version() : 0;
		if (typed.hasFieldErrors("notes") || !FreeText.isAcceptable(notes, Program.MAX_NOTES_LENGTH)) {
			redirect.addFlashAttribute("errorKey", "program.notes.invalid");
			redirect.addFlashAttribute("notesDraft", FreeText.withoutUnstorable(notes));
			return "redirect:/patients/" + patient.id() + "/program#notes";
		}
		Program changed = current.program().withNotes(notes.strip());
		if (version != current.version()) {
			redirect.addFlashAttribute("errorKey", "program.notes.changedMeanwhile");
			redirect.addFlashAttribute("notesDraft", notes);
			return "redirect:/patients/" + patient.id() + "/program#notes";
		}
		if (!changed.equals(current.program())) {
			if (!this.editing.save(physio, patient.id(), current, version, changed)) {
				redirect.addFlashAttribute("errorKey", "program.notes.changedMeanwhile");
				redirect.addFlashAttribute("notesDraft", notes);
				return "redirect:/patients/" + patient.id() + "/program#notes";
			}
		}
		redirect.addFlashAttribute("flashKey", "program.saved");
		return "redirect:/patients/" + patient.id() + "/program#notes";
	}

	@GetMapping("/patients/{patientId}/program/history")
	String history(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId, Model model) {
		Patient patient = patient(physio, patientId);
		AssignedProgram assigned = assigned(physio, patient);
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
		Patient patient = patient(physio, patientId);
		AssignedProgram assigned = assigned(physio, patient);
		if (result.hasErrors() || form.reason() == null || form.direction() == null) {
			FieldError reasonError = result.getFieldError("reason");
			boolean typedButRefused = reasonError != null && !"NotBlank".equals(reasonError.getCode());
			redirect.addFlashAttribute("errorKey",
					typedButRefused ? "program.move.reasonInvalid" : "program.move.reasonRequired");
			return "redirect:/patients/" + patient.id() + "/program#move";
		}
		Stage to = switch (form.direction()) {
			case FORWARD -> assigned.currentStage().next();
			case BACK -> assigned.currentStage().previous();
			case RESET -> Stage.CALM_AND_UNLOAD;
		};
		if (to == assigned.currentStage()) {
			redirect.addFlashAttribute("errorKey", "program.move.nowhere");
			return "redirect:/patients/" + patient.id() + "/program#move";
		}
		this.editing.moveStage(physio, patient.id(), assigned, to, form.reason());
		redirect.addFlashAttribute("flashKey", "program.move.done");
		return "redirect:/patients/" + patient.id() + "/program";
	}

	private String conflict(SignedInUser physio, Patient patient, AssignedProgram current, Stage stage, StageForm form,
			Program base, Program mine, Model model) {
		AssignedProgram latest = assigned(physio, patient);
		List<ProgramVersion> theirs = this.programs.history(physio.clinicId(), latest.id())
			.stream()
			.filter((version) -> version.version() > form.getVersion())
			.toList();
		List<ProgramChange> yours = ProgramChange.between(base, mine);
		// The form to save again starts from their save, not from the version this physio
		// began with, or saving it would quietly undo what the other physio did.
		StageForm retry = StageForm.of(StageForm.rebase(base, mine, latest.program(), stage).stage(stage),
				latest.version());
		retry.setAddCode(form.getAddCode());
		model.addAttribute("form", retry);
		model.addAttribute("theirs", theirs);
		model.addAttribute("yours", yours);
		model.addAttribute("conflict", true);
		return editPage(physio, patient, stage, model);
	}

	private String editPage(SignedInUser physio, Patient patient, Stage stage, Model model) {
		model.addAttribute("patient", patient);
		model.addAttribute("stage", stage);
		model.addAttribute("guide", StageGuides.all().get(stage.number() - 1));
		model.addAttribute("library", this.catalog.exercises(physio.clinicId()));
		model.addAttribute("sides", ExerciseSide.values());
		return "program/edit-stage";
	}

	private void validate(StageForm form, BindingResult result) {
		if (form.getGoal().isBlank()) {
			result.rejectValue("goal", "validation.required");
		}
		else if (!FreeText.isAcceptable(form.getGoal(), StageForm.MAX_GOAL_LENGTH)) {
			result.rejectValue("goal", "program.goal.invalid");
		}
		for (int i = 0; i < form.getRows().size(); i++) {
			ExerciseRow row = form.getRows().get(i);
			if (row.isRemove()) {
				continue;
			}
			for (FieldViolation violation : row.dosageViolations()) {
				// Say which numbers are allowed, as the library's dosage form does.
				Object[] range = DosageField.ofKey(violation.field())
					.map((field) -> new Object[] { field.min(), field.max() })
					.orElse(null);
				result.rejectValue("rows[" + i + "]." + violation.field(),
						(range != null) ? "library.dosage.range" : "program.dosage.outOfRange", range,
						violation.message());
			}
			if (row.getPosition() != null && (row.getPosition() < 1 || row.getPosition() > 100)) {
				result.rejectValue("rows[" + i + "].position", "program.position.range");
			}
			if (!FreeText.isAcceptable(row.getNote(), PrescribedExercise.MAX_NOTE_LENGTH)) {
				result.rejectValue("rows[" + i + "].note", "program.note.invalid");
			}
		}
	}

	private Program baseVersion(SignedInUser physio, AssignedProgram current, int version) {
		if (version == current.version()) {
			return current.program();
		}
		return this.programs.history(physio.clinicId(), current.id())
			.stream()
			.filter((v) -> v.version() == version)
			.map(ProgramVersion::program)
			.findFirst()
			.orElseThrow(NotFoundException::new);
	}

	private Patient patient(SignedInUser physio, UUID patientId) {
		return this.patients.find(physio.clinicId(), new PatientId(patientId)).orElseThrow(NotFoundException::new);
	}

	private AssignedProgram assigned(SignedInUser physio, Patient patient) {
		return this.programs.forPatient(physio.clinicId(), patient.id()).orElseThrow(NotFoundException::new);
	}

	private static Stage stage(int number) {
		if (number < 1 || number > 4) {
			throw new NotFoundException();
		}
		return Stage.ofNumber(number);
	}

}
