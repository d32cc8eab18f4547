package org.fourstage.domain.instrument;

import java.util.List;
import java.util.Optional;

/**
 * One completion of an instrument: the answers item by item, with the instrument id and
 * version they were given against, so a later version never rescores old answers wrongly.
 *
 * @param instrument the instrument
 * @param version the version of its definition
 * @param answers one answer per item at most
 */
public record InstrumentResponse(InstrumentId instrument, String version, List<ItemAnswer> answers) {

	public InstrumentResponse {
		answers = List.copyOf(answers);
		if (answers.stream().map(ItemAnswer::itemId).distinct().count() != answers.size()) {
			throw new IllegalArgumentException("Each item is answered at most once");
		}
	}

	public static InstrumentResponse to(InstrumentDefinition definition, ItemAnswer... answers) {
		return new InstrumentResponse(definition.id(), definition.version(), List.of(answers));
	}

	public Optional<ItemAnswer> answerTo(String itemId) {
		return this.answers.stream().filter((answer) -> answer.itemId().equals(itemId)).findFirst();
	}

}
