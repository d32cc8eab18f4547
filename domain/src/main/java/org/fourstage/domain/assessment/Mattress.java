package org.fourstage.domain.assessment;

/**
 * The patient's view of their mattress.
 */
public enum Mattress {

	TOO_SOFT, TOO_FIRM, WORN_OUT, FINE

}
