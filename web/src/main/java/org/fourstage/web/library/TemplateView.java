package org.fourstage.web.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.library.LibraryExercise;
import org.fourstage.domain.library.LibraryTemplate;
import org.fourstage.domain.program.Stage;
import org.fourstage.domain.library.TemplateEntry;
import org.fourstage.domain.library.TemplateStage;
import org.jspecify.annotations.Nullable;

/**
 * A template as its page shows it: each stage's goal, advice and exercises with names and
 * dosages (the page words them).
 *
 * @param template the stored template
 * @param stages the stages in order
 */
public record TemplateView(LibraryTemplate template, List<StageView> stages) {

	static TemplateView of(LibraryTemplate template, Map<ExerciseCode, LibraryExercise> library) {
		List<StageView> stages = new ArrayList<>();
		for (TemplateStage stage : template.template().stages()) {
			List<EntryView> entries = new ArrayList<>();
			int position = 0;
			for (TemplateEntry entry : stage.exercises()) {
				LibraryExercise exercise = library.get(entry.code());
				Dosage dosage = (entry.dosageOverride() != null) ? entry.dosageOverride()
						: (exercise != null) ? exercise.exercise().defaultDosage() : null;
				entries.add(new EntryView(position, (exercise != null) ? exercise.id().toString() : null,
						(exercise != null) ? exercise.exercise().name() : entry.code().value(), dosage,
						entry.dosageOverride() != null, position == 0, position == stage.exercises().size() - 1));
				position++;
			}
			stages.add(new StageView(stage.stage(), stage.goal(), stage.advice(), entries));
		}
		return new TemplateView(template, stages);
	}

	/**
	 * One stage.
	 *
	 * @param stage the stage
	 * @param goal its goal
	 * @param advice its advice
	 * @param entries its exercises in order
	 */
	public record StageView(Stage stage, String goal, List<String> advice, List<EntryView> entries) {

		public int number() {
			return this.stage.number();
		}

	}

	/**
	 * One exercise of a stage.
	 *
	 * @param position 0 for the first
	 * @param exerciseId the library row, for a link
	 * @param name its name
	 * @param dosage the dosage, or null when the exercise is no longer in the library
	 * @param adjusted whether the template changes the library's default dosage
	 * @param first whether it is first in the stage
	 * @param last whether it is last in the stage
	 */
	public record EntryView(int position, @Nullable String exerciseId, String name, @Nullable Dosage dosage,
			boolean adjusted, boolean first, boolean last) {

	}

}
