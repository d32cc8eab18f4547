package org.fourstage.reporting.patient;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of the physio's patient list.
 *
 * @param id the patient
 * @param reference the clinic's reference number
 * @param name the patient's name
 * @param dateOfBirth their date of birth
 * @param status ACTIVE or DISCHARGED
 * @param stage the program's current stage, if a program is assigned
 * @param painPattern the latest completed assessment's pain pattern, if any
 * @param urgent whether that assessment found a red flag nobody has overridden
 */
public record PatientListEntry(UUID id, String reference, String name, LocalDate dateOfBirth, String status,
		@Nullable Integer stage, @Nullable String painPattern, boolean urgent) {

}
