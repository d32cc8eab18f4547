package org.fourstage.persistence.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.tracking.CheckIn;
import org.fourstage.domain.tracking.CheckInEntry;
import org.fourstage.domain.tracking.Saved;
import org.fourstage.persistence.testing.PostgresTest;
import org.fourstage.persistence.testing.TestClinics;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PostgresTest
class JdbcCheckInsIT {

	private static final Instant NOW = Instant.parse("2026-11-21T18:00:00Z");

	private static final LocalDate DAY = LocalDate.of(2026, 11, 21);

	private final JdbcClient jdbc;

	private final JdbcCheckIns checkIns;

	private final TrackingTestData data;

	JdbcCheckInsIT(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.checkIns = new JdbcCheckIns(jdbc);
		this.data = new TrackingTestData(jdbc);
	}

	@Test
	void keepsEveryValueOfACheckInAndWhoEnteredIt() {
		CheckInEntry entry = new CheckInEntry(DAY, 6, null, 45, 3, 30);

		Saved<CheckIn> saved = record(UUID.randomUUID(), entry).orElseThrow();

		assertThat(saved.created()).isTrue();
		CheckIn read = this.checkIns.find(this.data.clinic.id(), this.data.patient, saved.entry().id()).orElseThrow();
		assertThat(read.entry()).isEqualTo(entry);
		assertThat(read.recordedBy()).isEqualTo(this.data.byPhysio());
		assertThat(read.createdAt()).isEqualTo(NOW);
	}

	@Test
	void theSameKeyTwiceMakesOneRowAndAnswersWithTheFirst() {
		UUID key = UUID.randomUUID();
		Saved<CheckIn> first = record(key, new CheckInEntry(DAY, 6, null, 45, 3, 30)).orElseThrow();
		Saved<CheckIn> again = record(key, new CheckInEntry(DAY, 2, 1, 5, 9, 120)).orElseThrow();

		assertThat(again.created()).isFalse();
		assertThat(again.entry()).isEqualTo(first.entry());
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void aSecondKeyForTheSameDayIsRefusedWithoutARow() {
		record(UUID.randomUUID(), new CheckInEntry(DAY, 6, null, 45, 3, 30)).orElseThrow();

		assertThat(record(UUID.randomUUID(), new CheckInEntry(DAY, 2, 1, 5, 9, 120))).isEmpty();
		assertThat(rows()).isEqualTo(1);
		assertThat(
				this.checkIns.forDay(this.data.clinic.id(), this.data.patient, DAY).orElseThrow().entry().morningPain())
			.isEqualTo(6);
	}

	@Test
	void correctsTheValuesButNotTheDay() {
		CheckIn saved = record(UUID.randomUUID(), new CheckInEntry(DAY, 6, null, 45, 3, 30)).orElseThrow().entry();
		Instant later = NOW.plusSeconds(3600);

		assertThat(this.checkIns.correct(this.data.clinic.id(), this.data.patient, saved.id(),
				new CheckInEntry(DAY, 5, 4, 40, 3, 30), later))
			.isTrue();
		assertThat(this.checkIns.correct(this.data.clinic.id(), this.data.patient, saved.id(),
				new CheckInEntry(DAY.minusDays(1), 1, 1, 1, 1, 1), later))
			.isFalse();

		CheckIn read = this.checkIns.find(this.data.clinic.id(), this.data.patient, saved.id()).orElseThrow();
		assertThat(read.entry().eveningPain()).isEqualTo(4);
		assertThat(read.updatedAt()).isEqualTo(later);
	}

	@Test
	void anotherClinicNeitherSeesNorWritesThePatient() {
		CheckIn saved = record(UUID.randomUUID(), new CheckInEntry(DAY, 6, null, 45, 3, 30)).orElseThrow().entry();
		Clinic other = new TestClinics(this.jdbc).clinic();

		assertThat(this.checkIns.find(other.id(), this.data.patient, saved.id())).isEmpty();
		assertThat(this.checkIns.forDay(other.id(), this.data.patient, DAY)).isEmpty();
		assertThat(this.checkIns.between(other.id(), this.data.patient, DAY, DAY)).isEmpty();
		assertThat(this.checkIns.correct(other.id(), this.data.patient, saved.id(),
				new CheckInEntry(DAY, 0, 0, 0, 0, 0), NOW))
			.isFalse();
		assertThat(this.checkIns.record(other.id(), this.data.patient, UUID.randomUUID(),
				new CheckInEntry(DAY.minusDays(1), 1, 1, 1, 1, 1), this.data.byPhysio(), NOW))
			.isEmpty();
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void listsADaysRangeOldestFirst() {
		record(UUID.randomUUID(), new CheckInEntry(DAY, 6, null, 45, 3, 30));
		record(UUID.randomUUID(), new CheckInEntry(DAY.minusDays(2), 7, 6, 60, 2, 20));
		record(UUID.randomUUID(), new CheckInEntry(DAY.minusDays(9), 8, 8, 90, 1, 10));

		assertThat(this.checkIns.between(this.data.clinic.id(), this.data.patient, DAY.minusDays(6), DAY))
			.extracting((checkIn) -> checkIn.entry().morningPain())
			.containsExactly(7, 6);
	}

	@Test
	void theDatabaseRefusesAPainOutOfRangeWrittenByHand() {
		assertThatThrownBy(() -> this.jdbc
			.sql("INSERT INTO check_ins (clinic_id, patient_id, day, morning_pain, morning_stiffness_minutes, "
					+ "sleep_quality, sitting_tolerance_minutes, recorded_by_account_id, recorded_by_role, "
					+ "idempotency_key, created_at, updated_at) VALUES (:c, :p, current_date, 11, 0, 0, 0, :a, "
					+ "'PHYSIO', gen_random_uuid(), now(), now())")
			.param("c", this.data.clinic.id().value())
			.param("p", this.data.patient.value())
			.param("a", this.data.physio.id().value())
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	private java.util.Optional<Saved<CheckIn>> record(UUID key, CheckInEntry entry) {
		return this.checkIns.record(this.data.clinic.id(), this.data.patient, key, entry, this.data.byPhysio(), NOW);
	}

	private int rows() {
		return this.jdbc.sql("SELECT count(*) FROM check_ins WHERE patient_id = :p")
			.param("p", this.data.patient.value())
			.query(Integer.class)
			.single();
	}

}
