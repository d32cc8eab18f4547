package org.fourstage.web.program;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.fourstage.domain.program.Exercise;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.program.PrescribedExercise;
import org.fourstage.domain.program.Program;
import org.fourstage.domain.program.Stage;
import org.fourstage.domain.program.StagePlan;
import org.jspecify.annotations.Nullable;

/**
 * One stage of a program as the physio edits it: the goal, each exercise's place, dosage
 * and note, exercises to drop and one to add. Saving it makes a new program version.
 */
public class StageForm {

	public static final int MAX_GOAL_LENGTH = 500;

	private int version;

	private String goal = "";

	private List<ExerciseRow> rows = new ArrayList<>();

	private @Nullable String addCode;

	static StageForm of(StagePlan plan, int version) {
		StageForm form = new StageForm();
		form.version = version;
		form.goal = plan.goal();
		for (int i = 0; i < plan.exercises().size(); i++) {
			form.rows.add(ExerciseRow.of(plan.exercises().get(i), i + 1));
		}
		return form;
	}

	/**
	 * The program with this stage as the form describes it. Rows are put in the order of
	 * their position numbers; equal numbers keep their previous order.
	 * @param base the program the form was made from
	 * @param stage the stage edited
	 * @param added the exercise to add at the end, if any
	 * @return the changed program
	 */
	Program applyTo(Program base, Stage stage, @Nullable Exercise added) {
		StagePlan before = base.stage(stage);
		Program program = base.withStageGoal(stage, this.goal.strip());
		List<ExerciseRow> kept = new ArrayList<>();
		for (ExerciseRow row : this.rows) {
			ExerciseCode code = codeOf(row.getCode());
			if (code == null || before.find(code).isEmpty()) {
				// Only exercises already in the stage can be changed here.
				continue;
			}
			if (row.isRemove()) {
				program = program.withExerciseRemoved(stage, code);
			}
			else {
				program = program.withDosage(stage, code, row.dosage())
					.withExerciseNote(stage, code, row.getNote().strip());
				kept.add(row);
			}
		}
		List<ExerciseRow> ordered = new ArrayList<>(kept);
		ordered.sort(Comparator
			.comparingInt((ExerciseRow row) -> (row.getPosition() != null) ? row.getPosition() : Integer.MAX_VALUE));
		for (int i = 0; i < ordered.size(); i++) {
			program = program.withExerciseMoved(stage, codeOf(ordered.get(i).getCode()), i);
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

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public String getGoal() {
		return this.goal;
	}

	public void setGoal(String goal) {
		this.goal = goal;
	}

	public List<ExerciseRow> getRows() {
		return this.rows;
	}

	public void setRows(List<ExerciseRow> rows) {
		this.rows = rows;
	}

	public @Nullable String getAddCode() {
		return this.addCode;
	}

	public void setAddCode(@Nullable String addCode) {
		this.addCode = addCode;
	}

}
