package org.fourstage.domain.tracking;

import java.time.LocalDate;

import org.fourstage.domain.instrument.InstrumentId;

/**
 * A questionnaire the patient completed, for checking the measurement schedule.
 *
 * @param instrument which questionnaire
 * @param completedOn the day it was completed
 */
public record CompletedQuestionnaire(InstrumentId instrument, LocalDate completedOn) {

}
