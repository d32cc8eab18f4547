package org.fourstage.domain.library;

/**
 * What loading one shared seed row did, so a repeated start-up can show it changed
 * nothing.
 */
public enum SeedChange {

	/** The row was new. */
	ADDED,

	/** The row existed with different content and now matches the seed. */
	UPDATED,

	/** The row already matched the seed. */
	UNCHANGED

}
