package org.fourstage.web.support;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * The one place that reads numbers, dates and choices out of what a form sent as text.
 * Text that is no number, no date or none of the offered choices is refused against its
 * field with a message saying what to type instead; whether a readable value is in range
 * or required is the domain's rule, checked once, there.
 */
public final class FormValues {

	/** Longer input than this is no number or date, whatever it holds. */
	private static final int MAX_VALUE_LENGTH = 20;

	private final Errors errors;

	private FormValues(Errors errors) {
		this.errors = errors;
	}

	/**
	 * Reads values of a form whose refusals go to the given errors.
	 * @param errors the form's errors
	 * @return the reader
	 */
	public static FormValues into(Errors errors) {
		return new FormValues(errors);
	}

	/**
	 * A whole number of 0 or more.
	 * @param field the form field, for a refusal
	 * @param value the text sent
	 * @return the number, or null when empty or refused
	 */
	public @Nullable Integer number(String field, @Nullable String value) {
		return number(field, value, 0, Integer.MAX_VALUE);
	}

	/**
	 * A whole number; unreadable text is refused naming the range, so the message says
	 * what to type. A readable number outside the range is left to the domain to refuse.
	 * @param field the form field, for a refusal
	 * @param value the text sent
	 * @param min the least number the field takes
	 * @param max the greatest number the field takes
	 * @return the number, or null when empty or refused
	 */
	public @Nullable Integer number(String field, @Nullable String value, int min, int max) {
		return number(field, value, min, max, "form.number.range");
	}

	/**
	 * A whole number, as {@link #number(String, String, int, int)}, refused with a
	 * message of its own that takes the range as its two arguments.
	 * @param field the form field, for a refusal
	 * @param value the text sent
	 * @param min the least number the field takes
	 * @param max the greatest number the field takes
	 * @param code the message of a refusal
	 * @return the number, or null when empty or refused
	 */
	public @Nullable Integer number(String field, @Nullable String value, int min, int max, String code) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() <= MAX_VALUE_LENGTH && text.matches("-?\\d{1,9}")) {
			return Integer.valueOf(text);
		}
		if (max == Integer.MAX_VALUE) {
			this.errors.rejectValue(field, "form.number.invalid", "Enter a whole number.");
		}
		else {
			this.errors.rejectValue(field, code, new Object[] { String.valueOf(min), String.valueOf(max) },
					"Enter a whole number in range.");
		}
		return null;
	}

	/**
	 * A number with at most two decimals; a comma is read as the decimal point.
	 * @param field the form field, for a refusal
	 * @param value the text sent
	 * @return the number, or null when empty or refused
	 */
	public @Nullable Double decimal(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip().replace(',', '.');
		if (text.length() <= MAX_VALUE_LENGTH && text.matches("-?\\d{1,4}(\\.\\d{1,2})?")) {
			return Double.valueOf(text);
		}
		this.errors.rejectValue(field, "form.decimal.invalid", "Enter a number.");
		return null;
	}

	/**
	 * A date as year-month-day, as a date input sends it.
	 * @param field the form field, for a refusal
	 * @param value the text sent
	 * @return the date, or null when empty or refused
	 */
	public @Nullable LocalDate date(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() <= MAX_VALUE_LENGTH) {
			try {
				return LocalDate.parse(value.strip());
			}
			catch (DateTimeParseException ex) {
				// refused below
			}
		}
		this.errors.rejectValue(field, "form.date.invalid", "Enter a date.");
		return null;
	}

	/**
	 * One of the offered choices.
	 * @param <E> the type of the choices
	 * @param field the form field, for a refusal
	 * @param value the text sent
	 * @param parse reads a choice, throwing {@link IllegalArgumentException} for others
	 * @return the choice, or null when empty or refused
	 */
	public <E> @Nullable E choice(String field, @Nullable String value, Function<String, E> parse) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return parse.apply(value.strip());
		}
		catch (IllegalArgumentException ex) {
			refuseChoice(field);
			return null;
		}
	}

	/**
	 * Every ticked choice of a group; anything not offered is refused once for the group.
	 * @param <E> the type of the choices
	 * @param field the form field, for a refusal
	 * @param values the texts sent
	 * @param type the choices
	 * @return the choices read, empty when none
	 */
	public <E extends Enum<E>> Set<E> choices(String field, @Nullable List<String> values, Class<E> type) {
		Set<E> chosen = EnumSet.noneOf(type);
		if (values == null) {
			return chosen;
		}
		for (String value : values) {
			E read = oneOf(type, value);
			if (read != null) {
				chosen.add(read);
			}
			else {
				refuseChoice(field);
			}
		}
		return chosen;
	}

	/**
	 * Refuses a field because what was sent is none of the offered choices, once.
	 * @param field the form field
	 */
	public void refuseChoice(String field) {
		if (!this.errors.hasFieldErrors(field)) {
			this.errors.rejectValue(field, "form.choice.invalid", "Choose one of the answers offered.");
		}
	}

	/**
	 * One of an enum's constants by name, for filters of a list page, which ignore what
	 * they cannot read instead of refusing it.
	 * @param <E> the enum
	 * @param type the enum's class
	 * @param value the text sent
	 * @return the constant, or null when empty or unknown
	 */
	public static <E extends Enum<E>> @Nullable E oneOf(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (E candidate : type.getEnumConstants()) {
			if (candidate.name().equals(value.strip())) {
				return candidate;
			}
		}
		return null;
	}

}
