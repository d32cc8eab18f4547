package org.fourstage.domain.instrument;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One question of an instrument, known by a short topic label of our own. The licensed
 * wording, where there is one, lives in {@link InstrumentDefinition#itemText()}.
 *
 * @param id stable id within the instrument, for example {@code lifting}
 * @param topic short label in our own words, for example "Lifting"
 * @param options the answers it offers, each value once
 * @param namedByPatient whether the patient names what the item is about (the activities
 * of the patient-specific functional scale)
 */
public record Item(String id, String topic, List<ResponseOption> options, boolean namedByPatient) {

	public Item {
		options = List.copyOf(options);
		if (id.isBlank() || topic.isBlank() || options.isEmpty()) {
			throw new IllegalArgumentException("An item needs an id, a topic and options");
		}
		if (options.stream().map(ResponseOption::value).distinct().count() != options.size()) {
			throw new IllegalArgumentException("Item " + id + " offers the same value twice");
		}
	}

	/**
	 * An item whose options are the whole numbers {@code from} to {@code to}, each
	 * scoring its own value.
	 * @param id the item id
	 * @param topic the topic label
	 * @param from the lowest value
	 * @param to the highest value
	 * @return the item
	 */
	public static Item rating(String id, String topic, int from, int to) {
		return new Item(id, topic,
				IntStream.rangeClosed(from, to)
					.mapToObj((value) -> new ResponseOption(value, value, Integer.toString(value)))
					.toList(),
				false);
	}

	public Optional<ResponseOption> option(int value) {
		return this.options.stream().filter((option) -> option.value() == value).findFirst();
	}

	public int maxScore() {
		return this.options.stream().map(ResponseOption::score).max(Comparator.naturalOrder()).orElseThrow();
	}

	public Item namedByThePatient() {
		return new Item(this.id, this.topic, this.options, true);
	}

}
