package org.fourstage.domain.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fourstage.domain.validation.FieldError;
import org.fourstage.domain.validation.Validated;
import org.fourstage.domain.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * An instrument as data. Everything needed to score it lives here, so a new version is a
 * new definition, and old responses keep being scored with the version they were given
 * against.
 * <p>
 * Item wording: licensed instruments ship without it; {@link #itemText()} is empty and
 * each item has only its own short topic. A clinic that holds a licence imports the
 * wording with {@link #withItemText(Map)}; the patient portal offers an instrument only
 * when {@link #hasItemText()} is true, while physio entry of item scores from a paper
 * form works either way.
 *
 * @param id the instrument id
 * @param version the version of this definition
 * @param name the instrument's name
 * @param reference the publication that describes the instrument, as a citation
 * @param items the items, in order
 * @param scoring how the score is computed
 * @param bands how a score is banded
 * @param betterWhen which way the score moves when the patient improves
 * @param importantChange the minimal clinically important difference, if published
 * @param itemText licensed or own item wording by item id; empty when not imported
 */
public record InstrumentDefinition(InstrumentId id, String version, String name, String reference, List<Item> items,
		ScoringRule scoring, BandRule bands, BetterWhen betterWhen, @Nullable ImportantChange importantChange,
		Map<String, String> itemText) {

	public InstrumentDefinition {
		items = List.copyOf(items);
		itemText = Map.copyOf(itemText);
		if (version.isBlank() || name.isBlank() || items.isEmpty()) {
			throw new IllegalArgumentException("An instrument needs a version, a name and items");
		}
		if (items.stream().map(Item::id).distinct().count() != items.size()) {
			throw new IllegalArgumentException("Item ids must be unique in " + id);
		}
		for (String itemId : itemText.keySet()) {
			if (items.stream().noneMatch((item) -> item.id().equals(itemId))) {
				throw new IllegalArgumentException("Item text for unknown item " + itemId);
			}
		}
	}

	public Item item(String itemId) {
		return findItem(itemId).orElseThrow(() -> new IllegalArgumentException(this.id + " has no item " + itemId));
	}

	public Optional<Item> findItem(String itemId) {
		return this.items.stream().filter((item) -> item.id().equals(itemId)).findFirst();
	}

	public Optional<ImportantChange> importantChangeIfKnown() {
		return Optional.ofNullable(this.importantChange);
	}

	/**
	 * Whether every item has its wording, so patients can answer it on their own.
	 * @return true when item text is present for all items
	 */
	public boolean hasItemText() {
		return this.items.stream().allMatch((item) -> this.itemText.containsKey(item.id()));
	}

	public Optional<String> itemText(String itemId) {
		return Optional.ofNullable(this.itemText.get(itemId));
	}

	/**
	 * Attaches item wording, for example licensed text imported by an admin. Every key
	 * must name an item and every text must be non-blank; the scoring is untouched.
	 * @param text wording by item id
	 * @return the definition with the wording, or the refused entries keyed
	 * {@code itemText[id]}
	 */
	public Validated<InstrumentDefinition> withItemText(Map<String, String> text) {
		List<FieldError> problems = new ArrayList<>();
		for (Map.Entry<String, String> entry : text.entrySet()) {
			String field = "itemText[" + entry.getKey() + "]";
			if (findItem(entry.getKey()).isEmpty()) {
				problems.add(new FieldError(field, "instrument.item.unknown", "No such item in this instrument."));
			}
			else if (entry.getValue().isBlank()) {
				problems.add(new FieldError(field, "instrument.item.text-blank", "The item text is empty."));
			}
		}
		return Validated.when(new Violations(problems), () -> new InstrumentDefinition(this.id, this.version, this.name,
				this.reference, this.items, this.scoring, this.bands, this.betterWhen, this.importantChange, text));
	}

}
