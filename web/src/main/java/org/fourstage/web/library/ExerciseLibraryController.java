package org.fourstage.web.library;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.validation.Valid;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.program.Exercise;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.library.ExerciseFilter;
import org.fourstage.domain.library.ExerciseId;
import org.fourstage.domain.library.LibraryExercise;
import org.fourstage.domain.library.LibraryExercises;
import org.fourstage.domain.program.MuscleGroup;
import org.fourstage.domain.program.ExerciseSide;
import org.fourstage.domain.program.Stage;
import org.fourstage.web.audit.AuditTrail;
import org.fourstage.web.security.SignedInUser;
import org.fourstage.web.support.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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

	private final AuditTrail audit;

	ExerciseLibraryController(LibraryExercises exercises, AuditTrail audit) {
		this.exercises = exercises;
		this.audit = audit;
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
		Stage chosenStage = parse(Stage.class, stage);
		MuscleGroup chosenTarget = parse(MuscleGroup.class, target);
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
	@Transactional
	String create(@AuthenticationPrincipal SignedInUser physio,
			@Valid @ModelAttribute("form") @Nullable ExerciseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		// The form is null when a value could not even be read, e.g. letters for a
		// number.
		if (form == null) {
			return form(model);
		}
		lineCounts(form, result);
		var dosage = form.dosage(result);
		if (result.hasErrors() || dosage == null) {
			return form(model);
		}
		Exercise exercise = new Exercise(ownCode(form.name()), form.name().strip(), form.stage(), form.target(),
				form.stepLines(), form.cautionLines(), dosage);
		LibraryExercise added = this.exercises.addOwn(physio.clinicId(), physio.accountId(), exercise);
		this.audit.success(physio, AuditAction.EXERCISE_CREATED, AuditTarget.EXERCISE, added.id());
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

	private static void lineCounts(ExerciseForm form, BindingResult result) {
		check(result, "steps", form.stepLines(), 2, ExerciseForm.MAX_STEPS);
		check(result, "cautions", form.cautionLines(), 1, ExerciseForm.MAX_CAUTIONS);
	}

	private static void check(BindingResult result, String field, List<String> lines, int min, int max) {
		if (result.hasFieldErrors(field)) {
			return;
		}
		if (lines.size() < min || lines.size() > max) {
			result.rejectValue(field, "library.exercise.lines", new Object[] { min, max }, "Wrong number of lines");
		}
		else if (lines.stream().anyMatch((line) -> line.length() > ExerciseForm.MAX_LINE)) {
			result.rejectValue(field, "library.exercise.lineTooLong", new Object[] { ExerciseForm.MAX_LINE },
					"Line too long");
		}
	}

	// Own codes carry a prefix the seeds never use and a random tail, so a clinic's
	// exercise never collides with a shared one or with another of the clinic's own.
	static ExerciseCode ownCode(String name) {
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 40) {
			slug = slug.substring(0, 40).replaceAll("-+$", "");
		}
		String tail = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
		return ExerciseCode.of(SharedLibraryLoader.OWN_PREFIX + (slug.isEmpty() ? "exercise" : slug) + "-" + tail);
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
