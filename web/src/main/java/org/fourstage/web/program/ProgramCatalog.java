package org.fourstage.web.program;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.program.Exercise;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.library.LibraryExercises;
import org.fourstage.domain.library.LibraryTemplate;
import org.fourstage.domain.library.LibraryTemplates;
import org.fourstage.domain.library.TemplateId;

import org.springframework.stereotype.Component;

/**
 * The exercises and templates a clinic's physios prescribe from: the shared library and
 * the clinic's own additions and template copies.
 */
@Component
class ProgramCatalog {

	private final LibraryExercises exercises;

	private final LibraryTemplates templates;

	ProgramCatalog(LibraryExercises exercises, LibraryTemplates templates) {
		this.exercises = exercises;
		this.templates = templates;
	}

	List<LibraryTemplate> templates(ClinicId clinicId) {
		return this.templates.list(clinicId);
	}

	Optional<LibraryTemplate> template(ClinicId clinicId, TemplateId id) {
		return this.templates.find(clinicId, id);
	}

	List<Exercise> exercises(ClinicId clinicId) {
		return byCode(clinicId).values()
			.stream()
			.sorted(Comparator.comparing(Exercise::stage).thenComparing(Exercise::name))
			.toList();
	}

	Optional<Exercise> exercise(ClinicId clinicId, ExerciseCode code) {
		return Optional.ofNullable(byCode(clinicId).get(code));
	}

	Map<ExerciseCode, Exercise> byCode(ClinicId clinicId) {
		return this.exercises.byCode(clinicId);
	}

}
