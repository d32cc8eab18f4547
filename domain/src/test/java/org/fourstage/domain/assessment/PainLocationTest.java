package org.fourstage.domain.assessment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PainLocationTest {

	@Test
	void allowsACentralMarkOnlyWhereTheRegionCrossesTheSpine() {
		assertThat(PainLocation.isAllowed(BodyRegion.LOW_BACK, BodySide.CENTRAL)).isTrue();
		assertThat(PainLocation.isAllowed(BodyRegion.BELT_LINE, BodySide.CENTRAL)).isTrue();
		assertThat(PainLocation.isAllowed(BodyRegion.BELOW_THE_KNEE, BodySide.CENTRAL)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> PainLocation.of(BodyRegion.FLANK, BodySide.CENTRAL));
	}

	@Test
	void refusesABodyChartWithNothingMarked() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PainMap(java.util.Set.of(), false));
	}

}
