package org.fourstage.persistence.assessment;

import java.util.List;
import java.util.UUID;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.assessment.AssessmentId;
import org.fourstage.domain.assessment.RedFlagOverride;
import org.fourstage.domain.assessment.RedFlagOverrides;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.PatientId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Red flag overrides in the {@code red_flag_overrides} table; rows are only ever added.
 */
@Repository
class JdbcRedFlagOverrides implements RedFlagOverrides {

	private final JdbcClient jdbc;

	JdbcRedFlagOverrides(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void record(ClinicId clinicId, PatientId patientId, AssessmentId assessmentId, String reason, AccountId by) {
		int added = this.jdbc
			.sql("INSERT INTO red_flag_overrides (clinic_id, patient_id, assessment_id, reason, recorded_by) "
					+ "SELECT a.clinic_id, a.patient_id, a.id, :reason, :by FROM assessments a "
					+ "WHERE a.id = :assessment AND a.clinic_id = :clinic AND a.patient_id = :patient "
					+ "AND a.status = 'COMPLETED' AND a.urgent")
			.param("reason", reason.strip())
			.param("by", by.value())
			.param("assessment", assessmentId.value())
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.update();
		if (added != 1) {
			throw new IllegalArgumentException("No completed assessment with a red flag: " + assessmentId);
		}
	}

	@Override
	public List<RedFlagOverride> of(ClinicId clinicId, AssessmentId assessmentId) {
		return this.jdbc
			.sql("SELECT o.assessment_id, o.reason, o.recorded_by, a.display_name, o.recorded_at "
					+ "FROM red_flag_overrides o JOIN accounts a ON a.id = o.recorded_by "
					+ "WHERE o.clinic_id = :clinic AND o.assessment_id = :assessment ORDER BY o.recorded_at DESC")
			.param("clinic", clinicId.value())
			.param("assessment", assessmentId.value())
			.query((row, n) -> new RedFlagOverride(new AssessmentId(row.getObject("assessment_id", UUID.class)),
					row.getString("reason"), new AccountId(row.getObject("recorded_by", UUID.class)),
					row.getString("display_name"), row.getTimestamp("recorded_at").toInstant()))
			.list();
	}

}
