package org.fourstage.domain.library;

import org.fourstage.domain.program.Exercise;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.program.PrescribedExercise;
import org.fourstage.domain.program.Program;
import org.fourstage.domain.program.Stage;
import org.fourstage.domain.program.StagePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A ready-made four-stage program a physiotherapist assigns and then customises.
 *
 * @param code stable code, e.g. {@code standard}
 * @param name the name shown when choosing a template
 * @param description who the template suits, in a sentence or two
 * @param stages the four stages, in stage order
 */
public record ProgramTemplate(String code, String name, String description, List<TemplateStage> stages) {

	private static final Pattern CODE_FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public ProgramTemplate {
		if (!CODE_FORM.matcher(code).matches()) {
			throw new IllegalArgumentException(
					"A template code has lower-case letters, digits and hyphens, not '" + code + "'");
		}
		if (name.isBlank() || description.isBlank()) {
			throw new IllegalArgumentException("Template " + code + " needs a name and a description");
		}
		stages = List.copyOf(stages);
		if (stages.size() != Stage.values().length) {
			throw new IllegalArgumentException("Template " + code + " needs all four stages");
		}
		for (Stage stage : Stage.values()) {
			if (stages.get(stage.ordinal()).stage() != stage) {
				throw new IllegalArgumentException("Template " + code + " lists its stages out of order");
			}
		}
	}

	/**
	 * The template's plan for one stage.
	 * @param stage the stage
	 * @return its plan
	 */
	public TemplateStage stage(Stage stage) {
		return this.stages.get(stage.ordinal());
	}

	/**
	 * Every exercise code the template refers to, stage by stage.
	 * @return the codes, in order of appearance, possibly with repeats across stages
	 */
	public List<ExerciseCode> exerciseCodes() {
		return this.stages.stream().flatMap((stage) -> stage.exercises().stream()).map(TemplateEntry::code).toList();
	}

	/**
	 * A new program for a patient, starting from this template.
	 * @param library the exercise library, by code
	 * @return the program, with the template's goals, dosages and advice
	 * @throws IllegalArgumentException when the template refers to an exercise the
	 * library does not hold
	 */
	public Program toProgram(Map<ExerciseCode, Exercise> library) {
		List<StagePlan> plans = this.stages.stream().map((stage) -> {
			List<PrescribedExercise> exercises = stage.exercises().stream().map((entry) -> {
				Exercise exercise = library.get(entry.code());
				if (exercise == null) {
					throw new IllegalArgumentException("Template " + this.code + " refers to exercise " + entry.code()
							+ ", which the library lacks");
				}
				return new PrescribedExercise(exercise, entry.dosageFor(exercise), "");
			}).toList();
			return new StagePlan(stage.stage(), stage.goal(), exercises, stage.advice());
		}).toList();
		return new Program(this.code, plans, "");
	}

	/**
	 * The template under another code, name and description, e.g. a clinic's copy.
	 * @param newCode the code
	 * @param newName the name
	 * @param newDescription the description
	 * @return the changed template
	 */
	public ProgramTemplate renamed(String newCode, String newName, String newDescription) {
		return new ProgramTemplate(newCode, newName, newDescription, this.stages);
	}

	/**
	 * The template with one stage replaced.
	 * @param changed the new plan for its stage
	 * @return the changed template
	 */
	public ProgramTemplate withStage(TemplateStage changed) {
		List<TemplateStage> list = new ArrayList<>(this.stages);
		list.set(changed.stage().ordinal(), changed);
		return new ProgramTemplate(this.code, this.name, this.description, list);
	}

}
