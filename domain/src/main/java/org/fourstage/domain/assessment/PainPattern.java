package org.fourstage.domain.assessment;

/**
 * What the pain most likely comes from, as far as the history and checks can tell.
 */
public enum PainPattern {

	/** Mainly the back muscles; no sign that a nerve is involved. */
	MUSCLE_DOMINANT,

	/** Signs of an irritated nerve, with little to suggest a muscle source. */
	NERVE_INVOLVEMENT,

	/** Clear muscle features and some nerve features together. */
	MIXED;

	/**
	 * Whether nerve signs are part of the picture, which makes the back more irritable.
	 * @return true for nerve involvement and mixed
	 */
	public boolean involvesNerve() {
		return this != MUSCLE_DOMINANT;
	}

}
