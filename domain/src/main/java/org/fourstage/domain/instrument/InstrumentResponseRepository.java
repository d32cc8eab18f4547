package org.fourstage.domain.instrument;

import java.util.List;
import java.util.UUID;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.patient.PatientId;
import org.jspecify.annotations.Nullable;

/**
 * Keeps questionnaire answers item by item. Every method is scoped by the clinic.
 */
public interface InstrumentResponseRepository {

	/**
	 * Keeps a checked response and the score computed from it.
	 * @param clinicId the clinic
	 * @param patientId the patient
	 * @param assessmentId the assessment it belongs to, if any
	 * @param response the answers
	 * @param outcome the score computed from them
	 * @param source who entered them
	 * @param by the account that entered them
	 * @return the stored response
	 */
	StoredResponse save(ClinicId clinicId, PatientId patientId, @Nullable UUID assessmentId,
			InstrumentResponse response, ScoreOutcome outcome, EntrySource source, AccountId by);

	/**
	 * The responses attached to an assessment, latest first.
	 * @param clinicId the clinic
	 * @param assessmentId the assessment
	 * @return the responses
	 */
	List<StoredResponse> forAssessment(ClinicId clinicId, UUID assessmentId);

	/**
	 * A patient's responses to one instrument, latest first.
	 * @param clinicId the clinic
	 * @param patientId the patient
	 * @param instrument the instrument
	 * @return the responses
	 */
	List<StoredResponse> forPatient(ClinicId clinicId, PatientId patientId, InstrumentId instrument);

}
