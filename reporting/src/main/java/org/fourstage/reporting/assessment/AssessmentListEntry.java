package org.fourstage.reporting.assessment;

import java.time.LocalDate;

import org.fourstage.domain.assessment.AssessmentId;
import org.fourstage.domain.assessment.AssessmentKind;
import org.fourstage.domain.assessment.AssessmentStatus;
import org.jspecify.annotations.Nullable;

/**
 * One assessment in the patient's list.
 *
 * @param id the assessment
 * @param assessedOn its date; a draft may have none yet
 * @param kind initial or reassessment
 * @param status draft or completed
 */
public record AssessmentListEntry(AssessmentId id, @Nullable LocalDate assessedOn, AssessmentKind kind,
		AssessmentStatus status) {

}
