package org.fourstage.reporting.tracking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A scored disability index (Oswestry form), entered from paper or by the patient.
 *
 * @param responseId the questionnaire response
 * @param enteredAt when it was entered
 * @param score 0 to 100
 * @param band the band's code, e.g. {@code moderate}; null when none was stored
 * @param assessmentId the assessment it belongs to; null when entered on its own
 */
public record DisabilityScore(UUID responseId, Instant enteredAt, BigDecimal score, @Nullable String band,
		@Nullable UUID assessmentId) {
}
