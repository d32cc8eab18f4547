package org.fourstage.web.program;

import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.DosageField;
import org.fourstage.domain.program.ExerciseSide;
import org.fourstage.web.support.FormValues;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * The dosage of one exercise as a form sends it, shared by every form that doses an
 * exercise: a library exercise, an exercise of a template and each exercise of a
 * patient's stage. One input per {@link DosageField}, named after its key, and the side.
 * The bounds are the domain's, so a form and a seed agree.
 *
 * @param sets number of sets
 * @param reps repetitions per set
 * @param holdSeconds hold per repetition
 * @param restSeconds rest between repetitions
 * @param rounds rounds of hold and rest
 * @param effortPercent effort in percent
 * @param timesPerDay sessions per day
 * @param daysPerWeek days per week
 * @param durationMinutes minutes per session
 * @param side the side of the body, as {@link ExerciseSide} names it
 */
public record DosageForm(@Nullable String sets, @Nullable String reps, @Nullable String holdSeconds,
		@Nullable String restSeconds, @Nullable String rounds, @Nullable String effortPercent,
		@Nullable String timesPerDay, @Nullable String daysPerWeek, @Nullable String durationMinutes,
		@Nullable String side) {

	private static final String RANGE = "dosage.range";

	/** The form of a request that sent no dosage at all. */
	public static final DosageForm EMPTY = new DosageForm(null, null, null, null, null, null, null, null, null, null);

	/**
	 * The form showing a dosage.
	 * @param dosage the dosage
	 * @return the form
	 */
	public static DosageForm of(Dosage dosage) {
		return new DosageForm(text(dosage.sets()), text(dosage.reps()), text(dosage.holdSeconds()),
				text(dosage.restSeconds()), text(dosage.rounds()), text(dosage.effortPercent()),
				text(dosage.timesPerDay()), text(dosage.daysPerWeek()), text(dosage.durationMinutes()),
				(dosage.side() != null) ? dosage.side().name() : null);
	}

	/**
	 * The form as bound, or the empty form when the request sent none of its fields.
	 * @param bound the bound form, null when nothing was sent
	 * @return the form
	 */
	public static DosageForm orEmpty(@Nullable DosageForm bound) {
		return (bound != null) ? bound : EMPTY;
	}

	/**
	 * The text typed for one part.
	 * @param field the part
	 * @return the text, or null when nothing was sent
	 */
	public @Nullable String value(DosageField field) {
		return switch (field) {
			case SETS -> this.sets;
			case REPS -> this.reps;
			case HOLD_SECONDS -> this.holdSeconds;
			case REST_SECONDS -> this.restSeconds;
			case ROUNDS -> this.rounds;
			case EFFORT_PERCENT -> this.effortPercent;
			case TIMES_PER_DAY -> this.timesPerDay;
			case DAYS_PER_WEEK -> this.daysPerWeek;
			case DURATION_MINUTES -> this.durationMinutes;
		};
	}

	/**
	 * The dosage typed. Text that is no whole number and a number out of its part's
	 * bounds are refused next to their input, with the bounds.
	 * @param errors where refusals go
	 * @param path the path of this form inside the bound one, such as {@code dosage.} or
	 * {@code rows[2].dosage.}; empty when it is the bound form itself
	 * @param required true to refuse a dosage with no part at all, as a whole
	 * @return the dosage, or null when something was refused
	 */
	public @Nullable Dosage read(Errors errors, String path, boolean required) {
		FormValues values = FormValues.into(errors);
		ExerciseSide chosenSide = values.choice(path + "side", this.side, ExerciseSide::valueOf);
		Dosage.Builder builder = Dosage.builder().side(chosenSide);
		boolean refused = errors.hasFieldErrors(path + "side");
		for (DosageField field : DosageField.values()) {
			String name = path + field.key();
			Integer value = values.number(name, value(field), field.min(), field.max(), RANGE);
			if (errors.hasFieldErrors(name)) {
				refused = true;
			}
			else if (field.check(value).isPresent()) {
				errors.rejectValue(name, RANGE,
						new Object[] { String.valueOf(field.min()), String.valueOf(field.max()) }, "Out of range");
				refused = true;
			}
			else {
				builder.set(field, value);
			}
		}
		if (refused) {
			return null;
		}
		Dosage dosage = builder.build();
		if (required && !hasAnyNumber(dosage)) {
			errors.reject("dosage.empty");
			return null;
		}
		return dosage;
	}

	private static boolean hasAnyNumber(Dosage dosage) {
		for (DosageField field : DosageField.values()) {
			if (dosage.get(field) != null) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable String text(@Nullable Integer value) {
		return (value != null) ? value.toString() : null;
	}

}
