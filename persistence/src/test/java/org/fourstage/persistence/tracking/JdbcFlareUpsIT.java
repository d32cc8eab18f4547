package org.fourstage.persistence.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.tracking.FlareTrigger;
import org.fourstage.domain.tracking.FlareUp;
import org.fourstage.domain.tracking.FlareUpEntry;
import org.fourstage.domain.tracking.LegSymptoms;
import org.fourstage.domain.tracking.RedFlagSign;
import org.fourstage.domain.tracking.Saved;
import org.fourstage.persistence.testing.PostgresTest;
import org.fourstage.persistence.testing.TestClinics;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresTest
class JdbcFlareUpsIT {

	private static final Instant NOW = Instant.parse("2026-11-21T18:00:00Z");

	private static final LocalDate DAY = LocalDate.of(2026, 11, 21);

	private final JdbcClient jdbc;

	private final JdbcFlareUps flareUps;

	private final TrackingTestData data;

	JdbcFlareUpsIT(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.flareUps = new JdbcFlareUps(jdbc);
		this.data = new TrackingTestData(jdbc);
	}

	@Test
	void keepsTheSignsTheLegAndTheStartTime() {
		FlareUpEntry entry = new FlareUpEntry(DAY, LocalTime.of(7, 30), null, 8, FlareTrigger.LIFTING,
				LegSymptoms.BELOW_THE_KNEE, true,
				EnumSet.of(RedFlagSign.SADDLE_NUMBNESS, RedFlagSign.BLADDER_OR_BOWEL_CHANGE), "Lying with knees up");

		FlareUp saved = record(UUID.randomUUID(), entry).entry();

		FlareUp read = this.flareUps.find(this.data.clinic.id(), this.data.patient, saved.id()).orElseThrow();
		assertThat(read.entry()).isEqualTo(entry);
		assertThat(read.report().sharpOrShootingLegPain()).isTrue();
		assertThat(read.report().redFlagSign()).isTrue();
	}

	@Test
	void keepsAFlareUpWithoutSignsOrTime() {
		FlareUpEntry entry = new FlareUpEntry(DAY, null, null, 5, FlareTrigger.SITTING, LegSymptoms.NONE, false,
				Set.of(), "");

		FlareUp read = this.flareUps
			.find(this.data.clinic.id(), this.data.patient, record(UUID.randomUUID(), entry).entry().id())
			.orElseThrow();

		assertThat(read.entry()).isEqualTo(entry);
		assertThat(read.entry().hasRedFlagSign()).isFalse();
	}

	@Test
	void theSameKeyTwiceMakesOneRow() {
		UUID key = UUID.randomUUID();
		Saved<FlareUp> first = record(key, simple(DAY));
		Saved<FlareUp> again = record(key, simple(DAY.minusDays(1)));

		assertThat(first.created()).isTrue();
		assertThat(again.created()).isFalse();
		assertThat(again.entry().id()).isEqualTo(first.entry().id());
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void recordsTheEndButNeverBeforeTheStart() {
		FlareUp saved = record(UUID.randomUUID(), simple(DAY.minusDays(3))).entry();

		assertThat(this.flareUps.end(this.data.clinic.id(), this.data.patient, saved.id(), DAY.minusDays(4), NOW))
			.isFalse();
		assertThat(this.flareUps.end(this.data.clinic.id(), this.data.patient, saved.id(), DAY, NOW)).isTrue();
		assertThat(this.flareUps.find(this.data.clinic.id(), this.data.patient, saved.id())
			.orElseThrow()
			.entry()
			.endedOn()).isEqualTo(DAY);
	}

	@Test
	void anotherClinicNeitherSeesNorEndsNorAddsOne() {
		FlareUp saved = record(UUID.randomUUID(), simple(DAY)).entry();
		Clinic other = new TestClinics(this.jdbc).clinic();

		assertThat(this.flareUps.find(other.id(), this.data.patient, saved.id())).isEmpty();
		assertThat(this.flareUps.between(other.id(), this.data.patient, DAY, DAY)).isEmpty();
		assertThat(this.flareUps.end(other.id(), this.data.patient, saved.id(), DAY, NOW)).isFalse();
		assertThat(this.flareUps.record(other.id(), this.data.patient, UUID.randomUUID(), simple(DAY),
				this.data.byPhysio(), NOW))
			.isEmpty();
		assertThat(rows()).isEqualTo(1);
	}

	private static FlareUpEntry simple(LocalDate day) {
		return new FlareUpEntry(day, null, null, 6, FlareTrigger.BENDING, LegSymptoms.BUTTOCK, false, Set.of(), "");
	}

	private Saved<FlareUp> record(UUID key, FlareUpEntry entry) {
		return this.flareUps.record(this.data.clinic.id(), this.data.patient, key, entry, this.data.byPhysio(), NOW)
			.orElseThrow();
	}

	private int rows() {
		return this.jdbc.sql("SELECT count(*) FROM flare_ups WHERE patient_id = :p")
			.param("p", this.data.patient.value())
			.query(Integer.class)
			.single();
	}

}
