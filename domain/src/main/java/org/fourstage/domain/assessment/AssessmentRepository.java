package org.fourstage.domain.assessment;

import java.util.List;
import java.util.Optional;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.PatientId;

/**
 * Keeps assessments. Every method takes the clinic and finds nothing outside it.
 */
public interface AssessmentRepository {

	/**
	 * Starts a draft.
	 * @param clinicId the clinic
	 * @param patientId the patient, of that clinic
	 * @param kind initial or re-assessment
	 * @param answers the answers to start from, maybe empty
	 * @param by the physio
	 * @return the new draft
	 */
	StoredAssessment start(ClinicId clinicId, PatientId patientId, AssessmentKind kind, AssessmentDraft answers,
			AccountId by);

	Optional<StoredAssessment> find(ClinicId clinicId, PatientId patientId, AssessmentId id);

	/**
	 * The patient's assessments, latest first.
	 * @param clinicId the clinic
	 * @param patientId the patient
	 * @return the assessments
	 */
	List<StoredAssessment> forPatient(ClinicId clinicId, PatientId patientId);

	Optional<StoredAssessment> latestCompleted(ClinicId clinicId, PatientId patientId);

	/**
	 * Keeps partial answers of a draft.
	 * @param clinicId the clinic
	 * @param id the draft
	 * @param answers the answers as entered
	 * @param expectedVersion the version the physio opened
	 * @throws AssessmentChangedException when someone saved it in between, or it is no
	 * longer a draft
	 */
	void saveDraft(ClinicId clinicId, AssessmentId id, AssessmentDraft answers, int expectedVersion);

	/**
	 * Completes a draft with answers that passed every rule.
	 * @param clinicId the clinic
	 * @param id the draft
	 * @param answers the answers as entered
	 * @param findings what the rules derived from them
	 * @param by the physio
	 * @param expectedVersion the version the physio opened
	 * @throws AssessmentChangedException when someone saved it in between, or it is no
	 * longer a draft
	 */
	void complete(ClinicId clinicId, AssessmentId id, AssessmentDraft answers, AssessmentFindings findings,
			AccountId by, int expectedVersion);

}
