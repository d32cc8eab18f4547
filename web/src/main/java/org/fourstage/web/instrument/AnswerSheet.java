package org.fourstage.web.instrument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fourstage.domain.instrument.InstrumentDefinition;
import org.fourstage.domain.instrument.InstrumentResponse;
import org.fourstage.domain.instrument.InstrumentScorer;
import org.fourstage.domain.instrument.Item;
import org.fourstage.domain.validation.FreeText;
import org.fourstage.domain.instrument.ItemAnswer;
import org.fourstage.domain.instrument.PatientSpecificFunctionalScale;
import org.fourstage.domain.validation.FieldError;
import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * The answers of one questionnaire as posted: {@code item.ID} holds the chosen value and,
 * for activities the patient names, {@code label.ID} the activity. Every refusal is kept
 * against its item so the page can show it there.
 *
 * @param definition the questionnaire
 * @param values the values as typed, by item
 * @param labels the activity names as typed, by item
 * @param problems message keys by item, {@code form} for the whole sheet
 */
public record AnswerSheet(InstrumentDefinition definition, Map<String, String> values, Map<String, String> labels,
		Map<String, String> problems) {

	/** The key of a problem with the sheet as a whole. */
	public static final String WHOLE_FORM = "form";

	private static final int MAX_LABEL = 100;

	public AnswerSheet {
		values = Map.copyOf(values);
		labels = Map.copyOf(labels);
		problems = Map.copyOf(problems);
	}

	public static AnswerSheet empty(InstrumentDefinition definition) {
		return new AnswerSheet(definition, Map.of(), Map.of(), Map.of());
	}

	/**
	 * Reads the posted answers.
	 * @param definition the questionnaire
	 * @param posted the request parameters
	 * @return the sheet with any problems
	 */
	public static AnswerSheet read(InstrumentDefinition definition, MultiValueMap<String, String> posted) {
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, String> labels = new LinkedHashMap<>();
		Map<String, String> problems = new LinkedHashMap<>();
		for (Item item : definition.items()) {
			String value = strip(posted.getFirst("item." + item.id()));
			String label = strip(posted.getFirst("label." + item.id()));
			if (!value.isEmpty()) {
				values.put(item.id(), shorten(value));
			}
			if (!label.isEmpty()) {
				labels.put(item.id(), shorten(FreeText.withoutUnstorable(label)));
			}
			if (label.length() > MAX_LABEL) {
				problems.put(item.id(), "instrument.label.tooLong");
			}
			else if (!FreeText.isStorableLine(label) || FreeText.looksLikeMarkup(label)) {
				problems.put(item.id(), "instrument.label.characters");
			}
			else if (!value.isEmpty() && !value.matches("-?\\d{1,3}")) {
				problems.put(item.id(), "instrument.answer.not-offered");
			}
			else if (item.namedByPatient() && !label.isEmpty() && value.isEmpty()) {
				problems.put(item.id(), "instrument.answer.rating-missing");
			}
		}
		return new AnswerSheet(definition, values, labels, problems).checked();
	}

	private AnswerSheet checked() {
		if (!this.problems.isEmpty()) {
			return this;
		}
		Map<String, String> more = new LinkedHashMap<>();
		for (FieldError error : InstrumentScorer.check(this.definition, response()).errors()) {
			String field = error.field();
			if (field.startsWith("answers[")) {
				more.putIfAbsent(field.substring("answers[".length(), field.indexOf(']')), error.code());
			}
		}
		if (more.isEmpty() && this.definition.id().equals(PatientSpecificFunctionalScale.ID)
				&& this.values.size() < PatientSpecificFunctionalScale.MIN_ACTIVITIES) {
			more.put(WHOLE_FORM, "instrument.psfs.tooFew");
		}
		return new AnswerSheet(this.definition, this.values, this.labels, more);
	}

	public boolean isValid() {
		return this.problems.isEmpty();
	}

	/**
	 * The answers for the engine: every item, skipped where no value was given; for named
	 * activities only those given.
	 * @return the response
	 */
	public InstrumentResponse response() {
		List<ItemAnswer> answers = new ArrayList<>();
		for (Item item : this.definition.items()) {
			String value = this.values.get(item.id());
			if (item.namedByPatient()) {
				if (value != null && value.matches("-?\\d{1,3}")) {
					answers.add(new ItemAnswer(item.id(), Integer.valueOf(value), this.labels.get(item.id())));
				}
				continue;
			}
			answers.add((value != null && value.matches("-?\\d{1,3}"))
					? ItemAnswer.of(item.id(), Integer.parseInt(value)) : ItemAnswer.skipped(item.id()));
		}
		return new InstrumentResponse(this.definition.id(), this.definition.version(), answers);
	}

	public @Nullable String value(String itemId) {
		return this.values.get(itemId);
	}

	public @Nullable String label(String itemId) {
		return this.labels.get(itemId);
	}

	public @Nullable String problem(String itemId) {
		return this.problems.get(itemId);
	}

	private static String strip(@Nullable String value) {
		return (value != null) ? value.strip() : "";
	}

	// Keep what is shown back short; a refused value is never stored.
	private static String shorten(String value) {
		return (value.length() > 120) ? value.substring(0, 120) : value;
	}

}
