package org.fourstage.reporting.patient;

import java.time.LocalDate;

import org.fourstage.domain.assessment.PainPattern;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.domain.patient.PatientStatus;
import org.fourstage.domain.program.Stage;
import org.jspecify.annotations.Nullable;

/**
 * One line of the physio's patient list.
 *
 * @param id the patient
 * @param reference the clinic's reference number
 * @param name the patient's name
 * @param dateOfBirth their date of birth
 * @param status active or discharged
 * @param stage the program's current stage, if a program is assigned
 * @param painPattern the latest completed assessment's pain pattern, if any
 * @param urgent whether that assessment found a red flag nobody has overridden
 */
public record PatientListEntry(PatientId id, String reference, String name, LocalDate dateOfBirth, PatientStatus status,
		@Nullable Stage stage, @Nullable PainPattern painPattern, boolean urgent) {

}
