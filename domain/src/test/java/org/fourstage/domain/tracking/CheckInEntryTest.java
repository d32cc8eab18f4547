package org.fourstage.domain.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.fourstage.domain.account.Role;
import org.fourstage.domain.validation.Validated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInEntryTest {

	private static final EntryDating PATIENT = new EntryDating(Role.PATIENT, Instant.parse("2026-11-21T10:00:00Z"),
			ZoneOffset.UTC);

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	@Test
	void theEveningPainMayWaitForTheEvening() {
		Validated<CheckInEntry> checked = CheckInEntry.validate(PATIENT, TODAY, 6, null, 45, 3, 30);

		assertThat(checked.value()).isEqualTo(new CheckInEntry(TODAY, 6, null, 45, 3, 30));
	}

	@Test
	void refusesValuesOutOfRangeAtTheirBoundaries() {
		assertThat(CheckInEntry.validate(PATIENT, TODAY, 10, 0, 600, 10, 720).isValid()).isTrue();

		Validated<CheckInEntry> checked = CheckInEntry.validate(PATIENT, TODAY.minusDays(3), 11, -1, 601, null, 721);

		assertThat(checked.violations().errors()).extracting((error) -> error.field() + " " + error.code())
			.containsExactly("day tracking.date.tooOld", "morningPain tracking.score.range",
					"eveningPain tracking.score.range", "morningStiffnessMinutes tracking.stiffness.range",
					"sleepQuality validation.required", "sittingToleranceMinutes tracking.sitting.range");
	}

}
