package org.fourstage.domain.patient;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.clinic.ClinicId;
import org.jspecify.annotations.Nullable;

/**
 * Where clinical notes are kept, within one clinic.
 */
public interface ClinicalNotes {

	ClinicalNote add(ClinicId clinicId, PatientId patientId, AccountId author, String body, @Nullable UUID addendumTo);

	Optional<ClinicalNote> find(ClinicId clinicId, PatientId patientId, UUID noteId);

	/**
	 * The patient's notes, newest first, each followed by nothing: addenda are notes
	 * whose {@code addendumTo} names the note they add to.
	 * @param clinicId the clinic
	 * @param patientId the patient
	 * @return the notes
	 */
	List<ClinicalNote> list(ClinicId clinicId, PatientId patientId);

	/**
	 * Corrects a note if it was written after {@code editableSince}.
	 * @param note the note
	 * @param body the corrected text
	 * @param editableSince notes written before this moment are no longer editable
	 * @return false when the note is past its edit window; nothing is saved then
	 */
	boolean correct(ClinicalNote note, String body, Instant editableSince);

}
