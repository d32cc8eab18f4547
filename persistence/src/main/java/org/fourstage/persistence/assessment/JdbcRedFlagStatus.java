package org.fourstage.persistence.assessment;

import org.fourstage.domain.assessment.RedFlagState;
import org.fourstage.domain.assessment.RedFlagStatus;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.PatientId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The red flag status from the latest completed assessment and its overrides, as the view
 * {@code latest_completed_assessment} states the rule.
 */
@Repository
class JdbcRedFlagStatus implements RedFlagStatus {

	private final JdbcClient jdbc;

	JdbcRedFlagStatus(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RedFlagState of(ClinicId clinicId, PatientId patientId) {
		return this.jdbc
			.sql("SELECT red_flag_state FROM latest_completed_assessment "
					+ "WHERE clinic_id = :clinic AND patient_id = :patient")
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.query(String.class)
			.optional()
			.map(RedFlagState::valueOf)
			.orElse(RedFlagState.NOT_ASSESSED);
	}

}
