package org.fourstage.persistence.patient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.DuplicateReferenceException;
import org.fourstage.domain.patient.Patient;
import org.fourstage.domain.patient.PatientDetails;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.patient.PatientRepository;
import org.fourstage.domain.patient.PatientStatus;
import org.fourstage.domain.patient.Sex;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Patients kept in the {@code patients} table.
 */
@Repository
class JdbcPatientRepository implements PatientRepository {

	private static final String COLUMNS = "id, clinic_id, reference, full_name, date_of_birth, sex, phone, email, "
			+ "referring_source, consent_date, status, created_at, version";

	private final JdbcClient jdbc;

	JdbcPatientRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Patient register(ClinicId clinicId, PatientDetails details, AccountId registeredBy) {
		try {
			return this.jdbc
				.sql("INSERT INTO patients (clinic_id, reference, full_name, date_of_birth, sex, phone, email, "
						+ "referring_source, consent_given, consent_date, created_by) VALUES (:clinic, :reference, "
						+ ":name, :born, :sex, :phone, :email, :source, true, :consent, :by) RETURNING " + COLUMNS)
				.param("clinic", clinicId.value())
				.params(detailParams(details))
				.param("by", registeredBy.value())
				.query(JdbcPatientRepository::map)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateReferenceException(details.reference());
		}
	}

	@Override
	public Optional<Patient> find(ClinicId clinicId, PatientId id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM patients WHERE id = :id AND clinic_id = :clinic")
			.param("id", id.value())
			.param("clinic", clinicId.value())
			.query(JdbcPatientRepository::map)
			.optional();
	}

	@Override
	public boolean update(Patient patient, PatientDetails details) {
		try {
			return this.jdbc.sql(
					"UPDATE patients SET reference = :reference, full_name = :name, date_of_birth = :born, sex = :sex, "
							+ "phone = :phone, email = :email, referring_source = :source, consent_date = :consent, "
							+ "version = version + 1, updated_at = now() "
							+ "WHERE id = :id AND clinic_id = :clinic AND version = :version")
				.params(detailParams(details))
				.param("id", patient.id().value())
				.param("clinic", patient.clinicId().value())
				.param("version", patient.version())
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateReferenceException(details.reference());
		}
	}

	@Override
	public void setStatus(ClinicId clinicId, PatientId id, PatientStatus status) {
		this.jdbc
			.sql("UPDATE patients SET status = :status, version = version + 1, updated_at = now() "
					+ "WHERE id = :id AND clinic_id = :clinic")
			.param("status", status.name())
			.param("id", id.value())
			.param("clinic", clinicId.value())
			.update();
	}

	private static java.util.Map<String, @Nullable Object> detailParams(PatientDetails details) {
		java.util.Map<String, @Nullable Object> params = new java.util.HashMap<>();
		params.put("reference", details.reference().strip());
		params.put("name", details.name().strip());
		params.put("born", details.dateOfBirth());
		params.put("sex", details.sex().name());
		params.put("phone", blankToNull(details.phone()));
		params.put("email", blankToNull(details.email()));
		params.put("source", blankToNull(details.referringSource()));
		params.put("consent", details.consentDate());
		return params;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static Patient map(ResultSet row, int n) throws SQLException {
		PatientDetails details = new PatientDetails(row.getString("reference"), row.getString("full_name"),
				row.getObject("date_of_birth", LocalDate.class), Sex.valueOf(row.getString("sex")),
				row.getString("phone"), row.getString("email"), row.getString("referring_source"),
				row.getObject("consent_date", LocalDate.class));
		return new Patient(new PatientId(row.getObject("id", UUID.class)),
				new ClinicId(row.getObject("clinic_id", UUID.class)), details,
				PatientStatus.valueOf(row.getString("status")), row.getTimestamp("created_at").toInstant(),
				row.getInt("version"));
	}

}
