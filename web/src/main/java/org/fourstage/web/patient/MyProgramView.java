package org.fourstage.web.patient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fourstage.domain.program.AssignedProgram;
import org.fourstage.domain.program.MuscleGroup;
import org.fourstage.domain.program.PrescribedExercise;
import org.fourstage.domain.program.Stage;
import org.fourstage.seeds.stage.StageGuide;
import org.fourstage.web.support.DosageWording;
import org.jspecify.annotations.Nullable;

/**
 * A patient's program as the patient reads it, on the page and on the printed sheet: the
 * stage they are in, what they do today, and where they are heading.
 *
 * @param programId the program, for the audit log
 * @param current the stage the patient is in
 * @param stageStartedOn the first day of that stage
 * @param next the stage that follows, or null in the last stage
 * @param exercises today's exercises in the order they are done
 * @param advice the advice of the current stage
 * @param notes the physio's notes on the whole program; empty when there are none
 * @param stages all four stages, for the overview on the sheet
 */
record MyProgramView(UUID programId, StageSummary current, LocalDate stageStartedOn, @Nullable StageSummary next,
		List<ExerciseCard> exercises, List<String> advice, String notes, List<StageSummary> stages) {

	/**
	 * Builds the view of a program.
	 * @param assigned the patient's program
	 * @param guides the names of the four stages, in stage order
	 * @param dosages words each dosage in the reader's language
	 * @return the view
	 */
	static MyProgramView of(AssignedProgram assigned, List<StageGuide> guides, DosageWording dosages) {
		Stage stage = assigned.currentStage();
		List<StageSummary> stages = new ArrayList<>();
		for (Stage each : Stage.values()) {
			stages.add(new StageSummary(each.number(), guides.get(each.ordinal()).name(),
					assigned.program().stage(each).goal(), each == stage));
		}
		StageSummary next = (stage.next() != stage) ? stages.get(stage.next().ordinal()) : null;
		List<ExerciseCard> exercises = assigned.today()
			.exercises()
			.stream()
			.map((prescribed) -> ExerciseCard.of(prescribed, dosages))
			.toList();
		return new MyProgramView(assigned.id(), stages.get(stage.ordinal()), assigned.stageStartedOn(), next, exercises,
				assigned.today().advice(), assigned.program().notes(), stages);
	}

	/**
	 * One stage in a line.
	 *
	 * @param number 1 to 4
	 * @param name its short name
	 * @param goal its goal in this patient's program
	 * @param current whether the patient is in it
	 */
	record StageSummary(int number, String name, String goal, boolean current) {

	}

	/**
	 * One exercise as the patient does it.
	 *
	 * @param anchor an id for the page, unique within the stage
	 * @param name the exercise
	 * @param dosage how much, in plain words
	 * @param note the physio's personal note; empty when there is none
	 * @param target the muscle group it works on, worded by the page
	 * @param steps the instructions in order
	 * @param cautions when to stop or take care
	 * @param timer the hold-and-rest timer, or null when the exercise is not timed
	 */
	record ExerciseCard(String anchor, String name, String dosage, String note, MuscleGroup target, List<String> steps,
			List<String> cautions, @Nullable ExerciseTimer timer) {

		static ExerciseCard of(PrescribedExercise prescribed, DosageWording dosages) {
			return new ExerciseCard("exercise-" + prescribed.code().value(), prescribed.exercise().name(),
					dosages.of(prescribed.dosage()), prescribed.note(), prescribed.exercise().target(),
					prescribed.exercise().steps(), prescribed.exercise().cautions(),
					ExerciseTimer.of(prescribed.dosage()));
		}

	}

}
