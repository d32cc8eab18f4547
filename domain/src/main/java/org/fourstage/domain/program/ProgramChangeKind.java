package org.fourstage.domain.program;

/**
 * The kinds of edit a physiotherapist makes to a program.
 */
public enum ProgramChangeKind {

	/** An exercise was added to a stage; names the exercise, with its dosage. */
	EXERCISE_ADDED,

	/** An exercise was taken out of a stage; names the exercise. */
	EXERCISE_REMOVED,

	/**
	 * Exercises that stayed in a stage are now in another order; names every exercise of
	 * the stage in the new order.
	 */
	EXERCISES_REORDERED,

	/**
	 * The dosage of an exercise changed; names the exercise, with the old and new dosage.
	 */
	DOSAGE_CHANGED,

	/**
	 * The personal note on an exercise changed; names the exercise and the new note,
	 * empty when removed.
	 */
	EXERCISE_NOTE_CHANGED,

	/** The goal of a stage changed; names the old and the new goal. */
	STAGE_GOAL_CHANGED,

	/** The advice of a stage changed. */
	STAGE_ADVICE_CHANGED,

	/**
	 * The personal notes on the whole program changed; names the new notes, empty when
	 * removed.
	 */
	PROGRAM_NOTES_CHANGED,

	/**
	 * A change saved before changes were kept as kinds (migration V30); names the
	 * sentence that was stored then, shown as it is.
	 */
	LEGACY_TEXT

}
