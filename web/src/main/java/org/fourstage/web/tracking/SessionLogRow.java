package org.fourstage.web.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fourstage.domain.program.PrescribedExercise;
import org.fourstage.domain.program.StagePlan;
import org.fourstage.domain.tracking.Amount;
import org.fourstage.domain.tracking.ExerciseSession;
import org.fourstage.domain.tracking.SessionExercise;
import org.fourstage.web.support.DosageWording;

/**
 * What the session log shows beside one row of the form: the exercise's name, its
 * prescription in plain words and which of sets, repetitions and hold it is counted in (a
 * walk is counted in none of them, so it only has done, partly or skipped).
 *
 * @param name the exercise
 * @param dosage the prescription in plain words; empty when not known any more
 * @param countsSets whether sets were prescribed
 * @param countsReps whether repetitions were prescribed
 * @param countsHold whether a hold was prescribed
 */
public record SessionLogRow(String name, String dosage, boolean countsSets, boolean countsReps, boolean countsHold) {

	/**
	 * The rows of a new log.
	 * @param exercises the exercises of the current stage, in order
	 * @param words words each prescription
	 * @return one row each
	 */
	public static List<SessionLogRow> of(List<PrescribedExercise> exercises, DosageWording words) {
		return exercises.stream()
			.map((exercise) -> of(exercise.exercise().name(), words.of(exercise.dosage()),
					Amount.prescribed(exercise.dosage())))
			.toList();
	}

	/**
	 * The rows of a logged session, named from the stage it was logged in.
	 * @param session the session
	 * @param stage that stage of the patient's program as it is now, if any
	 * @param words words each prescription
	 * @return one row per exercise of the session
	 */
	static List<SessionLogRow> of(ExerciseSession session, Optional<StagePlan> stage, DosageWording words) {
		List<SessionLogRow> rows = new ArrayList<>();
		for (SessionExercise exercise : session.entry().exercises()) {
			Optional<PrescribedExercise> prescribed = stage.flatMap((plan) -> plan.find(exercise.exercise()));
			// An exercise dropped from the program since keeps its code as its name.
			rows.add(of(prescribed.map((found) -> found.exercise().name()).orElse(exercise.exercise().value()),
					prescribed.map((found) -> words.of(found.dosage())).orElse(""), exercise.prescribed()));
		}
		return rows;
	}

	private static SessionLogRow of(String name, String dosage, Amount prescribed) {
		return new SessionLogRow(name, dosage, prescribed.sets() != null, prescribed.reps() != null,
				prescribed.holdSeconds() != null);
	}

	/**
	 * Whether the row has anything to count.
	 * @return true when sets, repetitions or a hold were prescribed
	 */
	public boolean counts() {
		return this.countsSets || this.countsReps || this.countsHold;
	}

}
