package org.fourstage.domain.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * Sorts an assessment into muscle-dominant, nerve involvement or mixed.
 * <p>
 * The rule counts two kinds of features.
 * <p>
 * <b>Nerve features</b> (each counts once):
 * <ol>
 * <li>a nerve-type quality: sharp, electric, shooting or burning;</li>
 * <li>a neurological sign: numbness, tingling, pins and needles, or leg or foot
 * weakness;</li>
 * <li>pain below the knee;</li>
 * <li>symptoms that spread in a line.</li>
 * </ol>
 * <b>Muscle features</b> (each counts once):
 * <ol>
 * <li>a muscle-type quality: aching, tight, cramping, pulling or deep dull;</li>
 * <li>pressure reproduces the familiar ache;</li>
 * <li>it eases with gentle movement;</li>
 * <li>every marked place is in the low back, flank, belt line or buttock.</li>
 * </ol>
 * Then:
 * <ul>
 * <li>no nerve feature: <b>muscle-dominant</b>;</li>
 * <li>a neurological sign, or two or more nerve features, with at most one muscle
 * feature: <b>nerve involvement</b>;</li>
 * <li>any other combination that has a nerve feature: <b>mixed</b>. This covers both
 * "clear muscle picture plus some nerve features" and a lone nerve feature (a single
 * sharp twinge, say) that is too little on its own to call the nerve the main
 * source.</li>
 * </ul>
 * A neurological sign is never read as muscle-dominant, because missing it would be the
 * unsafe error.
 */
public final class PainPatternClassifier {

	private PainPatternClassifier() {
	}

	public static PainPatternFinding classify(Assessment assessment) {
		List<Reason> nerve = new ArrayList<>();
		boolean neurologicalSign = !assessment.qualitiesOfKind(PainQualityKind.NEUROLOGICAL_SIGN).isEmpty();
		if (!assessment.qualitiesOfKind(PainQualityKind.NERVE_TYPE).isEmpty()) {
			nerve.add(new Reason("pattern.nerve-quality"));
		}
		if (neurologicalSign) {
			nerve.add(new Reason("pattern.neurological-sign"));
		}
		if (assessment.where().includes(BodyRegion.BELOW_THE_KNEE)) {
			nerve.add(new Reason("pattern.below-knee"));
		}
		if (assessment.where().spreadsInALine()) {
			nerve.add(new Reason("pattern.line-like"));
		}
		List<Reason> muscle = new ArrayList<>();
		if (!assessment.qualitiesOfKind(PainQualityKind.MUSCLE_TYPE).isEmpty()) {
			muscle.add(new Reason("pattern.muscle-quality"));
		}
		if (assessment.physicalChecks().pressureReproducesFamiliarAche()) {
			muscle.add(new Reason("pattern.pressure-reproduces"));
		}
		if (assessment.behaviour().easesWithGentleMovement()) {
			muscle.add(new Reason("pattern.eases-with-movement"));
		}
		if (assessment.where().staysInBackAndButtock()) {
			muscle.add(new Reason("pattern.back-and-buttock"));
		}
		return new PainPatternFinding(decide(nerve.size(), neurologicalSign, muscle.size()), nerve, muscle);
	}

	private static PainPattern decide(int nerveFeatures, boolean neurologicalSign, int muscleFeatures) {
		if (nerveFeatures == 0) {
			return PainPattern.MUSCLE_DOMINANT;
		}
		if ((neurologicalSign || nerveFeatures >= 2) && muscleFeatures <= 1) {
			return PainPattern.NERVE_INVOLVEMENT;
		}
		return PainPattern.MIXED;
	}

}
