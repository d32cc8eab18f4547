package org.fourstage.domain.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the quadratus lumborum (QL), the deep muscle between the lowest rib and the
 * pelvis, is a likely source of the pain.
 * <p>
 * The rule: QL involvement is <b>likely</b> when the patient marks a one-sided flank ache
 * (flank, left or right, not both) <b>and</b> at least {@value #MIN_OTHER_SIGNS} of these
 * six other signs are present: pain rolling over in bed, on coughing or sneezing, rising
 * from a chair, climbing stairs, bending to the opposite side, and a side-bend that is
 * painful over the QL area on either side. The flank is required because every other sign
 * also occurs with other sources of back pain; it is the combination that points to the
 * QL.
 *
 * @param likely whether QL involvement is likely
 * @param side the side of the flank ache, when it is one-sided
 * @param signs every QL sign found, the flank first
 */
public record QlInvolvement(boolean likely, Optional<BodySide> side, List<Reason> signs) {

	/** The number of QL signs besides the flank ache needed to call it likely. */
	public static final int MIN_OTHER_SIGNS = 3;

	public QlInvolvement {
		signs = List.copyOf(signs);
	}

	public static QlInvolvement of(Assessment assessment) {
		List<Reason> signs = new ArrayList<>();
		Optional<BodySide> flankSide = oneSidedFlank(assessment.where());
		flankSide.ifPresent((side) -> signs.add(new Reason("ql.flank", List.of(side.name()))));
		int other = 0;
		PainBehaviour behaviour = assessment.behaviour();
		if (behaviour.isAggravatedBy(AggravatingFactor.ROLLING_OVER_IN_BED)) {
			signs.add(new Reason("ql.rolling"));
			other++;
		}
		if (behaviour.isAggravatedBy(AggravatingFactor.COUGHING_OR_SNEEZING)) {
			signs.add(new Reason("ql.cough"));
			other++;
		}
		if (behaviour.isAggravatedBy(AggravatingFactor.RISING_FROM_A_CHAIR)) {
			signs.add(new Reason("ql.rising"));
			other++;
		}
		if (behaviour.isAggravatedBy(AggravatingFactor.CLIMBING_STAIRS)) {
			signs.add(new Reason("ql.stairs"));
			other++;
		}
		if (behaviour.isAggravatedBy(AggravatingFactor.BENDING_TO_THE_OPPOSITE_SIDE)) {
			signs.add(new Reason("ql.opposite-bend"));
			other++;
		}
		PhysicalChecks checks = assessment.physicalChecks();
		if (checks.sideBendLeft() == SideBend.PAINFUL_OVER_QL || checks.sideBendRight() == SideBend.PAINFUL_OVER_QL) {
			signs.add(new Reason("ql.side-bend"));
			other++;
		}
		return new QlInvolvement(flankSide.isPresent() && other >= MIN_OTHER_SIGNS, flankSide, signs);
	}

	private static Optional<BodySide> oneSidedFlank(PainMap where) {
		boolean left = where.locations().contains(PainLocation.of(BodyRegion.FLANK, BodySide.LEFT));
		boolean right = where.locations().contains(PainLocation.of(BodyRegion.FLANK, BodySide.RIGHT));
		if (left == right) {
			// Both flanks (marked one by one or as BOTH) is not the one-sided ache the QL
			// gives.
			return Optional.empty();
		}
		if (where.locations().contains(PainLocation.of(BodyRegion.FLANK, BodySide.BOTH))) {
			return Optional.empty();
		}
		return Optional.of(left ? BodySide.LEFT : BodySide.RIGHT);
	}

}
