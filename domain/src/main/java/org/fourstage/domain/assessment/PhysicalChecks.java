package org.fourstage.domain.assessment;

/**
 * The simple movement and endurance checks done in the clinic.
 *
 * @param forwardBend the forward bend
 * @param backwardLean the backward lean
 * @param sideBendLeft bending to the left
 * @param sideBendRight bending to the right
 * @param proneHoldSeconds how long the patient held the chest lift lying face down
 * @param proneHoldCrampedOrShook whether the back muscles cramped or shook during the
 * hold
 * @param pressureReproducesFamiliarAche whether pressing on the sore area brings on the
 * familiar ache
 */
public record PhysicalChecks(ForwardBend forwardBend, BackwardLean backwardLean, SideBend sideBendLeft,
		SideBend sideBendRight, int proneHoldSeconds, boolean proneHoldCrampedOrShook,
		boolean pressureReproducesFamiliarAche) {

	public PhysicalChecks {
		if (proneHoldSeconds < 0) {
			throw new IllegalArgumentException("The hold time cannot be negative");
		}
	}

	public SideBend sideBend(BodySide side) {
		return switch (side) {
			case LEFT -> this.sideBendLeft;
			case RIGHT -> this.sideBendRight;
			default -> throw new IllegalArgumentException("Side-bends are checked left and right, not " + side);
		};
	}

	public boolean sideBendsFree() {
		return this.sideBendLeft == SideBend.FREE && this.sideBendRight == SideBend.FREE;
	}

}
