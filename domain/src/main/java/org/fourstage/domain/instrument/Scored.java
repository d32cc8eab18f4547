package org.fourstage.domain.instrument;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A computed score.
 *
 * @param value the score, rounded as the instrument's scoring rule says
 * @param subscales subscale scores by subscale id
 * @param band the band the score falls in, if the instrument has bands
 * @param answered how many items were answered
 */
public record Scored(BigDecimal value, Map<String, BigDecimal> subscales, @Nullable Band band,
		int answered) implements ScoreOutcome {

	public Scored {
		subscales = Map.copyOf(subscales);
	}

	@Override
	public boolean isScored() {
		return true;
	}

	public Optional<Band> bandIfAny() {
		return Optional.ofNullable(this.band);
	}

	public BigDecimal subscale(String id) {
		BigDecimal score = this.subscales.get(id);
		if (score == null) {
			throw new IllegalArgumentException("No subscale " + id);
		}
		return score;
	}

	Scored withBand(@Nullable Band band) {
		return new Scored(this.value, this.subscales, band, this.answered);
	}

}
