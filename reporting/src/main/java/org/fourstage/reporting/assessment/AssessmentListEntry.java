package org.fourstage.reporting.assessment;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One assessment in the patient's list.
 *
 * @param id the assessment
 * @param assessedOn its date; a draft may have none yet
 * @param kind INITIAL or REASSESSMENT
 * @param status DRAFT or COMPLETED
 */
public record AssessmentListEntry(UUID id, @Nullable LocalDate assessedOn, String kind, String status) {

}
