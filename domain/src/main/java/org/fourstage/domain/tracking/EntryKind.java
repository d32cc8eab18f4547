package org.fourstage.domain.tracking;

/**
 * The kinds of record a tracked figure can rest on, so a page can link each figure back
 * to the entries it came from.
 */
public enum EntryKind {

	/** A daily check-in. */
	CHECK_IN,

	/** A logged exercise session. */
	EXERCISE_SESSION,

	/** A reported flare-up. */
	FLARE_UP,

	/** An assessment or re-assessment. */
	ASSESSMENT

}
