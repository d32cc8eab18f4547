package org.fourstage.web.program;

import java.util.List;
import java.util.UUID;

import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.patient.Patient;
import org.fourstage.domain.program.AssignedProgram;
import org.fourstage.domain.program.Exercise;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.program.ExerciseSide;
import org.fourstage.domain.program.Program;
import org.fourstage.domain.program.ProgramChange;
import org.fourstage.domain.program.ProgramVersion;
import org.fourstage.domain.program.Programs;
import org.fourstage.domain.program.Stage;
import org.fourstage.seeds.stage.StageGuides;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adapting one stage of a patient's program. Two physios editing from the same version
 * cannot overwrite each other: the second save is refused with a page that shows both
 * sets of changes and a form that starts from the other physio's save.
 */
@Controller
class StageEditController {

	private final PatientPrograms lookup;

	private final Programs programs;

	private final ProgramCatalog catalog;

	private final AuditTrail audit;

	private final ProgramEditing editing;

	StageEditController(PatientPrograms lookup, Programs programs, ProgramCatalog catalog, AuditTrail audit,
			ProgramEditing editing) {
		this.lookup = lookup;
		this.programs = programs;
		this.catalog = catalog;
		this.audit = audit;
		this.editing = editing;
	}

	@GetMapping("/patients/{patientId}/program/stages/{stage}/edit")
	String editStage(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@PathVariable int stage, Model model) {
		Patient patient = this.lookup.patient(physio, patientId);
		AssignedProgram assigned = this.lookup.assigned(physio, patient);
		Stage which = PatientPrograms.stage(stage);
		this.audit.patientData(physio, AuditAction.PATIENT_VIEWED, AuditTarget.PROGRAM, assigned.id(), patient.id());
		model.addAttribute("form", StageForm.of(assigned.program().stage(which), assigned.version()));
		return editPage(physio, patient, which, model);
	}

	@PostMapping("/patients/{patientId}/program/stages/{stage}")
	String saveStage(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID patientId,
			@PathVariable int stage, @ModelAttribute("form") @Nullable StageForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Patient patient = this.lookup.patient(physio, patientId);
		AssignedProgram current = this.lookup.assigned(physio, patient);
		Stage which = PatientPrograms.stage(stage);
		if (form == null) {
			return unreadable(physio, patient, current, which, result, model);
		}
		int version = form.startedFrom(result);
		List<ExerciseRow.Edit> edits = form.read(result);
		Exercise added = added(physio, form, result);
		if (edits == null || result.hasErrors()) {
			return editPage(physio, patient, which, model);
		}
		Program base = baseVersion(physio, current, version);
		Program mine = form.applyTo(base, which, edits, added);
		if (mine.equals(base)) {
			redirect.addFlashAttribute("flashKey", "program.nothingChanged");
			return "redirect:/patients/" + patient.id() + "/program";
		}
		if (!this.editing.save(physio, patient.id(), current, version, mine)) {
			return conflict(physio, patient, which, form, version, base, mine, model);
		}
		redirect.addFlashAttribute("flashKey", "program.saved");
		return "redirect:/patients/" + patient.id() + "/program#stage-" + which.number();
	}

	// A request may name rows far beyond any stage's length; such an address of a field
	// is a malformed request, not a server error.
	@ExceptionHandler(IndexOutOfBoundsException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	void rowBeyondTheForm() {
	}

	// A text the binder refused (a character no text may hold) leaves no form object: the
	// page shows the stage as saved, with each refused text back in its field and the
	// message next to it.
	private String unreadable(SignedInUser physio, Patient patient, AssignedProgram current, Stage stage,
			BindingResult refused, Model model) {
		StageForm shown = StageForm.of(current.program().stage(stage), current.version());
		BindingResult errors = new BeanPropertyBindingResult(shown, "form");
		refused.getFieldErrors()
			.forEach((error) -> errors.addError(new FieldError("form", error.getField(), error.getRejectedValue(), true,
					error.getCodes(), error.getArguments(), error.getDefaultMessage())));
		model.addAttribute("form", shown);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		return editPage(physio, patient, stage, model);
	}

	private @Nullable Exercise added(SignedInUser physio, StageForm form, BindingResult result) {
		if (form.addCode() == null || form.addCode().isBlank()) {
			return null;
		}
		ExerciseCode code = StageForm.codeOf(form.addCode());
		Exercise added = (code != null) ? this.catalog.exercise(physio.clinicId(), code).orElse(null) : null;
		if (added == null) {
			result.rejectValue("addCode", "program.addCode.unknown");
		}
		return added;
	}

	private String conflict(SignedInUser physio, Patient patient, Stage stage, StageForm form, int version,
			Program base, Program mine, Model model) {
		AssignedProgram latest = this.lookup.assigned(physio, patient);
		List<ProgramVersion> theirs = this.programs.history(physio.clinicId(), latest.id())
			.stream()
			.filter((saved) -> saved.version() > version)
			.toList();
		List<ProgramChange> yours = ProgramChange.between(base, mine);
		// The form to save again starts from their save, not from the version this physio
		// began with, or saving it would quietly undo what the other physio did.
		StageForm retry = StageForm
			.of(StageForm.rebase(base, mine, latest.program(), stage).stage(stage), latest.version())
			.withAddCode(form.addCode());
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

}
