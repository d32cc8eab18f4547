package org.fourstage.domain.tracking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import org.fourstage.domain.account.Role;
import org.fourstage.domain.identity.AccountId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntryDatingTest {

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

	private static final EntryDating PATIENT = new EntryDating(Role.PATIENT, NOW, ZoneOffset.UTC);

	private static final EntryDating PHYSIO = new EntryDating(Role.PHYSIO, NOW, ZoneOffset.UTC);

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	@Test
	void aPatientDatesTodayAndTheTwoDaysBeforeButNotThreeDaysBack() {
		assertThat(PATIENT.checkDate("day", TODAY).isEmpty()).isTrue();
		assertThat(PATIENT.checkDate("day", TODAY.minusDays(2)).isEmpty()).isTrue();
		assertThat(PATIENT.checkDate("day", TODAY.minusDays(3)).forField("day")).singleElement()
			.satisfies((error) -> assertThat(error.code()).isEqualTo("tracking.date.tooOld"));
	}

	@Test
	void nobodyDatesAnEntryTomorrow() {
		assertThat(PATIENT.checkDate("day", TODAY.plusDays(1)).errors().get(0).code())
			.isEqualTo("tracking.date.future");
		assertThat(PHYSIO.checkDate("day", TODAY.plusDays(1)).errors().get(0).code()).isEqualTo("tracking.date.future");
	}

	@Test
	void aPhysioMayDateAnEntryWeeksBack() {
		assertThat(PHYSIO.checkDate("day", TODAY.minusDays(30)).isEmpty()).isTrue();
	}

	@Test
	void aStartWithATimeIsAcceptedAtExactlyFortyEightHoursAndRefusedAMinuteEarlier() {
		LocalDate twoDaysBack = TODAY.minusDays(2);
		assertThat(PATIENT.checkMoment("startedOn", twoDaysBack, LocalTime.of(10, 0)).isEmpty()).isTrue();
		assertThat(PATIENT.checkMoment("startedOn", twoDaysBack, LocalTime.of(9, 59)).errors().get(0).code())
			.isEqualTo("tracking.date.tooOld");
		assertThat(PATIENT.checkMoment("startedOn", TODAY, LocalTime.of(10, 1)).errors().get(0).code())
			.isEqualTo("tracking.date.future");
		assertThat(PATIENT.checkMoment("startedOn", null, null).errors().get(0).code())
			.isEqualTo("validation.required");
	}

	@Test
	void theMinuteExactlyFortyEightHoursBackCountsWhateverTheSeconds() {
		EntryDating halfAMinuteLater = new EntryDating(Role.PATIENT, NOW.plusSeconds(30), ZoneOffset.UTC);

		assertThat(halfAMinuteLater.checkMoment("startedOn", TODAY.minusDays(2), LocalTime.of(10, 0)).isEmpty())
			.isTrue();
		assertThat(halfAMinuteLater.checkMoment("startedOn", TODAY.minusDays(2), LocalTime.of(9, 59)).isEmpty())
			.isFalse();
	}

	@Test
	void aPatientCorrectsTheirOwnEntryUpToExactlyFortyEightHours() {
		AccountId patient = new AccountId(java.util.UUID.randomUUID());
		RecordedBy own = new RecordedBy(patient, Role.PATIENT);
		Instant created = NOW.minus(Duration.ofHours(48));

		assertThat(PATIENT.mayCorrect(own, created, patient)).isTrue();
		assertThat(PATIENT.mayCorrect(own, created.minus(Duration.ofMinutes(1)), patient)).isFalse();
		assertThat(PATIENT.mayCorrect(own, NOW, new AccountId(java.util.UUID.randomUUID()))).isFalse();
		assertThat(PATIENT.mayCorrect(new RecordedBy(patient, Role.PHYSIO), NOW, patient)).isFalse();
	}

}
