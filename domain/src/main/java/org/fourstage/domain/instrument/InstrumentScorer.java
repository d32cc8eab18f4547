package org.fourstage.domain.instrument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fourstage.domain.validation.Violations;

/**
 * Scores a response from its definition. The server always recomputes the score from the
 * stored answers; a score sent by a client is never trusted.
 */
public final class InstrumentScorer {

	private InstrumentScorer() {
	}

	/**
	 * Checks a response against its definition, answer by answer.
	 * @param definition the instrument
	 * @param response the answers
	 * @return violations keyed {@code instrument}, {@code version},
	 * {@code answers[itemId]} or {@code answers[itemId].patientLabel}
	 */
	public static Violations check(InstrumentDefinition definition, InstrumentResponse response) {
		Violations violations = Violations.none();
		if (!definition.id().equals(response.instrument())) {
			violations = violations.and("instrument", "instrument.mismatch", "These answers belong to another form.");
		}
		if (!definition.version().equals(response.version())) {
			violations = violations.and("version", "instrument.version-mismatch",
					"These answers belong to another version of the form.");
		}
		for (ItemAnswer answer : response.answers()) {
			String field = "answers[" + answer.itemId() + "]";
			Optional<Item> item = definition.findItem(answer.itemId());
			if (item.isEmpty()) {
				violations = violations.and(field, "instrument.item.unknown", "No such item in this form.");
				continue;
			}
			Integer value = answer.value();
			if (value != null && item.get().option(value).isEmpty()) {
				violations = violations.and(field, "instrument.answer.not-offered",
						"Choose one of the offered answers.");
			}
			String label = answer.patientLabel();
			if (value != null && item.get().namedByPatient() && (label == null || label.isBlank())) {
				violations = violations.and(field + ".patientLabel", "instrument.answer.name-missing",
						"Name the activity being rated.");
			}
		}
		return violations;
	}

	/**
	 * Scores a response.
	 * @param definition the instrument, in the version the response was given against
	 * @param response the answers
	 * @return the score with its band, or why there is none
	 */
	public static ScoreOutcome score(InstrumentDefinition definition, InstrumentResponse response) {
		Violations violations = check(definition, response);
		if (!violations.isEmpty()) {
			return new NotScored("instrument.invalid-answers", List.of(String.join(", ", violations.fields())));
		}
		Map<String, Integer> answered = new LinkedHashMap<>();
		for (Item item : definition.items()) {
			response.answerTo(item.id())
				.filter((answer) -> !answer.isSkipped())
				.map(ItemAnswer::value)
				.flatMap(item::option)
				.ifPresent((option) -> answered.put(item.id(), option.score()));
		}
		ScoreOutcome outcome = definition.scoring().compute(definition, answered);
		if (outcome instanceof Scored scored) {
			return scored.withBand(definition.bands().classify(scored.value(), scored.subscales()).orElse(null));
		}
		return outcome;
	}

}
