package org.fourstage.persistence.tracking;

import java.util.UUID;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.tracking.RecordedBy;
import org.fourstage.persistence.testing.TestClinics;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A clinic with a physio and one patient, made by hand for the tracking tests.
 */
final class TrackingTestData {

	final Clinic clinic;

	final Account physio;

	final PatientId patient;

	TrackingTestData(JdbcClient jdbc) {
		TestClinics clinics = new TestClinics(jdbc);
		this.clinic = clinics.clinic();
		this.physio = clinics.staff(this.clinic, Role.PHYSIO, "Tracking Physio");
		this.patient = patient(jdbc, this.clinic, this.physio);
	}

	static PatientId patient(JdbcClient jdbc, Clinic clinic, Account physio) {
		return new PatientId(jdbc
			.sql("INSERT INTO patients (clinic_id, reference, full_name, date_of_birth, sex, consent_given, consent_date, "
					+ "created_by) VALUES (:c, :r, 'Tracking Patient', '1970-01-01', 'FEMALE', true, current_date, :by) "
					+ "RETURNING id")
			.param("c", clinic.id().value())
			.param("r", "T-" + UUID.randomUUID())
			.param("by", physio.id().value())
			.query(UUID.class)
			.single());
	}

	RecordedBy byPhysio() {
		return new RecordedBy(this.physio.id(), Role.PHYSIO);
	}

}
