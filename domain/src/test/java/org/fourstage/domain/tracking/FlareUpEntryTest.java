package org.fourstage.domain.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Set;

import org.fourstage.domain.account.Role;
import org.fourstage.domain.validation.Validated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FlareUpEntryTest {

	private static final EntryDating PATIENT = new EntryDating(Role.PATIENT, Instant.parse("2026-11-21T10:00:00Z"),
			ZoneOffset.UTC);

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	@Test
	void shootingPainBelowTheKneeWithASignReachesTheAdvisorAsBoth() {
		FlareUpEntry entry = FlareUpEntry
			.validate(PATIENT, TODAY, LocalTime.of(8, 0), null, 8, FlareTrigger.LIFTING, LegSymptoms.BELOW_THE_KNEE,
					true, Set.of(RedFlagSign.WORSENING_WEAKNESS), "")
			.value();

		assertThat(entry.sharpOrShootingLegPain()).isTrue();
		assertThat(entry.hasRedFlagSign()).isTrue();
	}

	@Test
	void sharpPainThatStaysInTheButtockIsNotLegPain() {
		FlareUpEntry entry = new FlareUpEntry(TODAY, null, null, 6, FlareTrigger.SITTING, LegSymptoms.BUTTOCK, true,
				Set.of(), "");

		assertThat(entry.sharpOrShootingLegPain()).isFalse();
		assertThat(entry.hasRedFlagSign()).isFalse();
	}

	@Test
	void refusesAnEndBeforeTheStartAndMissingChoices() {
		Validated<FlareUpEntry> checked = FlareUpEntry.validate(PATIENT, TODAY, null, TODAY.minusDays(1), null, null,
				null, false, Set.of(), null);

		assertThat(checked.violations().errors()).extracting((error) -> error.field() + " " + error.code())
			.containsExactly("endedOn tracking.flareUp.endBeforeStart", "peakPain validation.required",
					"trigger validation.required", "legSymptoms validation.required");
	}

	@Test
	void anEndIsRecordedDaysLaterButNotInTheFuture() {
		EntryDating later = new EntryDating(Role.PATIENT, Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

		assertThat(FlareUpEntry.checkEnd(later, TODAY, LocalDate.of(2026, 11, 30)).isEmpty()).isTrue();
		assertThat(FlareUpEntry.checkEnd(later, TODAY, LocalDate.of(2026, 12, 1)).errors().get(0).code())
			.isEqualTo("tracking.date.future");
		assertThat(FlareUpEntry.checkEnd(later, TODAY, TODAY).isEmpty()).isTrue();
	}

}
