package org.fourstage.domain.instrument;

/**
 * Which way a score moves when the patient gets better.
 */
public enum BetterWhen {

	/** Pain and disability: a lower score is better. */
	LOWER,

	/** Function: a higher score is better. */
	HIGHER

}
