package org.fourstage.domain.progression;

import java.time.Instant;

import org.fourstage.domain.assessment.RedFlag;

/**
 * A red flag as an assessment found it, with the moment it was recorded.
 *
 * @param flag the red flag
 * @param foundAt when the assessment that found it was completed
 */
public record RedFlagFinding(RedFlag flag, Instant foundAt) {

}
