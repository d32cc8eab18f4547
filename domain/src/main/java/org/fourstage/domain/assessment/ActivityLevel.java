package org.fourstage.domain.assessment;

/**
 * How active the patient is in a usual week.
 */
public enum ActivityLevel {

	/** Mostly sitting, little walking. */
	SEDENTARY,

	/** Daily walking or light chores, no planned exercise. */
	LIGHT,

	/**
	 * Planned moderate exercise on some days, such as brisk walks, swimming or cycling.
	 */
	MODERATE,

	/** Hard training or heavy physical work on most days. */
	VIGOROUS

}
