package org.fourstage.domain.instrument;

/**
 * Why a response has no score.
 *
 * @param code a message key, for example {@code instrument.too-few-answered}
 * @param reason the same in plain words
 */
public record NotScored(String code, String reason) implements ScoreOutcome {

	@Override
	public boolean isScored() {
		return false;
	}

}
