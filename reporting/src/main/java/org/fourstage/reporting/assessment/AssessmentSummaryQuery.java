package org.fourstage.reporting.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.assessment.AssessmentId;
import org.fourstage.domain.assessment.AssessmentKind;
import org.fourstage.domain.assessment.AssessmentStatus;
import org.fourstage.domain.assessment.PainPattern;
import org.fourstage.domain.assessment.RedFlagState;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.program.Stage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A patient's assessments and the key findings of the latest completed one, for the
 * patient's page. The caller audits the read.
 */
@Component
public class AssessmentSummaryQuery {

	private final JdbcClient jdbc;

	public AssessmentSummaryQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The name of a patient of the clinic, to head the assessment pages.
	 * @param clinicId the clinic
	 * @param patientId the patient
	 * @return the name, empty for a patient of another clinic or none at all
	 */
	public Optional<String> patientName(ClinicId clinicId, PatientId patientId) {
		return this.jdbc.sql("SELECT full_name FROM patients WHERE id = :patient AND clinic_id = :clinic")
			.param("patient", patientId.value())
			.param("clinic", clinicId.value())
			.query(String.class)
			.optional();
	}

	/**
	 * The summary of one patient of one clinic; empty for a patient of another clinic.
	 * @param clinicId the clinic
	 * @param patientId the patient
	 * @return the summary
	 */
	public AssessmentSummary summary(ClinicId clinicId, PatientId patientId) {
		List<AssessmentListEntry> list = this.jdbc
			.sql("SELECT id, assessed_on, kind, status FROM assessments WHERE clinic_id = :clinic "
					+ "AND patient_id = :patient ORDER BY assessed_on DESC NULLS FIRST, created_at DESC")
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.query((row, n) -> new AssessmentListEntry(new AssessmentId(row.getObject("id", UUID.class)),
					row.getObject("assessed_on", LocalDate.class), AssessmentKind.valueOf(row.getString("kind")),
					AssessmentStatus.valueOf(row.getString("status"))))
			.list();
		LatestFindings latest = this.jdbc.sql("""
				SELECT a.id, a.assessed_on, a.nprs_now, a.pain_pattern, a.suggested_stage, a.red_flag_state,
				       a.inflammatory_pattern, odi.score AS odi, odi.band AS odi_band, sb.band AS start_back
				FROM latest_completed_assessment a
				LEFT JOIN LATERAL (SELECT r.score, r.band FROM instrument_responses r
				       WHERE r.clinic_id = a.clinic_id AND r.patient_id = a.patient_id
				         AND r.instrument_id = 'disability-index' AND r.score IS NOT NULL
				       ORDER BY r.entered_at DESC LIMIT 1) odi ON true
				LEFT JOIN LATERAL (SELECT r.band FROM instrument_responses r
				       WHERE r.clinic_id = a.clinic_id AND r.patient_id = a.patient_id
				         AND r.instrument_id = 'start-back' AND r.band IS NOT NULL
				       ORDER BY r.entered_at DESC LIMIT 1) sb ON true
				WHERE a.clinic_id = :clinic AND a.patient_id = :patient
				""")
			.param("clinic", clinicId.value())
			.param("patient", patientId.value())
			.query((row, n) -> new LatestFindings(new AssessmentId(row.getObject("id", UUID.class)),
					row.getObject("assessed_on", LocalDate.class), row.getInt("nprs_now"),
					PainPattern.valueOf(row.getString("pain_pattern")), Stage.valueOf(row.getString("suggested_stage")),
					RedFlagState.valueOf(row.getString("red_flag_state")), row.getObject("odi", BigDecimal.class),
					row.getString("odi_band"), row.getString("start_back"), row.getBoolean("inflammatory_pattern")))
			.optional()
			.orElse(null);
		return new AssessmentSummary(latest, list);
	}

}
