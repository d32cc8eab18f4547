package org.fourstage.reporting.patient;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the physio's patient list.
 *
 * @param id the patient
 * @param reference the clinic's reference number
 * @param name the patient's name
 * @param dateOfBirth their date of birth
 * @param status ACTIVE or DISCHARGED
 */
public record PatientListEntry(UUID id, String reference, String name, LocalDate dateOfBirth, String status) {

}
