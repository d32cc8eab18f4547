package org.fourstage.domain.tracking;

/**
 * How far a patient got with one exercise of a session.
 */
public enum Completion {

	/** Done as prescribed. */
	DONE,

	/** Started but not finished: what was actually done says how much. */
	PARTLY,

	/** Not done at all. */
	SKIPPED

}
