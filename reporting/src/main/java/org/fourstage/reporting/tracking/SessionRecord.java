package org.fourstage.reporting.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fourstage.domain.account.Role;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.program.Stage;
import org.fourstage.domain.tracking.Amount;
import org.fourstage.domain.tracking.Completion;
import org.fourstage.domain.tracking.EntryKind;
import org.fourstage.domain.tracking.EntryRef;
import org.fourstage.domain.tracking.LoggedSession;
import org.fourstage.domain.tracking.SessionExercise;

/**
 * A logged exercise session with its exercises.
 *
 * @param id the session
 * @param performedOn the day it was done
 * @param stage the stage its exercises came from
 * @param painBefore pain before, 0 to 10
 * @param painAfter pain after, 0 to 10
 * @param difficulty how hard it felt, 0 to 10
 * @param note the note; empty when none
 * @param recordedBy whether the patient or a physio logged it
 * @param exercises the exercises in program order
 */
public record SessionRecord(UUID id, LocalDate performedOn, Stage stage, int painBefore, int painAfter, int difficulty,
		String note, Role recordedBy, List<Exercise> exercises) {

	public SessionRecord {
		exercises = List.copyOf(exercises);
	}

	/**
	 * The share of the session done, by the domain's rule for partly-done exercises.
	 * @return 0 to 1; 0 for a session without exercises
	 */
	public double shareDone() {
		return SessionExercise.shareDone(this.exercises.stream().map(Exercise::asDomain).toList());
	}

	/**
	 * The session as adherence counts it.
	 * @return the logged session
	 */
	public LoggedSession logged() {
		return new LoggedSession(new EntryRef(EntryKind.EXERCISE_SESSION, this.id, this.performedOn), shareDone());
	}

	/**
	 * How many exercises ended one way.
	 * @param completion done, partly or skipped
	 * @return the count
	 */
	public long count(Completion completion) {
		return this.exercises.stream().filter((exercise) -> exercise.completion() == completion).count();
	}

	/**
	 * How many exercises were done as prescribed.
	 * @return the count
	 */
	public long exercisesDone() {
		return count(Completion.DONE);
	}

	/**
	 * How many exercises were done in part.
	 * @return the count
	 */
	public long exercisesPartly() {
		return count(Completion.PARTLY);
	}

	/**
	 * How many exercises were skipped.
	 * @return the count
	 */
	public long exercisesSkipped() {
		return count(Completion.SKIPPED);
	}

	/**
	 * One exercise of the session.
	 *
	 * @param code the exercise's code
	 * @param name its name in the library, or the code when the library no longer has it
	 * @param completion done, partly or skipped
	 * @param prescribed sets, repetitions and hold prescribed
	 * @param done sets, repetitions and hold done
	 */
	public record Exercise(ExerciseCode code, String name, Completion completion, Amount prescribed, Amount done) {

		SessionExercise asDomain() {
			return new SessionExercise(this.code, this.completion, this.prescribed, this.done);
		}

	}

}
