package org.fourstage.domain.program;

/**
 * Which side of the body an exercise is done on; a dosage line words it by name
 * ({@link DosageWords#side}).
 */
public enum ExerciseSide {

	/** The left side only, e.g. when only that side is stiff. */
	LEFT,

	/** The right side only. */
	RIGHT,

	/** The full dosage on each side in turn. */
	BOTH,

	/** Switching side with every repetition, as in bird-dog. */
	ALTERNATING;

}
