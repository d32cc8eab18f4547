package org.fourstage.persistence.patient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.ClinicalNote;
import org.fourstage.domain.patient.ClinicalNotes;
import org.fourstage.domain.patient.PatientId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Clinical notes kept in the {@code clinical_notes} table.
 */
@Repository
class JdbcClinicalNotes implements ClinicalNotes {

	private static final String SELECT = "SELECT n.id, n.patient_id, n.author_id, a.display_name, n.body, n.created_at, "
			+ "n.updated_at, n.addendum_to FROM clinical_notes n JOIN accounts a ON a.id = n.author_id ";

	private final JdbcClient jdbc;

	private final java.time.Clock clock;

	JdbcClinicalNotes(JdbcClient jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public ClinicalNote add(ClinicId clinicId, PatientId patientId, AccountId author, String body,
			@Nullable UUID addendumTo) {
		Timestamp now = Timestamp.from(this.clock.instant());
		UUID id = this.jdbc
			.sql("INSERT INTO clinical_notes (clinic_id, patient_id, author_id, body, addendum_to, created_at, "
					+ "updated_at) SELECT :clinic, p.id, :author, :body, :addendumTo, :now, :now FROM patients p "
					+ "WHERE p.id = :patient AND p.clinic_id = :clinic RETURNING id")
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.param("author", author.value())
			.param("body", body.strip())
			.param("addendumTo", addendumTo)
			.param("now", now)
			.query(UUID.class)
			.single();
		return find(clinicId, patientId, id).orElseThrow();
	}

	@Override
	public Optional<ClinicalNote> find(ClinicId clinicId, PatientId patientId, UUID noteId) {
		return this.jdbc.sql(SELECT + "WHERE n.id = :id AND n.patient_id = :patient AND n.clinic_id = :clinic")
			.param("id", noteId)
			.param("patient", patientId.value())
			.param("clinic", clinicId.value())
			.query(JdbcClinicalNotes::map)
			.optional();
	}

	@Override
	public List<ClinicalNote> list(ClinicId clinicId, PatientId patientId) {
		return this.jdbc
			.sql(SELECT + "WHERE n.patient_id = :patient AND n.clinic_id = :clinic ORDER BY n.created_at DESC")
			.param("patient", patientId.value())
			.param("clinic", clinicId.value())
			.query(JdbcClinicalNotes::map)
			.list();
	}

	@Override
	public boolean correct(ClinicalNote note, String body, Instant editableSince) {
		return this.jdbc
			.sql("UPDATE clinical_notes SET body = :body, updated_at = :now WHERE id = :id AND created_at > :since")
			.param("body", body.strip())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", note.id())
			.param("since", Timestamp.from(editableSince))
			.update() == 1;
	}

	private static ClinicalNote map(ResultSet row, int n) throws SQLException {
		return new ClinicalNote(row.getObject("id", UUID.class), new PatientId(row.getObject("patient_id", UUID.class)),
				new AccountId(row.getObject("author_id", UUID.class)), row.getString("display_name"),
				row.getString("body"), row.getTimestamp("created_at").toInstant(),
				row.getTimestamp("updated_at").toInstant(), row.getObject("addendum_to", UUID.class));
	}

}
