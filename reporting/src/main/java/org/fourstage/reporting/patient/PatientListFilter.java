package org.fourstage.reporting.patient;

import org.fourstage.domain.assessment.PainPattern;
import org.fourstage.domain.patient.PatientStatus;
import org.fourstage.domain.program.Stage;
import org.jspecify.annotations.Nullable;

/**
 * What the physio narrows the patient list to. Empty parts match everyone.
 *
 * @param query text in the name or reference
 * @param status active or discharged
 * @param stage the program's current stage
 * @param painPattern the latest completed assessment's pain pattern
 */
public record PatientListFilter(String query, @Nullable PatientStatus status, @Nullable Stage stage,
		@Nullable PainPattern painPattern) {

}
