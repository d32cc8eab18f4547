/**
 * The {@link org.fourstage.domain.progression.ProgressionAdvisor} that suggests
 * advancing, holding, going back to Stage 1 or referring: its evidence, criteria, each
 * clinic's thresholds, red-flag timeline and flare-up plan. Pure values and functions.
 */
@NullMarked
package org.fourstage.domain.progression;

import org.jspecify.annotations.NullMarked;
