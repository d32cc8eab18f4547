package org.fourstage.web.library;

import java.util.UUID;
import java.util.function.UnaryOperator;

import org.fourstage.domain.library.ExerciseId;
import org.fourstage.domain.library.LibraryExercise;
import org.fourstage.domain.library.LibraryExercises;
import org.fourstage.domain.library.LibraryTemplate;
import org.fourstage.domain.library.ProgramTemplate;
import org.fourstage.domain.library.TemplateEntry;
import org.fourstage.domain.library.TemplateStage;
import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.program.ExerciseSide;
import org.fourstage.domain.program.Stage;
import org.fourstage.web.program.DosageForm;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The exercises of a clinic's own template, stage by stage: adding one from the library,
 * removing, reordering and dosing it differently from the library's default. Every edit
 * carries the version the physio saw, so an edit over someone else's newer change is
 * refused.
 */
@Controller
class TemplateExerciseController {

	private final LibraryExercises exercises;

	private final TemplatePages pages;

	TemplateExerciseController(LibraryExercises exercises, TemplatePages pages) {
		this.exercises = exercises;
		this.pages = pages;
	}

	@PostMapping("/library/templates/{templateId}/stages/{stage}/exercises")
	String add(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID templateId, @PathVariable int stage,
			@RequestParam(required = false) @Nullable UUID exerciseId,
			@RequestParam(required = false) @Nullable Integer version, RedirectAttributes redirect) {
		LibraryTemplate template = this.pages.own(physio, templateId);
		Stage which = TemplatePages.stage(stage);
		LibraryExercise exercise = (exerciseId != null)
				? this.exercises.find(physio.clinicId(), new ExerciseId(exerciseId)).orElse(null) : null;
		if (exercise == null) {
			return TemplatePages.refused(templateId, "library.template.chooseExercise", redirect);
		}
		TemplateStage current = template.template().stage(which);
		if (current.lists(exercise.exercise().code())) {
			return TemplatePages.refused(templateId, "library.template.alreadyListed", redirect);
		}
		return edited(physio, template, version, "stage " + stage + ": added " + exercise.exercise().code(),
				(t) -> t.withStage(current.adding(new TemplateEntry(exercise.exercise().code(), null))), redirect);
	}

	@PostMapping("/library/templates/{templateId}/stages/{stage}/exercises/{position}/remove")
	String remove(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID templateId, @PathVariable int stage,
			@PathVariable int position, @RequestParam(required = false) @Nullable Integer version,
			RedirectAttributes redirect) {
		LibraryTemplate template = this.pages.own(physio, templateId);
		TemplateStage current = TemplatePages.entryStage(template, stage, position);
		if (current.exercises().size() == 1) {
			return TemplatePages.refused(templateId, "library.template.lastExercise", redirect);
		}
		return edited(physio, template, version,
				"stage " + stage + ": removed " + current.exercises().get(position).code(),
				(t) -> t.withStage(current.removing(position)), redirect);
	}

	@PostMapping("/library/templates/{templateId}/stages/{stage}/exercises/{position}/move")
	String move(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID templateId, @PathVariable int stage,
			@PathVariable int position, @RequestParam(defaultValue = "up") String direction,
			@RequestParam(required = false) @Nullable Integer version, RedirectAttributes redirect) {
		LibraryTemplate template = this.pages.own(physio, templateId);
		TemplateStage current = TemplatePages.entryStage(template, stage, position);
		boolean up = !"down".equals(direction);
		return edited(physio, template, version,
				"stage " + stage + ": moved " + current.exercises().get(position).code() + (up ? " up" : " down"),
				(t) -> t.withStage(current.moving(position, up)), redirect);
	}

	@GetMapping("/library/templates/{templateId}/stages/{stage}/exercises/{position}/dosage")
	String dosage(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID templateId, @PathVariable int stage,
			@PathVariable int position, Model model) {
		LibraryTemplate template = this.pages.own(physio, templateId);
		TemplateStage current = TemplatePages.entryStage(template, stage, position);
		TemplateEntry entry = current.exercises().get(position);
		LibraryExercise exercise = TemplatePages.byCode(this.pages.library(physio)).get(entry.code());
		if (exercise == null) {
			throw new NotFoundException();
		}
		if (!model.containsAttribute("dosageForm")) {
			model.addAttribute("dosageForm", DosageForm.of(entry.dosageFor(exercise.exercise())));
			model.addAttribute("version", template.version());
		}
		model.addAttribute("template", template);
		model.addAttribute("stage", current.stage());
		model.addAttribute("position", position);
		model.addAttribute("exercise", exercise);
		model.addAttribute("sides", ExerciseSide.values());
		return "library/template-dosage";
	}

	@PostMapping("/library/templates/{templateId}/stages/{stage}/exercises/{position}/dosage")
	String saveDosage(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID templateId,
			@PathVariable int stage, @PathVariable int position, @ModelAttribute("dosageForm") DosageForm form,
			BindingResult result, @RequestParam(required = false) @Nullable Integer version,
			@RequestParam(defaultValue = "false") boolean useDefault, Model model, RedirectAttributes redirect) {
		LibraryTemplate template = this.pages.own(physio, templateId);
		TemplateStage current = TemplatePages.entryStage(template, stage, position);
		ExerciseCode code = current.exercises().get(position).code();
		if (useDefault) {
			return edited(physio, template, version, "stage " + stage + ": default dosage for " + code,
					(t) -> t.withStage(current.withDosage(position, null)), redirect);
		}
		Dosage dosage = form.read(result, "", true);
		if (dosage == null) {
			model.addAttribute("version", version);
			return dosage(physio, templateId, stage, position, model);
		}
		return edited(physio, template, version, "stage " + stage + ": dosage for " + code,
				(t) -> t.withStage(current.withDosage(position, dosage)), redirect);
	}

	private String edited(SignedInUser physio, LibraryTemplate template, @Nullable Integer version, String what,
			UnaryOperator<ProgramTemplate> edit, RedirectAttributes redirect) {
		return this.pages.save(physio, template, version, edit.apply(template.template()), what, redirect);
	}

}
