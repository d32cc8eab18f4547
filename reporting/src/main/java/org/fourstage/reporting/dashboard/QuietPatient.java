package org.fourstage.reporting.dashboard;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A patient with a program who has entered nothing for a while.
 *
 * @param patient who
 * @param lastEntryOn the day of the latest session, check-in or flare-up; null when there
 * has been none
 * @param programStartedOn the day the program was assigned
 */
public record QuietPatient(PatientLabel patient, @Nullable LocalDate lastEntryOn, LocalDate programStartedOn) {

}
