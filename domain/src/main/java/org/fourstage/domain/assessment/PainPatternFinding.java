package org.fourstage.domain.assessment;

import java.util.List;
import java.util.stream.Stream;

/**
 * The pain pattern with the features that decided it.
 *
 * @param pattern the pattern
 * @param nerveFeatures the nerve features found
 * @param muscleFeatures the muscle features found
 */
public record PainPatternFinding(PainPattern pattern, List<Reason> nerveFeatures, List<Reason> muscleFeatures) {

	public PainPatternFinding {
		nerveFeatures = List.copyOf(nerveFeatures);
		muscleFeatures = List.copyOf(muscleFeatures);
	}

	/**
	 * The features that decided the pattern: the nerve features first, since they weigh
	 * more for safety.
	 * @return all deciding features
	 */
	public List<Reason> reasons() {
		return Stream.concat(this.nerveFeatures.stream(), this.muscleFeatures.stream()).toList();
	}

}
