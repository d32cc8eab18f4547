package org.fourstage.reporting.patient;

import org.jspecify.annotations.Nullable;

/**
 * What the physio narrows the patient list to. Empty parts match everyone.
 *
 * @param query text in the name or reference
 * @param status ACTIVE or DISCHARGED
 * @param stage the program's current stage, 1 to 4
 * @param painPattern the latest completed assessment's pain pattern
 */
public record PatientListFilter(String query, @Nullable String status, @Nullable Integer stage,
		@Nullable String painPattern) {

}
