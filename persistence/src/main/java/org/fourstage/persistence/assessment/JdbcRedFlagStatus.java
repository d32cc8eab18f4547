package org.fourstage.persistence.assessment;

import org.fourstage.domain.assessment.RedFlagState;
import org.fourstage.domain.assessment.RedFlagStatus;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.PatientId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The red flag status from the latest completed assessment and its overrides.
 */
@Repository
public class JdbcRedFlagStatus implements RedFlagStatus {

	private final JdbcClient jdbc;

	public JdbcRedFlagStatus(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RedFlagState of(ClinicId clinicId, PatientId patientId) {
		return this.jdbc
			.sql("SELECT CASE WHEN NOT a.urgent THEN 'CLEAR' WHEN EXISTS (SELECT 1 FROM red_flag_overrides o "
					+ "WHERE o.clinic_id = a.clinic_id AND o.assessment_id = a.id) THEN 'OVERRIDDEN' "
					+ "ELSE 'URGENT_MEDICAL_ASSESSMENT' END FROM assessments a WHERE a.clinic_id = :clinic "
					+ "AND a.patient_id = :patient AND a.status = 'COMPLETED' "
					+ "ORDER BY a.assessed_on DESC, a.completed_at DESC LIMIT 1")
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.query(String.class)
			.optional()
			.map(RedFlagState::valueOf)
			.orElse(RedFlagState.NOT_ASSESSED);
	}

}
