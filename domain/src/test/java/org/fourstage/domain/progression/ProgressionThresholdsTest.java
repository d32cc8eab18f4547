package org.fourstage.domain.progression;

import org.fourstage.domain.program.FieldViolation;
import org.fourstage.domain.program.InvalidFieldsException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProgressionThresholdsTest {

	@Test
	void startsFromTheDesignDefaults() {
		ProgressionThresholds defaults = ProgressionThresholds.DEFAULTS;
		assertThat(defaults.stageOnePainDrop()).isEqualTo(2);
		assertThat(defaults.stageOnePainCeiling()).isEqualTo(4);
		assertThat(defaults.stageOneFlareFreeDays()).isEqualTo(7);
		assertThat(defaults.stageOneAdherencePercent()).isEqualTo(60);
		assertThat(defaults.stageTwoPainCeiling()).isEqualTo(4);
		assertThat(defaults.stageTwoAdherencePercent()).isEqualTo(60);
		assertThat(defaults.stageThreeEnduranceHoldSeconds()).isEqualTo(15);
		assertThat(defaults.stageThreePainCeiling()).isEqualTo(3);
		assertThat(defaults.stageThreeFlareFreeDays()).isEqualTo(14);
		assertThat(defaults.stageThreeAdherencePercent()).isEqualTo(70);
		assertThat(defaults.flareSpikePoints()).isEqualTo(3);
	}

	@Test
	void reportsEveryOutOfRangeThresholdByItsField() {
		assertThatExceptionOfType(InvalidFieldsException.class)
			.isThrownBy(() -> new ProgressionThresholds(0, 11, -1, 101, Double.NaN, -5, 0, -0.5, 91, 120, 0.1))
			.satisfies((ex) -> assertThat(ex.violations()).extracting(FieldViolation::field)
				.containsExactly("stageOnePainDrop", "stageOnePainCeiling", "stageOneFlareFreeDays",
						"stageOneAdherencePercent", "stageTwoPainCeiling", "stageTwoAdherencePercent",
						"stageThreeEnduranceHoldSeconds", "stageThreePainCeiling", "stageThreeFlareFreeDays",
						"stageThreeAdherencePercent", "flareSpikePoints"));
	}

	@Test
	void acceptsTheEdgesOfEachRange() {
		ProgressionThresholds edges = new ProgressionThresholds(0.5, 0, 0, 0, 10, 100, 600, 10, 90, 100, 10);
		assertThat(edges.stageThreeEnduranceHoldSeconds()).isEqualTo(600);
	}

}
