package org.fourstage.domain.progression;

import org.fourstage.domain.program.FieldViolation;
import org.fourstage.domain.program.InvalidFieldsException;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers the {@link ProgressionAdvisor} compares against. Each clinic may tune them,
 * so an admin's entry is checked field by field: a pain threshold is a 0–10 rating, a
 * drop or spike at least half a point (smaller is noise), flare-free periods 0–90 days,
 * adherence 0–100 %, an endurance hold 1–600 seconds. NPRS comparisons are on the 7-day
 * average.
 *
 * @param stageOnePainDrop fall of the 7-day average since the stage began that lets Stage
 * 1 advance
 * @param stageOnePainCeiling 7-day average at or below which Stage 1 may advance
 * regardless of the drop
 * @param stageOneFlareFreeDays days without a flare-up needed to leave Stage 1
 * @param stageOneAdherencePercent adherence needed to leave Stage 1
 * @param stageTwoPainCeiling 7-day average at or below which Stage 2 may advance
 * @param stageTwoAdherencePercent adherence needed to leave Stage 2
 * @param stageThreeEnduranceHoldSeconds prone endurance hold needed to leave Stage 3
 * @param stageThreePainCeiling 7-day average at or below which Stage 3 may advance
 * @param stageThreeFlareFreeDays days without a flare-up needed to leave Stage 3
 * @param stageThreeAdherencePercent adherence needed to leave Stage 3
 * @param flareSpikePoints rise of a flare-up's peak over the 7-day average that sends the
 * patient back to Stage 1
 */
public record ProgressionThresholds(double stageOnePainDrop, double stageOnePainCeiling, int stageOneFlareFreeDays,
		int stageOneAdherencePercent, double stageTwoPainCeiling, int stageTwoAdherencePercent,
		int stageThreeEnduranceHoldSeconds, double stageThreePainCeiling, int stageThreeFlareFreeDays,
		int stageThreeAdherencePercent, double flareSpikePoints) {

	/** The defaults of the design; a clinic starts with these. */
	public static final ProgressionThresholds DEFAULTS = new ProgressionThresholds(2, 4, 7, 60, 4, 60, 15, 3, 14, 70,
			3);

	public ProgressionThresholds {
		List<FieldViolation> violations = new ArrayList<>();
		points(violations, "stageOnePainDrop", stageOnePainDrop, 0.5);
		points(violations, "stageOnePainCeiling", stageOnePainCeiling, 0);
		days(violations, "stageOneFlareFreeDays", stageOneFlareFreeDays);
		percent(violations, "stageOneAdherencePercent", stageOneAdherencePercent);
		points(violations, "stageTwoPainCeiling", stageTwoPainCeiling, 0);
		percent(violations, "stageTwoAdherencePercent", stageTwoAdherencePercent);
		if (stageThreeEnduranceHoldSeconds < 1 || stageThreeEnduranceHoldSeconds > 600) {
			violations.add(new FieldViolation("stageThreeEnduranceHoldSeconds",
					"The endurance hold must be between 1 and 600 seconds, not " + stageThreeEnduranceHoldSeconds));
		}
		points(violations, "stageThreePainCeiling", stageThreePainCeiling, 0);
		days(violations, "stageThreeFlareFreeDays", stageThreeFlareFreeDays);
		percent(violations, "stageThreeAdherencePercent", stageThreeAdherencePercent);
		points(violations, "flareSpikePoints", flareSpikePoints, 0.5);
		if (!violations.isEmpty()) {
			throw new InvalidFieldsException(violations);
		}
	}

	private static void points(List<FieldViolation> violations, String field, double value, double min) {
		if (!(value >= min && value <= 10)) {
			violations
				.add(new FieldViolation(field, "Pain points must be between " + Numbers.points(min).toPlainString()
						+ " and 10, not " + (Double.isFinite(value) ? Numbers.points(value).toPlainString() : "that")));
		}
	}

	private static void days(List<FieldViolation> violations, String field, int value) {
		if (value < 0 || value > 90) {
			violations.add(new FieldViolation(field, "Days must be between 0 and 90, not " + value));
		}
	}

	private static void percent(List<FieldViolation> violations, String field, int value) {
		if (value < 0 || value > 100) {
			violations.add(new FieldViolation(field, "Adherence must be between 0 and 100 %, not " + value));
		}
	}

}
