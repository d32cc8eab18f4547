package org.fourstage.web.library;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.validation.Valid;
import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.library.ExerciseFilter;
import org.fourstage.domain.library.ExerciseId;
import org.fourstage.domain.library.LibraryExercise;
import org.fourstage.domain.library.LibraryExercises;
import org.fourstage.domain.library.LibraryTemplate;
import org.fourstage.domain.library.LibraryTemplates;
import org.fourstage.domain.library.ProgramTemplate;
import org.fourstage.domain.program.ExerciseSide;
import org.fourstage.domain.program.Stage;
import org.fourstage.domain.library.TemplateEntry;
import org.fourstage.domain.library.TemplateId;
import org.fourstage.domain.library.TemplateStage;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Program templates for physios. Shared templates are read-only and can be copied into
 * the clinic; the clinic's copies can be renamed, their goals rewritten and their
 * exercises added, removed, reordered and dosed differently. Every edit carries the
 * version the physio saw, so an edit over someone else's newer change is refused.
 */
@Controller
class TemplateController {

	private static final String BASE = "/library/templates/";

	private final LibraryTemplates templates;

	private final LibraryExercises exercises;

	private final TemplateEditing editing;

	private final MessageSource messages;

	TemplateController(LibraryTemplates templates, LibraryExercises exercises, TemplateEditing editing,
			MessageSource messages) {
		this.templates = templates;
		this.exercises = exercises;
		this.editing = editing;
		this.messages = messages;
	}

	@InitBinder({ "form", "dosageForm" })
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "clinicId", "code");
	}

	@GetMapping("/library/templates")
	String list(@AuthenticationPrincipal SignedInUser physio, Model model) {
		List<LibraryTemplate> all = this.templates.list(physio.clinicId());
		model.addAttribute("shared", all.stream().filter(LibraryTemplate::shared).toList());
		model.addAttribute("own", all.stream().filter((template) -> !template.shared()).toList());
		return "library/templates";
	}

	@GetMapping("/library/templates/{templateId}")
	String show(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID templateId, Model model) {
		LibraryTemplate template = find(physio, templateId);
		List<LibraryExercise> library = this.exercises.search(physio.clinicId(), ExerciseFilter.ALL);
		model.addAttribute("view", TemplateView.of(template, byCode(library)));
		model.addAttribute("library", library);
		return "library/template";
	}

	@PostMapping("/library/templates/{templateId}/copy")
	String copy(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID templateId,
			RedirectAttributes redirect) {
		LibraryTemplate source = find(physio, templateId);
		String sourceName = source.template().name();
		String name = this.messages.getMessage("library.template.copyName",
				new Object[] { (sourceName.length() > 100) ? sourceName.substring(0, 100) : sourceName },
				LocaleContextHolder.getLocale());
		LibraryTemplate copy = this.editing.copy(physio, source, name);
		redirect.addFlashAttribute("flashKey", "library.template.copied");
		return "redirect:" + BASE + copy.id();
	}

	@GetMapping("/library/templates/{templateId}/edit")
	String edit(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID templateId, Model model) {
		LibraryTemplate template = own(physio, templateId);
		model.addAttribute("template", template);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", TemplateForm.of(template.template(), template.version()));
		}
		return "library/template-edit";
	}

	@PostMapping("/library/templates/{templateId}")
	String update(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID templateId,
			@Valid @ModelAttribute("form") @Nullable TemplateForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		LibraryTemplate template = own(physio, templateId);
		if (form == null || result.hasErrors()) {
			model.addAttribute("template", template);
			return "library/template-edit";
		}
		ProgramTemplate changed = template.template()
			.renamed(template.template().code(), form.name().strip(), form.description().strip());
		for (Stage stage : Stage.values()) {
			changed = changed.withStage(changed.stage(stage).withGoal(form.goal(stage).strip()));
		}
		return saved(physio, template, form.version(), changed, "name and goals", redirect);
	}

	@PostMapping("/library/templates/{templateId}/stages/{stage}/exercises")
	String add(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID templateId, @PathVariable int stage,
			@RequestParam(required = false) @Nullable UUID exerciseId,
			@RequestParam(required = false) @Nullable Integer version, RedirectAttributes redirect) {
		LibraryTemplate template = own(physio, templateId);
		Stage which = stage(stage);
		LibraryExercise exercise = (exerciseId != null)
				? this.exercises.find(physio.clinicId(), new ExerciseId(exerciseId)).orElse(null) : null;
		if (exercise == null) {
			return refused(templateId, "library.template.chooseExercise", redirect);
		}
		TemplateStage current = template.template().stage(which);
		if (current.lists(exercise.exercise().code())) {
			return refused(templateId, "library.template.alreadyListed", redirect);
		}
		return edited(physio, template, version, "stage " + stage + ": added " + exercise.exercise().code(),
				(t) -> t.withStage(current.adding(new TemplateEntry(exercise.exercise().code(), null))), redirect);
	}

	@PostMapping("/library/templates/{templateId}/stages/{stage}/exercises/{position}/remove")
	String remove(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID templateId, @PathVariable int stage,
			@PathVariable int position, @RequestParam(required = false) @Nullable Integer version,
			RedirectAttributes redirect) {
		LibraryTemplate template = own(physio, templateId);
		TemplateStage current = entryStage(template, stage, position);
		if (current.exercises().size() == 1) {
			return refused(templateId, "library.template.lastExercise", redirect);
		}
		return edited(physio, template, version,
				"stage " + stage + ": removed " + current.exercises().get(position).code(),
				(t) -> t.withStage(current.removing(position)), redirect);
	}

	@PostMapping("/library/templates/{templateId}/stages/{stage}/exercises/{position}/move")
	String move(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID templateId, @PathVariable int stage,
			@PathVariable int position, @RequestParam(defaultValue = "up") String direction,
			@RequestParam(required = false) @Nullable Integer version, RedirectAttributes redirect) {
		LibraryTemplate template = own(physio, templateId);
		TemplateStage current = entryStage(template, stage, position);
		boolean up = !"down".equals(direction);
		return edited(physio, template, version,
				"stage " + stage + ": moved " + current.exercises().get(position).code() + (up ? " up" : " down"),
				(t) -> t.withStage(current.moving(position, up)), redirect);
	}

	@GetMapping("/library/templates/{templateId}/stages/{stage}/exercises/{position}/dosage")
	String dosage(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID templateId, @PathVariable int stage,
			@PathVariable int position, Model model) {
		LibraryTemplate template = own(physio, templateId);
		TemplateStage current = entryStage(template, stage, position);
		TemplateEntry entry = current.exercises().get(position);
		LibraryExercise exercise = byCode(this.exercises.search(physio.clinicId(), ExerciseFilter.ALL))
			.get(entry.code());
		if (exercise == null) {
			throw new NotFoundException();
		}
		if (!model.containsAttribute("dosageForm")) {
			model.addAttribute("dosageForm", DosageForm.of(entry.dosageFor(exercise.exercise()), template.version()));
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
			BindingResult result, @RequestParam(defaultValue = "false") boolean useDefault, Model model,
			RedirectAttributes redirect) {
		LibraryTemplate template = own(physio, templateId);
		TemplateStage current = entryStage(template, stage, position);
		ExerciseCode code = current.exercises().get(position).code();
		if (useDefault) {
			return edited(physio, template, form.version(), "stage " + stage + ": default dosage for " + code,
					(t) -> t.withStage(current.withDosage(position, null)), redirect);
		}
		Dosage dosage = form.dosage(result);
		if (dosage == null) {
			return dosage(physio, templateId, stage, position, model);
		}
		return edited(physio, template, form.version(), "stage " + stage + ": dosage for " + code,
				(t) -> t.withStage(current.withDosage(position, dosage)), redirect);
	}

	private String edited(SignedInUser physio, LibraryTemplate template, @Nullable Integer version, String what,
			UnaryOperator<ProgramTemplate> edit, RedirectAttributes redirect) {
		return saved(physio, template, version, edit.apply(template.template()), what, redirect);
	}

	private String saved(SignedInUser physio, LibraryTemplate template, @Nullable Integer version,
			ProgramTemplate changed, String what, RedirectAttributes redirect) {
		if (version == null || !this.editing.save(physio, template, version, changed, what)) {
			return refused(template.id().value(), "library.template.stale", redirect);
		}
		redirect.addFlashAttribute("flashKey", "library.template.saved");
		return "redirect:" + BASE + template.id();
	}

	private static String refused(UUID templateId, String key, RedirectAttributes redirect) {
		redirect.addFlashAttribute("errorKey", key);
		return "redirect:" + BASE + templateId;
	}

	private LibraryTemplate find(SignedInUser physio, UUID templateId) {
		return this.templates.find(physio.clinicId(), new TemplateId(templateId)).orElseThrow(NotFoundException::new);
	}

	// Shared templates cannot be edited at all, so their edit addresses do not exist.
	private LibraryTemplate own(SignedInUser physio, UUID templateId) {
		LibraryTemplate template = find(physio, templateId);
		if (template.shared()) {
			throw new NotFoundException();
		}
		return template;
	}

	private static Stage stage(int number) {
		if (number < 1 || number > Stage.values().length) {
			throw new NotFoundException();
		}
		return Stage.ofNumber(number);
	}

	private static TemplateStage entryStage(LibraryTemplate template, int stage, int position) {
		TemplateStage current = template.template().stage(stage(stage));
		if (position < 0 || position >= current.exercises().size()) {
			throw new NotFoundException();
		}
		return current;
	}

	private static Map<ExerciseCode, LibraryExercise> byCode(List<LibraryExercise> library) {
		Map<ExerciseCode, LibraryExercise> map = new LinkedHashMap<>();
		library.forEach((exercise) -> map.putIfAbsent(exercise.exercise().code(), exercise));
		return map;
	}

}
