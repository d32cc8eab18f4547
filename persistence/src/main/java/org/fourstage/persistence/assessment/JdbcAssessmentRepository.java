package org.fourstage.persistence.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.assessment.AssessmentChangedException;
import org.fourstage.domain.assessment.AssessmentDerivation;
import org.fourstage.domain.assessment.AssessmentDraft;
import org.fourstage.domain.assessment.AssessmentFindings;
import org.fourstage.domain.assessment.AssessmentId;
import org.fourstage.domain.assessment.AssessmentKind;
import org.fourstage.domain.assessment.AssessmentRepository;
import org.fourstage.domain.assessment.AssessmentStatus;
import org.fourstage.domain.assessment.StoredAssessment;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.persistence.database.JsonColumns;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Assessments in the {@code assessments} table. A change names the version it started
 * from; when that is no longer the stored version nothing is written. Completing keeps
 * the derivation as made then, with the rules' version, in the same row as the derived
 * columns that lists and the red-flag gate read.
 */
@Repository
class JdbcAssessmentRepository implements AssessmentRepository {

	private static final String COLUMNS = "id, clinic_id, patient_id, kind, status, answers::text AS answers, "
			+ "version, created_at, completed_at, derivation::text AS derivation";

	private final JdbcClient jdbc;

	JdbcAssessmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public StoredAssessment start(ClinicId clinicId, PatientId patientId, AssessmentKind kind, AssessmentDraft answers,
			AccountId by) {
		// The patient must be of the same clinic; the INSERT ... SELECT finds nothing
		// otherwise.
		return this.jdbc
			.sql("INSERT INTO assessments (clinic_id, patient_id, kind, assessed_on, answers, created_by) "
					+ "SELECT :clinic, p.id, :kind, :assessedOn, CAST(:answers AS jsonb), :by FROM patients p "
					+ "WHERE p.id = :patient AND p.clinic_id = :clinic RETURNING " + COLUMNS)
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.param("kind", kind.name())
			.param("assessedOn", answers.assessedOn())
			.param("answers", JsonColumns.write(answers))
			.param("by", by.value())
			.query(JdbcAssessmentRepository::map)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No patient " + patientId + " in clinic " + clinicId));
	}

	@Override
	public Optional<StoredAssessment> find(ClinicId clinicId, PatientId patientId, AssessmentId id) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM assessments WHERE id = :id AND clinic_id = :clinic "
					+ "AND patient_id = :patient")
			.param("id", id.value())
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.query(JdbcAssessmentRepository::map)
			.optional();
	}

	@Override
	public List<StoredAssessment> forPatient(ClinicId clinicId, PatientId patientId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM assessments WHERE clinic_id = :clinic AND patient_id = :patient "
					+ "ORDER BY assessed_on DESC NULLS FIRST, created_at DESC")
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.query(JdbcAssessmentRepository::map)
			.list();
	}

	@Override
	public Optional<StoredAssessment> latestCompleted(ClinicId clinicId, PatientId patientId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM latest_completed_assessment "
					+ "WHERE clinic_id = :clinic AND patient_id = :patient")
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.query(JdbcAssessmentRepository::map)
			.optional();
	}

	@Override
	public void saveDraft(ClinicId clinicId, AssessmentId id, AssessmentDraft answers, int expectedVersion) {
		int updated = this.jdbc
			.sql("UPDATE assessments SET answers = CAST(:answers AS jsonb), assessed_on = :assessedOn, "
					+ "version = version + 1, updated_at = now() WHERE id = :id AND clinic_id = :clinic "
					+ "AND version = :version AND status = 'DRAFT'")
			.param("answers", JsonColumns.write(answers))
			.param("assessedOn", answers.assessedOn())
			.param("id", id.value())
			.param("clinic", clinicId.value())
			.param("version", expectedVersion)
			.update();
		if (updated != 1) {
			throw new AssessmentChangedException(id);
		}
	}

	@Override
	public void complete(ClinicId clinicId, AssessmentId id, AssessmentDraft answers, AssessmentFindings findings,
			AccountId by, int expectedVersion) {
		AssessmentDerivation derivation = AssessmentDerivation.of(findings);
		int updated = this.jdbc
			.sql("UPDATE assessments SET answers = CAST(:answers AS jsonb), assessed_on = :assessedOn, "
					+ "kind = :kind, status = 'COMPLETED', pain_pattern = :pattern, suggested_stage = :stage, "
					+ "urgent = :urgent, inflammatory_pattern = :inflammatory, nprs_now = :nprs, "
					+ "completed_at = now(), completed_by = :by, derivation = CAST(:derivation AS jsonb), "
					+ "rules_version = :rulesVersion, "
					+ "version = version + 1, updated_at = now() WHERE id = :id AND clinic_id = :clinic "
					+ "AND version = :version AND status = 'DRAFT'")
			.param("answers", JsonColumns.write(answers))
			.param("assessedOn", findings.assessment().assessedOn())
			.param("kind", findings.assessment().kind().name())
			.param("pattern", findings.painPattern().pattern().name())
			.param("stage", findings.startingStage().stage().name())
			.param("urgent", findings.redFlagScreen().isUrgent())
			.param("inflammatory", findings.morningPattern().possibleInflammatoryBackPain())
			.param("nprs", findings.assessment().pain().now().value())
			.param("derivation", JsonColumns.write(derivation))
			.param("rulesVersion", derivation.rulesVersion())
			.param("by", by.value())
			.param("id", id.value())
			.param("clinic", clinicId.value())
			.param("version", expectedVersion)
			.update();
		if (updated != 1) {
			throw new AssessmentChangedException(id);
		}
	}

	private static StoredAssessment map(ResultSet row, int n) throws SQLException {
		Timestamp completed = row.getTimestamp("completed_at");
		String derivation = row.getString("derivation");
		return new StoredAssessment(new AssessmentId(row.getObject("id", UUID.class)),
				new ClinicId(row.getObject("clinic_id", UUID.class)),
				new PatientId(row.getObject("patient_id", UUID.class)), AssessmentKind.valueOf(row.getString("kind")),
				AssessmentStatus.valueOf(row.getString("status")),
				JsonColumns.read(row.getString("answers"), AssessmentDraft.class), row.getInt("version"),
				row.getTimestamp("created_at").toInstant(), (completed != null) ? completed.toInstant() : null,
				(derivation != null) ? JsonColumns.read(derivation, AssessmentDerivation.class) : null);
	}

}
