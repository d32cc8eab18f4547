package org.fourstage.domain.assessment;

import java.time.LocalDate;

/**
 * The story of this episode.
 *
 * @param onsetDate the day the pain started
 * @param mechanism how it started
 * @param previousEpisodes how many earlier episodes of low back pain the patient recalls
 */
public record PainHistory(LocalDate onsetDate, OnsetMechanism mechanism, int previousEpisodes) {

	public PainHistory {
		if (previousEpisodes < 0) {
			throw new IllegalArgumentException("Previous episodes cannot be negative");
		}
	}

	public DurationBand durationBand(LocalDate assessedOn) {
		return DurationBand.between(this.onsetDate, assessedOn);
	}

}
