package org.fourstage.domain.instrument;

/**
 * One answer an item offers. The stored answer is the {@code value}; the {@code score} is
 * what it counts for, which may differ (a five-level item that scores only its top two
 * levels, for example).
 *
 * @param value what is stored when this option is chosen
 * @param score what the option counts for in the score
 * @param label a short label in our own words
 */
public record ResponseOption(int value, int score, String label) {

	public ResponseOption {
		if (label.isBlank()) {
			throw new IllegalArgumentException("A response option needs a label");
		}
	}

}
