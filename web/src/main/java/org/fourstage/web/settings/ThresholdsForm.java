package org.fourstage.web.settings;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.fourstage.domain.progression.ProgressionThresholds;

/**
 * The admin's form for the clinic's progression thresholds. Pain figures take one
 * decimal, like the 7-day averages they are compared with.
 *
 * @param stageOnePainDrop fall of the average that lets Stage 1 advance
 * @param stageOnePainCeiling average at or below which Stage 1 may advance
 * @param stageOneFlareFreeDays days without a flare-up to leave Stage 1
 * @param stageOneAdherencePercent adherence to leave Stage 1
 * @param stageTwoPainCeiling average at or below which Stage 2 may advance
 * @param stageTwoAdherencePercent adherence to leave Stage 2
 * @param stageThreeEnduranceHoldSeconds endurance hold to leave Stage 3
 * @param stageThreePainCeiling average at or below which Stage 3 may advance
 * @param stageThreeFlareFreeDays days without a flare-up to leave Stage 3
 * @param stageThreeAdherencePercent adherence to leave Stage 3
 * @param flareSpikePoints rise over the average that sends a patient back to Stage 1
 */
record ThresholdsForm(
		@NotNull(message = "{validation.required}") @Digits(integer = 2, fraction = 1,
				message = "{settings.progression.oneDecimal}") BigDecimal stageOnePainDrop,
		@NotNull(message = "{validation.required}") @Digits(integer = 2, fraction = 1,
				message = "{settings.progression.oneDecimal}") BigDecimal stageOnePainCeiling,
		@NotNull(message = "{validation.required}") Integer stageOneFlareFreeDays,
		@NotNull(message = "{validation.required}") Integer stageOneAdherencePercent,
		@NotNull(message = "{validation.required}") @Digits(integer = 2, fraction = 1,
				message = "{settings.progression.oneDecimal}") BigDecimal stageTwoPainCeiling,
		@NotNull(message = "{validation.required}") Integer stageTwoAdherencePercent,
		@NotNull(message = "{validation.required}") Integer stageThreeEnduranceHoldSeconds,
		@NotNull(message = "{validation.required}") @Digits(integer = 2, fraction = 1,
				message = "{settings.progression.oneDecimal}") BigDecimal stageThreePainCeiling,
		@NotNull(message = "{validation.required}") Integer stageThreeFlareFreeDays,
		@NotNull(message = "{validation.required}") Integer stageThreeAdherencePercent,
		@NotNull(message = "{validation.required}") @Digits(integer = 2, fraction = 1,
				message = "{settings.progression.oneDecimal}") BigDecimal flareSpikePoints) {

	static ThresholdsForm of(ProgressionThresholds t) {
		return new ThresholdsForm(points(t.stageOnePainDrop()), points(t.stageOnePainCeiling()),
				t.stageOneFlareFreeDays(), t.stageOneAdherencePercent(), points(t.stageTwoPainCeiling()),
				t.stageTwoAdherencePercent(), t.stageThreeEnduranceHoldSeconds(), points(t.stageThreePainCeiling()),
				t.stageThreeFlareFreeDays(), t.stageThreeAdherencePercent(), points(t.flareSpikePoints()));
	}

	/**
	 * The thresholds; the domain checks every bound and names each wrong field.
	 * @return the thresholds
	 * @throws org.fourstage.domain.program.InvalidFieldsException when a value is out of
	 * bounds
	 */
	ProgressionThresholds thresholds() {
		return new ProgressionThresholds(this.stageOnePainDrop.doubleValue(), this.stageOnePainCeiling.doubleValue(),
				this.stageOneFlareFreeDays, this.stageOneAdherencePercent, this.stageTwoPainCeiling.doubleValue(),
				this.stageTwoAdherencePercent, this.stageThreeEnduranceHoldSeconds,
				this.stageThreePainCeiling.doubleValue(), this.stageThreeFlareFreeDays, this.stageThreeAdherencePercent,
				this.flareSpikePoints.doubleValue());
	}

	private static BigDecimal points(double value) {
		return (value == Math.rint(value)) ? BigDecimal.valueOf((long) value)
				: BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
	}

}
