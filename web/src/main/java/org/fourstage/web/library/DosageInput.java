package org.fourstage.web.library;

import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.DosageField;
import org.fourstage.domain.program.ExerciseSide;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;

/**
 * The dosage inputs a form shares with others: one number per {@link DosageField}, named
 * after its key, and the side. Bounds come from the domain, so a form and a seed agree.
 */
interface DosageInput {

	@Nullable Integer sets();

	@Nullable Integer reps();

	@Nullable Integer holdSeconds();

	@Nullable Integer restSeconds();

	@Nullable Integer rounds();

	@Nullable Integer effortPercent();

	@Nullable Integer timesPerDay();

	@Nullable Integer daysPerWeek();

	@Nullable Integer durationMinutes();

	@Nullable ExerciseSide side();

	/**
	 * The value typed for one part.
	 * @param field the part
	 * @return the number, or null when left empty
	 */
	default @Nullable Integer value(DosageField field) {
		return switch (field) {
			case SETS -> sets();
			case REPS -> reps();
			case HOLD_SECONDS -> holdSeconds();
			case REST_SECONDS -> restSeconds();
			case ROUNDS -> rounds();
			case EFFORT_PERCENT -> effortPercent();
			case TIMES_PER_DAY -> timesPerDay();
			case DAYS_PER_WEEK -> daysPerWeek();
			case DURATION_MINUTES -> durationMinutes();
		};
	}

	/**
	 * The dosage typed, with every out-of-range number marked next to its input and an
	 * empty dosage refused as a whole.
	 * @param result where refusals go
	 * @return the dosage, or null when something was refused
	 */
	default @Nullable Dosage dosage(BindingResult result) {
		Dosage.Builder builder = Dosage.builder().side(side());
		boolean refused = false;
		for (DosageField field : DosageField.values()) {
			if (result.hasFieldErrors(field.key())) {
				// Not a number at all; the binder has said so already.
				refused = true;
				continue;
			}
			Integer value = value(field);
			if (field.check(value).isPresent()) {
				result.rejectValue(field.key(), "library.dosage.range", new Object[] { field.min(), field.max() },
						"Out of range");
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
		if (dosage.isEmpty() || (dosage.side() != null && isOnlySide(dosage))) {
			result.reject("library.dosage.empty");
			return null;
		}
		return dosage;
	}

	private static boolean isOnlySide(Dosage dosage) {
		for (DosageField field : DosageField.values()) {
			if (dosage.get(field) != null) {
				return false;
			}
		}
		return true;
	}

}
