package org.fourstage.domain.assessment;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DurationBandTest {

	private static final LocalDate SEEN = LocalDate.of(2026, 3, 2);

	@ParameterizedTest(name = "{0} days after onset is {1}")
	@CsvSource({ "0, ACUTE", "41, ACUTE", "42, SUBACUTE", "84, SUBACUTE", "85, PERSISTENT", "400, PERSISTENT" })
	void bandsTheEpisodeByWholeDaysSinceOnset(int days, DurationBand expected) {
		assertThat(DurationBand.between(SEEN.minusDays(days), SEEN)).isEqualTo(expected);
	}

	@Test
	void countsExactlyTwelveWeeksAsSubacuteAndTheDayAfterAsPersistent() {
		assertThat(DurationBand.between(SEEN.minusWeeks(12), SEEN)).isEqualTo(DurationBand.SUBACUTE);
		assertThat(DurationBand.between(SEEN.minusWeeks(12).minusDays(1), SEEN)).isEqualTo(DurationBand.PERSISTENT);
	}

	@Test
	void refusesAnOnsetAfterTheAssessment() {
		assertThatIllegalArgumentException().isThrownBy(() -> DurationBand.between(SEEN.plusDays(1), SEEN));
	}

}
