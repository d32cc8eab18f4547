package org.fourstage.domain.tracking;

import java.time.LocalDate;

import org.fourstage.domain.instrument.InstrumentId;

/**
 * A questionnaire the schedule asks for and that has not been completed for its occasion.
 *
 * @param instrument which questionnaire
 * @param week the program week of the occasion
 * @param scheduledOn the day of the occasion
 * @param status due or overdue
 */
public record DueQuestionnaire(InstrumentId instrument, int week, LocalDate scheduledOn, DueStatus status) {

}
