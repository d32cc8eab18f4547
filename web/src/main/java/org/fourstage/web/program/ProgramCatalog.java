package org.fourstage.web.program;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.program.Exercise;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.program.ProgramTemplate;
import org.fourstage.seeds.exercise.ExerciseLibrary;
import org.fourstage.seeds.template.ProgramTemplates;

import org.springframework.stereotype.Component;

/**
 * The exercises and templates a clinic's physios can prescribe from.
 */
@Component
class ProgramCatalog {

	private final ExerciseLibrary library = ExerciseLibrary.load();

	private final List<ProgramTemplate> templates = ProgramTemplates.load();

	List<ProgramTemplate> templates(ClinicId clinicId) {
		return this.templates;
	}

	Optional<ProgramTemplate> template(ClinicId clinicId, String code) {
		return this.templates.stream().filter((template) -> template.code().equals(code)).findFirst();
	}

	List<Exercise> exercises(ClinicId clinicId) {
		return this.library.all()
			.stream()
			.sorted(Comparator.comparing(Exercise::stage).thenComparing(Exercise::name))
			.toList();
	}

	Optional<Exercise> exercise(ClinicId clinicId, ExerciseCode code) {
		return this.library.find(code);
	}

	java.util.Map<ExerciseCode, Exercise> byCode(ClinicId clinicId) {
		return this.library.byCode();
	}

}
