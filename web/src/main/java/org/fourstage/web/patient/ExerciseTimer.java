package org.fourstage.web.patient;

import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.ExerciseSide;
import org.jspecify.annotations.Nullable;

/**
 * What the patient's hold-and-rest timer counts for one exercise, written into the page
 * as data attributes so that the timer needs nothing from the server once the page has
 * loaded.
 *
 * @param holdSeconds the hold of one round; 0 when the exercise is timed by duration
 * @param restSeconds the rest between rounds; 0 for none
 * @param rounds how many holds, at least 1
 * @param durationSeconds one stretch of time for exercises such as walks; 0 when the
 * exercise has holds
 */
record ExerciseTimer(int holdSeconds, int restSeconds, int rounds, int durationSeconds) {

	/**
	 * The timer for a prescribed dosage.
	 * @param dosage the dosage
	 * @return the timer, or null when the dosage has neither a hold nor a duration
	 */
	static @Nullable ExerciseTimer of(Dosage dosage) {
		if (dosage.holdSeconds() != null) {
			int rest = (dosage.restSeconds() != null) ? dosage.restSeconds() : 0;
			return new ExerciseTimer(dosage.holdSeconds(), rest, rounds(dosage), 0);
		}
		if (dosage.durationMinutes() != null) {
			return new ExerciseTimer(0, 0, 1, dosage.durationMinutes() * 60);
		}
		return null;
	}

	// A hold is done once per round; where the physio prescribed repetitions instead of
	// rounds, each repetition is one hold ("hold 5 seconds, 10 repetitions"). A single
	// hold "each side" is two holds, one per side.
	private static int rounds(Dosage dosage) {
		if (dosage.rounds() != null) {
			return dosage.rounds();
		}
		if (dosage.reps() != null) {
			return dosage.reps();
		}
		return (dosage.side() == ExerciseSide.BOTH) ? 2 : 1;
	}

}
