package org.fourstage.web.program;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.fourstage.domain.program.Exercise;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.program.PrescribedExercise;
import org.fourstage.domain.program.Program;
import org.fourstage.domain.program.Stage;
import org.fourstage.domain.program.StagePlan;
import org.fourstage.domain.validation.FreeText;
import org.fourstage.web.support.FormValues;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * One stage of a program as the physio edits it: the goal, each exercise's place, dosage
 * and note, exercises to drop and one to add. Saving it makes a new program version.
 * {@link #read} checks every rule of the form once and gives the edit to apply.
 *
 * @param version the program version the physio started from, as sent
 * @param goal the stage's goal
 * @param rows the stage's exercises
 * @param addCode the code of an exercise to add, if any
 */
public record StageForm(@Nullable String version, String goal, List<ExerciseRow> rows, @Nullable String addCode) {

	public static final int MAX_GOAL_LENGTH = 500;

	public StageForm {
		goal = (goal != null) ? goal : "";
		// A request may skip row numbers; the rows it skipped are not there to change.
		rows = (rows != null) ? rows.stream().filter(Objects::nonNull).toList() : List.of();
	}

	static StageForm of(StagePlan plan, int version) {
		List<ExerciseRow> rows = new ArrayList<>();
		for (int i = 0; i < plan.exercises().size(); i++) {
			rows.add(ExerciseRow.of(plan.exercises().get(i), i + 1));
		}
		return new StageForm(Integer.toString(version), plan.goal(), rows, null);
	}

	StageForm withAddCode(@Nullable String code) {
		return new StageForm(this.version, this.goal, this.rows, code);
	}

	/**
	 * The version the physio started from; text that is no number is refused.
	 * @param errors where a refusal goes
	 * @return the version, 0 when not sent or refused
	 */
	int startedFrom(Errors errors) {
		Integer number = FormValues.into(errors).number("version", this.version);
		return (number != null) ? number : 0;
	}

	/**
	 * Checks the goal and every row not being dropped, each rule once, refusing what is
	 * wrong next to its input.
	 * @param errors where refusals go
	 * @return the edit, or null when anything was refused
	 */
	@Nullable List<ExerciseRow.Edit> read(Errors errors) {
		if (this.goal.isBlank()) {
			errors.rejectValue("goal", "validation.required");
		}
		else if (!FreeText.isAcceptable(this.goal, MAX_GOAL_LENGTH)) {
			errors.rejectValue("goal", "program.goal.invalid");
		}
		List<ExerciseRow.Edit> edits = new ArrayList<>();
		for (int i = 0; i < this.rows.size(); i++) {
			ExerciseRow.Edit edit = this.rows.get(i).read(errors, "rows[" + i + "].");
			if (edit != null) {
				edits.add(edit);
			}
		}
		return errors.hasErrors() ? null : edits;
	}

	/**
	 * The program with this stage as the form describes it. Rows are put in the order of
	 * their position numbers; equal numbers keep their previous order.
	 * @param base the program the form was made from
	 * @param stage the stage edited
	 * @param edits the rows as {@link #read} gave them
	 * @param added the exercise to add at the end, if any
	 * @return the changed program
	 */
	Program applyTo(Program base, Stage stage, List<ExerciseRow.Edit> edits, @Nullable Exercise added) {
		StagePlan before = base.stage(stage);
		Program program = base.withStageGoal(stage, this.goal.strip());
		List<ExerciseRow.Edit> kept = new ArrayList<>();
		for (ExerciseRow.Edit row : edits) {
			if (before.find(row.code()).isEmpty()) {
				// Only exercises already in the stage can be changed here.
				continue;
			}
			if (row.remove()) {
				program = program.withExerciseRemoved(stage, row.code());
			}
			else {
				program = program.withDosage(stage, row.code(), row.dosage())
					.withExerciseNote(stage, row.code(), row.note());
				kept.add(row);
			}
		}
		List<ExerciseRow.Edit> ordered = new ArrayList<>(kept);
		ordered.sort(Comparator
			.comparingInt((ExerciseRow.Edit row) -> (row.position() != null) ? row.position() : Integer.MAX_VALUE));
		for (int i = 0; i < ordered.size(); i++) {
			program = program.withExerciseMoved(stage, ordered.get(i).code(), i);
		}
		if (added != null && program.stage(stage).find(added.code()).isEmpty()) {
			program = program.withExerciseAdded(stage, PrescribedExercise.withDefaults(added));
		}
		return program;
	}

	/**
	 * The physio's edit of one stage made again on top of a version someone else saved
	 * meanwhile, for the form shown with a conflict. Only what this physio changed from
	 * the version they started from replaces the later version; everything they left
	 * alone keeps the later value, so saving the form again does not undo the other save.
	 * An exercise they added is left out: the form offers it again to add.
	 * @param base the version the physio started from
	 * @param mine the physio's edit of it
	 * @param latest the version saved since
	 * @param stage the stage edited
	 * @return the later version with this physio's changes to the stage
	 */
	static Program rebase(Program base, Program mine, Program latest, Stage stage) {
		StagePlan before = base.stage(stage);
		StagePlan wanted = mine.stage(stage);
		Program program = latest;
		if (!before.goal().equals(wanted.goal())) {
			program = program.withStageGoal(stage, wanted.goal());
		}
		for (PrescribedExercise was : before.exercises()) {
			if (wanted.find(was.code()).isEmpty() && program.stage(stage).find(was.code()).isPresent()) {
				program = program.withExerciseRemoved(stage, was.code());
			}
		}
		for (PrescribedExercise now : wanted.exercises()) {
			PrescribedExercise was = before.find(now.code()).orElse(null);
			if (was == null || program.stage(stage).find(now.code()).isEmpty()) {
				// Added by this physio, or dropped by the other: neither is a row to
				// change.
				continue;
			}
			if (!was.dosage().equals(now.dosage())) {
				program = program.withDosage(stage, now.code(), now.dosage());
			}
			if (!was.note().equals(now.note())) {
				program = program.withExerciseNote(stage, now.code(), now.note());
			}
		}
		List<ExerciseCode> orderBefore = before.exercises()
			.stream()
			.map(PrescribedExercise::code)
			.filter((code) -> wanted.find(code).isPresent())
			.toList();
		List<ExerciseCode> orderWanted = wanted.exercises()
			.stream()
			.map(PrescribedExercise::code)
			.filter((code) -> before.find(code).isPresent())
			.toList();
		if (!orderBefore.equals(orderWanted)) {
			int position = 0;
			for (ExerciseCode code : orderWanted) {
				if (program.stage(stage).find(code).isPresent()) {
					program = program.withExerciseMoved(stage, code, position++);
				}
			}
		}
		return program;
	}

	static @Nullable ExerciseCode codeOf(@Nullable String text) {
		try {
			return (text != null) ? new ExerciseCode(text) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
