package org.fourstage.domain.program;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The numeric parts of a {@link Dosage}, each with its bounds and the key a form uses for
 * it. The bounds are wide enough for any sensible home program and narrow enough to catch
 * typing slips (1000 reps, a 60-minute hold).
 */
public enum DosageField {

	/** Sets: 1 to 10. */
	SETS("sets", 1, 10, "sets"),

	/** Repetitions per set: 1 to 100. */
	REPS("reps", 1, 100, "repetitions"),

	/** Hold per repetition or round: 1 to 600 seconds (ten minutes). */
	HOLD_SECONDS("holdSeconds", 1, 600, "hold seconds"),

	/** Rest between repetitions or rounds: 0 to 600 seconds; 0 means straight on. */
	REST_SECONDS("restSeconds", 0, 600, "rest seconds"),

	/** Rounds of a hold-and-rest cycle: 1 to 20. */
	ROUNDS("rounds", 1, 20, "rounds"),

	/** Effort as a share of a maximal contraction: 0 to 100 %. */
	EFFORT_PERCENT("effortPercent", 0, 100, "effort %"),

	/** Sessions per day: 1 to 10. */
	TIMES_PER_DAY("timesPerDay", 1, 10, "times per day"),

	/** Days per week: 1 to 7. */
	DAYS_PER_WEEK("daysPerWeek", 1, 7, "days per week"),

	/** Duration of one session: 1 to 180 minutes. */
	DURATION_MINUTES("durationMinutes", 1, 180, "minutes");

	private final String key;

	private final int min;

	private final int max;

	private final String label;

	DosageField(String key, int min, int max, String label) {
		this.key = key;
		this.min = min;
		this.max = max;
		this.label = label;
	}

	/**
	 * The key a form and a seed file use for this part.
	 * @return e.g. {@code holdSeconds}
	 */
	public String key() {
		return this.key;
	}

	/**
	 * The smallest value allowed.
	 * @return the lower bound, inclusive
	 */
	public int min() {
		return this.min;
	}

	/**
	 * The largest value allowed.
	 * @return the upper bound, inclusive
	 */
	public int max() {
		return this.max;
	}

	/**
	 * The field with the given key.
	 * @param key e.g. {@code reps}
	 * @return the field, or empty when no field has that key
	 */
	public static Optional<DosageField> ofKey(String key) {
		for (DosageField field : values()) {
			if (field.key.equals(key)) {
				return Optional.of(field);
			}
		}
		return Optional.empty();
	}

	/**
	 * Checks a value against the bounds.
	 * @param value the value, or null when this part does not apply
	 * @return the violation, or empty when the value is absent or within bounds
	 */
	public Optional<FieldViolation> check(@Nullable Integer value) {
		if (value == null || (value >= this.min && value <= this.max)) {
			return Optional.empty();
		}
		return Optional.of(new FieldViolation(this.key,
				"The " + this.label + " must be between " + this.min + " and " + this.max + ", not " + value));
	}

}
