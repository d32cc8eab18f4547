package org.fourstage.web.library;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fourstage.domain.library.ExerciseFilter;
import org.fourstage.domain.library.LibraryExercise;
import org.fourstage.domain.library.LibraryExercises;
import org.fourstage.domain.library.LibraryTemplate;
import org.fourstage.domain.library.LibraryTemplates;
import org.fourstage.domain.library.ProgramTemplate;
import org.fourstage.domain.library.TemplateId;
import org.fourstage.domain.library.TemplateStage;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.program.Stage;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the template pages share: finding a template of the clinic by its address (404 for
 * anything else), and saving an edit with the answer the physio sees next.
 */
@Component
class TemplatePages {

	static final String BASE = "/library/templates/";

	private final LibraryTemplates templates;

	private final LibraryExercises exercises;

	private final TemplateEditing editing;

	TemplatePages(LibraryTemplates templates, LibraryExercises exercises, TemplateEditing editing) {
		this.templates = templates;
		this.exercises = exercises;
		this.editing = editing;
	}

	LibraryTemplate find(SignedInUser physio, UUID templateId) {
		return this.templates.find(physio.clinicId(), new TemplateId(templateId)).orElseThrow(NotFoundException::new);
	}

	// Shared templates cannot be edited at all, so their edit addresses do not exist.
	LibraryTemplate own(SignedInUser physio, UUID templateId) {
		LibraryTemplate template = find(physio, templateId);
		if (template.shared()) {
			throw new NotFoundException();
		}
		return template;
	}

	/**
	 * Exercises by code; the first of a code wins.
	 * @param library the exercises
	 * @return the exercises by code
	 */
	static Map<ExerciseCode, LibraryExercise> byCode(List<LibraryExercise> library) {
		Map<ExerciseCode, LibraryExercise> map = new LinkedHashMap<>();
		library.forEach((exercise) -> map.putIfAbsent(exercise.exercise().code(), exercise));
		return map;
	}

	List<LibraryExercise> library(SignedInUser physio) {
		return this.exercises.search(physio.clinicId(), ExerciseFilter.ALL);
	}

	/**
	 * Saves an edit and answers with the template page, saying whether it was saved.
	 * @param physio who edits
	 * @param template the template as loaded
	 * @param version the version the physio's page showed, null when not sent
	 * @param changed the template after the edit
	 * @param what a short note for the audit log
	 * @param redirect where the message goes
	 * @return the redirect to the template's page
	 */
	String save(SignedInUser physio, LibraryTemplate template, @Nullable Integer version, ProgramTemplate changed,
			String what, RedirectAttributes redirect) {
		if (version == null || !this.editing.save(physio, template, version, changed, what)) {
			return refused(template.id().value(), "library.template.stale", redirect);
		}
		redirect.addFlashAttribute("flashKey", "library.template.saved");
		return "redirect:" + BASE + template.id();
	}

	static String refused(UUID templateId, String key, RedirectAttributes redirect) {
		redirect.addFlashAttribute("errorKey", key);
		return "redirect:" + BASE + templateId;
	}

	static Stage stage(int number) {
		if (number < 1 || number > Stage.values().length) {
			throw new NotFoundException();
		}
		return Stage.ofNumber(number);
	}

	/**
	 * The stage of a template that has an exercise at the given position.
	 * @param template the template
	 * @param stage the stage's number
	 * @param position the exercise's position, from 0
	 * @return the stage
	 */
	static TemplateStage entryStage(LibraryTemplate template, int stage, int position) {
		TemplateStage current = template.template().stage(stage(stage));
		if (position < 0 || position >= current.exercises().size()) {
			throw new NotFoundException();
		}
		return current;
	}

}
