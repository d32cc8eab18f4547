package org.fourstage.domain.assessment;

/**
 * Which side of the body a symptom is on. {@link #CENTRAL} is the midline and only
 * applies to regions that cross it.
 */
public enum BodySide {

	LEFT, RIGHT, BOTH, CENTRAL;

	public boolean isOneSided() {
		return this == LEFT || this == RIGHT;
	}

	public BodySide opposite() {
		return switch (this) {
			case LEFT -> RIGHT;
			case RIGHT -> LEFT;
			default -> this;
		};
	}

}
