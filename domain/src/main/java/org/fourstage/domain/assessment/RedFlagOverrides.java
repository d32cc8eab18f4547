package org.fourstage.domain.assessment;

import java.util.List;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.PatientId;

/**
 * Keeps the overrides physios record against red flags.
 */
public interface RedFlagOverrides {

	void record(ClinicId clinicId, PatientId patientId, AssessmentId assessmentId, String reason, AccountId by);

	/**
	 * The overrides of an assessment, latest first.
	 * @param clinicId the clinic
	 * @param assessmentId the assessment
	 * @return the overrides
	 */
	List<RedFlagOverride> of(ClinicId clinicId, AssessmentId assessmentId);

}
