package org.fourstage.domain.assessment;

import java.util.List;

/**
 * Morning stiffness that lasts long and pain that wakes the patient at night together fit
 * inflammatory back pain, which needs a doctor's opinion rather than exercise alone.
 * <p>
 * The rule: flagged when morning stiffness lasts <b>more than</b>
 * {@value #STIFFNESS_MINUTES_LIMIT} minutes (31 or more) <b>and</b> the patient wakes at
 * night with pain. Either on its own is common in mechanical back pain and is not
 * flagged.
 *
 * @param possibleInflammatoryBackPain whether to suggest a medical review
 * @param reasons the features that met, empty when not flagged
 */
public record MorningPattern(boolean possibleInflammatoryBackPain, List<Reason> reasons) {

	public static final int STIFFNESS_MINUTES_LIMIT = 30;

	public static final Reason CONSIDER_REVIEW = new Reason("morning.inflammatory");

	public MorningPattern {
		reasons = List.copyOf(reasons);
	}

	public static MorningPattern of(PainBehaviour behaviour) {
		boolean longStiffness = behaviour.morningStiffnessMinutes() > STIFFNESS_MINUTES_LIMIT;
		if (longStiffness && behaviour.wakesAtNight()) {
			return new MorningPattern(true,
					List.of(new Reason("morning.stiffness",
							List.of(String.valueOf(behaviour.morningStiffnessMinutes()))),
							new Reason("morning.night-waking")));
		}
		return new MorningPattern(false, List.of());
	}

	public static MorningPattern of(Assessment assessment) {
		return of(assessment.behaviour());
	}

}
