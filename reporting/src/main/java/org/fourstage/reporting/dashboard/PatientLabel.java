package org.fourstage.reporting.dashboard;

import org.fourstage.domain.patient.PatientId;

/**
 * Who a dashboard item is about, as the physio recognises them.
 *
 * @param id the patient
 * @param fullName the name
 * @param reference the clinic's reference number
 */
public record PatientLabel(PatientId id, String fullName, String reference) {

}
