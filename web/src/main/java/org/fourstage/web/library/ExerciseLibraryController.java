package org.fourstage.web.library;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.fourstage.domain.library.ExerciseFilter;
import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.library.ExerciseId;
import org.fourstage.domain.library.LibraryExercise;
import org.fourstage.domain.library.LibraryExercises;
import org.fourstage.domain.program.MuscleGroup;
import org.fourstage.domain.program.ExerciseSide;
import org.fourstage.domain.program.Stage;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.FormValues;
import org.fourstage.web.support.NotFoundException;
import org.jspecify.annotations.Nullable;

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
 * The exercise library for physios: shared exercises and the clinic's own, a page per
 * exercise, and a form to add the clinic's own. Another clinic's exercise answers 404.
 */
@Controller
class ExerciseLibraryController {

	private final LibraryExercises exercises;

	private final ExerciseAdding adding;

	ExerciseLibraryController(LibraryExercises exercises, ExerciseAdding adding) {
		this.exercises = exercises;
		this.adding = adding;
	}

	@InitBinder("form")
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "clinicId", "code");
	}

	@GetMapping("/library/exercises")
	String list(@AuthenticationPrincipal SignedInUser physio, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) @Nullable String stage,
			@RequestParam(required = false) @Nullable String target, Model model) {
		String query = (q.length() > 100) ? q.substring(0, 100) : q;
		Stage chosenStage = FormValues.oneOf(Stage.class, stage);
		MuscleGroup chosenTarget = FormValues.oneOf(MuscleGroup.class, target);
		List<LibraryExercise> found = this.exercises.search(physio.clinicId(),
				new ExerciseFilter(query, chosenStage, chosenTarget));
		model.addAttribute("exercises", found);
		model.addAttribute("q", query);
		model.addAttribute("stage", chosenStage);
		model.addAttribute("target", chosenTarget);
		model.addAttribute("stages", Stage.values());
		model.addAttribute("targets", MuscleGroup.values());
		return "library/exercises";
	}

	@GetMapping("/library/exercises/new")
	String newExercise(Model model) {
		model.addAttribute("form", ExerciseForm.empty());
		return form(model);
	}

	@PostMapping("/library/exercises")
	String create(@AuthenticationPrincipal SignedInUser physio,
			@Valid @ModelAttribute("form") @Nullable ExerciseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		// The form is null when a value could not even be read, e.g. an unknown stage.
		if (form == null) {
			return form(model);
		}
		form.checkLines(result);
		Dosage dosage = form.dosage(result);
		if (result.hasErrors() || dosage == null) {
			return form(model);
		}
		LibraryExercise added = this.adding.add(physio, form, dosage);
		redirect.addFlashAttribute("flashKey", "library.exercise.created");
		return "redirect:/library/exercises/" + added.id();
	}

	@GetMapping("/library/exercises/{exerciseId}")
	String show(@AuthenticationPrincipal SignedInUser physio, @PathVariable UUID exerciseId, Model model) {
		LibraryExercise exercise = this.exercises.find(physio.clinicId(), new ExerciseId(exerciseId))
			.orElseThrow(NotFoundException::new);
		model.addAttribute("item", exercise);
		return "library/exercise";
	}

	private String form(Model model) {
		model.addAttribute("stages", Stage.values());
		model.addAttribute("targets", MuscleGroup.values());
		model.addAttribute("sides", ExerciseSide.values());
		return "library/exercise-new";
	}

}
