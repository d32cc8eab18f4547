package org.fourstage.domain.program;

/**
 * The kinds of edit a physiotherapist makes to a program.
 */
public enum ProgramChangeKind {

	/** An exercise was added to a stage. */
	EXERCISE_ADDED,

	/** An exercise was taken out of a stage. */
	EXERCISE_REMOVED,

	/** Exercises that stayed in a stage are now in another order. */
	EXERCISES_REORDERED,

	/** The dosage of an exercise changed. */
	DOSAGE_CHANGED,

	/** The personal note on an exercise changed. */
	EXERCISE_NOTE_CHANGED,

	/** The goal of a stage changed. */
	STAGE_GOAL_CHANGED,

	/** The advice of a stage changed. */
	STAGE_ADVICE_CHANGED,

	/** The personal notes on the whole program changed. */
	PROGRAM_NOTES_CHANGED

}
