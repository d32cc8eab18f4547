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

	private final LibraryTemplates templates;

	private final TemplatePages pages;

	private final TemplateEditing editing;

	private final MessageSource messages;

	TemplateController(LibraryTemplates templates, TemplatePages pages, TemplateEditing editing,
			MessageSource messages) {
		this.templates = templates;
		this.pages = pages;
		this.editing = editing;
		this.messages = messages;
	}

	@InitBinder("form")
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
		LibraryTemplate template = this.pages.find(physio, templateId);
		List<LibraryExercise> library = this.pages.library(physio);
		model.addAttribute("view", TemplateView.of(template, TemplatePages.byCode(library)));
		model.addAttribute("library", library);
		return "library/template";
	}

	@PostMapping("/library/templates/{templateId}/copy")
	String copy(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID templateId,
			RedirectAttributes redirect) {
		LibraryTemplate source = this.pages.find(physio, templateId);
		String sourceName = source.template().name();
		String name = this.messages.getMessage("library.template.copyName",
				new Object[] { (sourceName.length() > 100) ? sourceName.substring(0, 100) : sourceName },
				LocaleContextHolder.getLocale());
		LibraryTemplate copy = this.editing.copy(physio, source, name);
		redirect.addFlashAttribute("flashKey", "library.template.copied");
		return "redirect:" + TemplatePages.BASE + copy.id();
	}

	@GetMapping("/library/templates/{templateId}/edit")
	String edit(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID templateId, Model model) {
		LibraryTemplate template = this.pages.own(physio, templateId);
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
		LibraryTemplate template = this.pages.own(physio, templateId);
		if (form == null || result.hasErrors()) {
			model.addAttribute("template", template);
			return "library/template-edit";
		}
		ProgramTemplate changed = template.template()
			.renamed(template.template().code(), form.name().strip(), form.description().strip());
		for (Stage stage : Stage.values()) {
			changed = changed.withStage(changed.stage(stage).withGoal(form.goal(stage).strip()));
		}
		return this.pages.save(physio, template, form.version(), changed, "name and goals", redirect);
	}

}
