package org.fourstage.reporting.dashboard;

import org.fourstage.domain.tracking.DueQuestionnaire;

/**
 * A questionnaire of a patient's measurement schedule left undone past its grace days,
 * for the physio to take at the next visit.
 *
 * @param patient whose
 * @param questionnaire which, of which week, scheduled when
 */
public record OverdueQuestionnaire(PatientLabel patient, DueQuestionnaire questionnaire) {

}
