package org.fourstage.domain.instrument;

/**
 * Whether a change in score means the patient is better or worse.
 */
public enum ChangeDirection {

	IMPROVED, UNCHANGED, WORSENED

}
