package org.fourstage.persistence.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.alert.Alert;
import org.fourstage.domain.alert.AlertAction;
import org.fourstage.domain.alert.AlertDecision;
import org.fourstage.domain.tracking.AlertKind;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.tracking.EntryKind;
import org.fourstage.domain.tracking.EntryRef;
import org.fourstage.domain.tracking.TrackingAlert;
import org.fourstage.persistence.testing.PostgresTest;
import org.fourstage.persistence.testing.TestClinics;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PostgresTest
class JdbcAlertsIT {

	private static final Instant NOW = Instant.parse("2026-11-21T18:00:00Z");

	private static final LocalDate DAY = LocalDate.of(2026, 11, 21);

	private final JdbcClient jdbc;

	private final JdbcAlerts alerts;

	private final Clinic clinic;

	private final Account physio;

	private final PatientId patient;

	JdbcAlertsIT(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.alerts = new JdbcAlerts(jdbc);
		TestClinics clinics = new TestClinics(jdbc);
		this.clinic = clinics.clinic();
		this.physio = clinics.staff(this.clinic, Role.PHYSIO, "Alert Physio");
		this.patient = patient(this.clinic, this.physio);
	}

	@Test
	void anEntryRaisesEachKindOnceAndTheOpenOnesComeMostUrgentFirst() {
		EntryRef flare = new EntryRef(EntryKind.FLARE_UP, UUID.randomUUID(), DAY);
		Alert spike = this.alerts.raise(this.clinic.id(), this.patient, raised(AlertKind.PAIN_SPIKE, flare), NOW)
			.orElseThrow();
		Alert redFlag = this.alerts
			.raise(this.clinic.id(), this.patient, raised(AlertKind.FLARE_UP_RED_FLAG_SIGN, flare), NOW.plusSeconds(1))
			.orElseThrow();

		assertThat(this.alerts.raise(this.clinic.id(), this.patient, raised(AlertKind.PAIN_SPIKE, flare), NOW))
			.isEmpty();
		assertThat(this.alerts.openFor(this.clinic.id(), this.patient)).extracting(Alert::id)
			.containsExactly(redFlag.id(), spike.id());
		assertThat(spike.source()).isEqualTo(flare);
		assertThat(spike.isOpen()).isTrue();
	}

	@Test
	void anAnswerIsKeptOnceAndTheAlertLeavesTheOpenOnes() {
		Alert alert = raise(this.clinic, this.patient);
		AlertDecision decision = new AlertDecision(AlertAction.NO_ACTION, "Seen in clinic today");

		assertThat(this.alerts.acknowledge(this.clinic.id(), alert.id(), decision, this.physio.id(), NOW)).isTrue();
		assertThat(this.alerts.acknowledge(this.clinic.id(), alert.id(), new AlertDecision(AlertAction.REFERRED, ""),
				this.physio.id(), NOW))
			.isFalse();

		Alert answered = this.alerts.find(this.clinic.id(), alert.id()).orElseThrow();
		assertThat(answered.isOpen()).isFalse();
		assertThat(answered.answer().orElseThrow().decision()).isEqualTo(decision);
		assertThat(answered.answer().orElseThrow().by()).isEqualTo(this.physio.id());
		assertThat(this.alerts.openFor(this.clinic.id(), this.patient)).isEmpty();
	}

	@Test
	void anotherClinicNeitherSeesNorAnswersNorRaisesForThePatient() {
		Alert alert = raise(this.clinic, this.patient);
		TestClinics clinics = new TestClinics(this.jdbc);
		Clinic other = clinics.clinic();
		Account otherPhysio = clinics.staff(other, Role.PHYSIO, "Other Physio");

		assertThat(this.alerts.find(other.id(), alert.id())).isEmpty();
		assertThat(this.alerts.openFor(other.id(), this.patient)).isEmpty();
		assertThat(this.alerts.acknowledge(other.id(), alert.id(), new AlertDecision(AlertAction.REFERRED, ""),
				otherPhysio.id(), NOW))
			.isFalse();
		assertThat(this.alerts.raise(other.id(), this.patient,
				raised(AlertKind.PAIN_SPIKE, new EntryRef(EntryKind.CHECK_IN, UUID.randomUUID(), DAY)), NOW))
			.isEmpty();
	}

	@Test
	void theTableRefusesNoActionWithoutAReason() {
		Alert alert = raise(this.clinic, this.patient);

		assertThatThrownBy(() -> this.jdbc
			.sql("UPDATE alerts SET acknowledged_at = now(), acknowledged_by = :by, action = 'NO_ACTION', reason = ' ' "
					+ "WHERE id = :id")
			.param("by", this.physio.id().value())
			.param("id", alert.id())
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	private Alert raise(Clinic clinic, PatientId patient) {
		return this.alerts
			.raise(clinic.id(), patient,
					raised(AlertKind.FLARE_UP_NEW_NERVE_SIGNS,
							new EntryRef(EntryKind.FLARE_UP, UUID.randomUUID(), DAY)),
					NOW)
			.orElseThrow();
	}

	private static TrackingAlert raised(AlertKind kind, EntryRef source) {
		return new TrackingAlert(kind, source, java.util.Set.of(), null, null, null);
	}

	private PatientId patient(Clinic clinic, Account physio) {
		return new PatientId(this.jdbc
			.sql("INSERT INTO patients (clinic_id, reference, full_name, date_of_birth, sex, consent_given, consent_date, "
					+ "created_by) VALUES (:c, :r, 'Alert Patient', '1970-01-01', 'FEMALE', true, current_date, :by) "
					+ "RETURNING id")
			.param("c", clinic.id().value())
			.param("r", "A-" + UUID.randomUUID())
			.param("by", physio.id().value())
			.query(UUID.class)
			.single());
	}

}
