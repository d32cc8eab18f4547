package org.fourstage.reporting.tracking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.fourstage.domain.assessment.AssessmentKind;
import org.jspecify.annotations.Nullable;

/**
 * A completed assessment with the figures the progress pages follow.
 *
 * @param id the assessment
 * @param assessedOn the day
 * @param kind initial or re-assessment
 * @param nprsNow pain at the time, 0 to 10
 * @param disabilityIndex the disability index scored with it, 0 to 100; null when none
 * @param proneHoldSeconds the prone endurance hold, seconds; null when not recorded
 * @param proneHoldCramped whether the hold cramped or shook; null when not recorded
 */
public record AssessmentRecord(UUID id, LocalDate assessedOn, AssessmentKind kind, int nprsNow,
		@Nullable BigDecimal disabilityIndex, @Nullable Integer proneHoldSeconds, @Nullable Boolean proneHoldCramped) {
}
