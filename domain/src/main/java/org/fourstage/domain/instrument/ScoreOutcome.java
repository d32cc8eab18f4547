package org.fourstage.domain.instrument;

/**
 * The result of scoring one response: a score, or the reason there is none. "No score" is
 * a normal outcome (too many items skipped, say) that the page shows, not an error.
 */
public sealed interface ScoreOutcome permits Scored, NotScored {

	boolean isScored();

}
