package org.fourstage.domain.program;

/**
 * Which side of the body an exercise is done on.
 */
public enum ExerciseSide {

	/** The left side only, e.g. when only that side is stiff. */
	LEFT("left side"),

	/** The right side only. */
	RIGHT("right side"),

	/** The full dosage on each side in turn. */
	BOTH("each side"),

	/** Switching side with every repetition, as in bird-dog. */
	ALTERNATING("alternating sides");

	private final String inPlainWords;

	ExerciseSide(String inPlainWords) {
		this.inPlainWords = inPlainWords;
	}

	/**
	 * How the side reads in a patient's dosage line.
	 * @return e.g. "each side"
	 */
	public String inPlainWords() {
		return this.inPlainWords;
	}

}
