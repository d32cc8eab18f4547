package org.fourstage.domain.tracking;

import java.util.List;

import org.fourstage.domain.program.ExerciseCode;
import org.jspecify.annotations.Nullable;

/**
 * One exercise of a logged session: which exercise of the program, how far the patient
 * got, and what they did against what was prescribed.
 *
 * @param exercise the exercise, by the code the program stores it under
 * @param completion done, partly or skipped
 * @param prescribed the sets, repetitions and hold prescribed on that day
 * @param done what was actually done; nothing for a skipped exercise
 */
public record SessionExercise(ExerciseCode exercise, Completion completion, Amount prescribed, Amount done) {

	/** What a partly done exercise counts when its dosage has nothing to compare by. */
	static final double PARTLY_WITHOUT_MEASURE = 0.5;

	public SessionExercise {
		if (completion == Completion.SKIPPED) {
			done = Amount.NONE;
		}
	}

	/**
	 * The share of a whole session done: the mean of its exercises' shares.
	 * @param exercises the session's exercises
	 * @return 0 to 1; 0 for no exercises
	 */
	public static double shareDone(List<SessionExercise> exercises) {
		return exercises.stream().mapToDouble(SessionExercise::shareDone).average().orElse(0.0);
	}

	/**
	 * The share of the exercise done, for adherence. Done counts 1 and skipped 0. Partly
	 * counts by the share of the prescribed sets done, capped at 1; when sets were not
	 * prescribed or not given, by repetitions, then by the hold. A partly done exercise
	 * with none of these to compare (a walk prescribed in minutes) counts half.
	 * @return 0 to 1
	 */
	public double shareDone() {
		return switch (this.completion) {
			case DONE -> 1.0;
			case SKIPPED -> 0.0;
			case PARTLY -> partlyShare();
		};
	}

	private double partlyShare() {
		Double share = ratio(this.done.sets(), this.prescribed.sets());
		if (share == null) {
			share = ratio(this.done.reps(), this.prescribed.reps());
		}
		if (share == null) {
			share = ratio(this.done.holdSeconds(), this.prescribed.holdSeconds());
		}
		return (share != null) ? Math.min(1.0, share) : PARTLY_WITHOUT_MEASURE;
	}

	private static @Nullable Double ratio(@Nullable Integer done, @Nullable Integer prescribed) {
		if (prescribed == null || prescribed == 0 || done == null) {
			return null;
		}
		return (double) done / prescribed;
	}

}
