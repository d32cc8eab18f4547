package org.fourstage.domain.assessment;

/**
 * Where the patient feels the pain. Regions that cross the spine may be marked central;
 * the others are on the left, the right or both sides.
 */
public enum BodyRegion {

	/** The low back beside or over the lumbar spine. */
	LOW_BACK(true),

	/** The flank between the lowest rib and the top of the pelvis, over the QL muscle. */
	FLANK(false),

	/** A band across the back at the belt line. */
	BELT_LINE(true),

	BUTTOCK(false),

	HIP_OR_GROIN(false),

	THIGH(false),

	/** Anywhere in the leg below the knee, down to the foot. */
	BELOW_THE_KNEE(false);

	private final boolean crossesMidline;

	BodyRegion(boolean crossesMidline) {
		this.crossesMidline = crossesMidline;
	}

	/**
	 * Whether a symptom in this region may be marked {@link BodySide#CENTRAL}.
	 * @return true for the low back and the belt line
	 */
	public boolean crossesMidline() {
		return this.crossesMidline;
	}

	/**
	 * Whether pain here stays in the back and buttock, where muscle pain usually sits.
	 * @return false for the thigh and below the knee
	 */
	public boolean isBackOrButtock() {
		return this != THIGH && this != BELOW_THE_KNEE && this != HIP_OR_GROIN;
	}

}
