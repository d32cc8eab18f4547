package org.fourstage.persistence.library;

import java.util.ArrayList;
import java.util.List;

import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.Exercise;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.program.MuscleGroup;
import org.fourstage.domain.library.ProgramTemplate;
import org.fourstage.domain.program.ExerciseSide;
import org.fourstage.domain.program.Stage;
import org.fourstage.domain.library.TemplateEntry;
import org.fourstage.domain.library.TemplateStage;

/**
 * Small exercises and templates for storage tests: one default each, with overrides.
 */
final class LibraryTestData {

	private LibraryTestData() {
	}

	static Exercise exercise(String code, String name, Stage stage) {
		return new Exercise(ExerciseCode.of(code), name, stage, MuscleGroup.GLUTES,
				List.of("Lie on your back with knees bent.", "Lift the hips and lower them slowly."),
				List.of("Stop if pain shoots down a leg."),
				Dosage.builder().sets(2).reps(10).holdSeconds(5).side(ExerciseSide.BOTH).build());
	}

	/**
	 * A template whose every stage lists the given exercises.
	 */
	static ProgramTemplate template(String code, String name, String... exerciseCodes) {
		List<TemplateStage> stages = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			List<TemplateEntry> entries = new ArrayList<>();
			for (String exercise : exerciseCodes) {
				entries.add(new TemplateEntry(ExerciseCode.of(exercise), null));
			}
			stages.add(new TemplateStage(stage, "Goal of stage " + stage.number(), entries,
					List.of("Advice for stage " + stage.number())));
		}
		return new ProgramTemplate(code, name, "Who it suits.", stages);
	}

}
