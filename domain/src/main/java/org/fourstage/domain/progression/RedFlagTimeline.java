package org.fourstage.domain.progression;

import java.time.Instant;
import java.util.List;

import org.fourstage.domain.assessment.RedFlag;
import org.jspecify.annotations.Nullable;

/**
 * The red flags of the latest re-check, with when each was found, and the two moments
 * after which a flag counts as new: the start of the current stage and a physio's
 * override of the flags. A flag the physio already weighed when recording the override,
 * or one known before the stage began, is not new; one found later is, even when it is
 * the same flag again. A flag found at the very instant of the override or the stage
 * start was known then, so it is not new either.
 *
 * @param found the red flags found, with when
 * @param stageStartedAt when the patient entered the current stage
 * @param overriddenAt when a physio last recorded an override of these flags, if ever
 */
public record RedFlagTimeline(List<RedFlagFinding> found, Instant stageStartedAt, @Nullable Instant overriddenAt) {

	public RedFlagTimeline {
		found = List.copyOf(found);
	}

	/**
	 * A re-check that found no red flag.
	 * @param stageStartedAt when the current stage began
	 * @return the timeline
	 */
	public static RedFlagTimeline noneFound(Instant stageStartedAt) {
		return new RedFlagTimeline(List.of(), stageStartedAt, null);
	}

	/**
	 * The moment after which a flag is new: the later of the stage start and the
	 * override.
	 * @return that moment
	 */
	public Instant newAfter() {
		return (this.overriddenAt != null && this.overriddenAt.isAfter(this.stageStartedAt)) ? this.overriddenAt
				: this.stageStartedAt;
	}

	/**
	 * The flags found after the stage start and after any override.
	 * @return the new flags, in the order found
	 */
	public List<RedFlag> newFlags() {
		Instant after = newAfter();
		return this.found.stream()
			.filter((finding) -> finding.foundAt().isAfter(after))
			.map(RedFlagFinding::flag)
			.distinct()
			.toList();
	}

	public boolean anyNew() {
		return !newFlags().isEmpty();
	}

}
