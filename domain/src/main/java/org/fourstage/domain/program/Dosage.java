package org.fourstage.domain.program;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How much of an exercise a patient does. Only the parts that apply are present: a walk
 * has minutes and times per day, a bridge has sets, reps and a hold. Every present part
 * is within the bounds of its {@link DosageField}; building one out of bounds throws an
 * {@link InvalidFieldsException} listing every wrong field.
 *
 * @param sets number of sets
 * @param reps repetitions per set
 * @param holdSeconds hold per repetition or round
 * @param restSeconds rest between repetitions or rounds
 * @param rounds rounds of a hold-and-rest cycle
 * @param effortPercent effort as a share of a maximal contraction
 * @param timesPerDay sessions per day
 * @param daysPerWeek days per week
 * @param durationMinutes duration of one session
 * @param side the side of the body
 */
public record Dosage(@Nullable Integer sets, @Nullable Integer reps, @Nullable Integer holdSeconds,
		@Nullable Integer restSeconds, @Nullable Integer rounds, @Nullable Integer effortPercent,
		@Nullable Integer timesPerDay, @Nullable Integer daysPerWeek, @Nullable Integer durationMinutes,
		@Nullable ExerciseSide side) {

	public Dosage {
		List<FieldViolation> violations = violations(sets, reps, holdSeconds, restSeconds, rounds, effortPercent,
				timesPerDay, daysPerWeek, durationMinutes);
		if (!violations.isEmpty()) {
			throw new InvalidFieldsException(violations);
		}
	}

	/**
	 * A builder with no parts set, for code that fills a dosage part by part.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The value of one numeric part.
	 * @param field the part
	 * @return its value, or null when it does not apply
	 */
	public @Nullable Integer get(DosageField field) {
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
	 * Whether the patient needs a timer for it: a hold or a duration is part of it.
	 * @return true when it has a hold or a duration
	 */
	public boolean isTimed() {
		return this.holdSeconds != null || this.durationMinutes != null;
	}

	/**
	 * Whether no part applies at all.
	 * @return true when every part is absent
	 */
	public boolean isEmpty() {
		for (DosageField field : DosageField.values()) {
			if (get(field) != null) {
				return false;
			}
		}
		return this.side == null;
	}

	/**
	 * The dosage as the parts of the line a patient reads, e.g. sets of repetitions and a
	 * hold, for the web module to word.
	 * @return its words
	 */
	public DosageWords inWords() {
		return DosageWords.of(this);
	}

	/**
	 * Checks values against the bounds without building a dosage, so a form can report
	 * every wrong field.
	 * @param sets number of sets
	 * @param reps repetitions per set
	 * @param holdSeconds hold per repetition or round
	 * @param restSeconds rest between repetitions or rounds
	 * @param rounds rounds of a hold-and-rest cycle
	 * @param effortPercent effort as a share of a maximal contraction
	 * @param timesPerDay sessions per day
	 * @param daysPerWeek days per week
	 * @param durationMinutes duration of one session
	 * @return the violations in field order; empty when all values are fine
	 */
	public static List<FieldViolation> violations(@Nullable Integer sets, @Nullable Integer reps,
			@Nullable Integer holdSeconds, @Nullable Integer restSeconds, @Nullable Integer rounds,
			@Nullable Integer effortPercent, @Nullable Integer timesPerDay, @Nullable Integer daysPerWeek,
			@Nullable Integer durationMinutes) {
		List<FieldViolation> violations = new ArrayList<>();
		DosageField.SETS.check(sets).ifPresent(violations::add);
		DosageField.REPS.check(reps).ifPresent(violations::add);
		DosageField.HOLD_SECONDS.check(holdSeconds).ifPresent(violations::add);
		DosageField.REST_SECONDS.check(restSeconds).ifPresent(violations::add);
		DosageField.ROUNDS.check(rounds).ifPresent(violations::add);
		DosageField.EFFORT_PERCENT.check(effortPercent).ifPresent(violations::add);
		DosageField.TIMES_PER_DAY.check(timesPerDay).ifPresent(violations::add);
		DosageField.DAYS_PER_WEEK.check(daysPerWeek).ifPresent(violations::add);
		DosageField.DURATION_MINUTES.check(durationMinutes).ifPresent(violations::add);
		return List.copyOf(violations);
	}

	/**
	 * Collects dosage parts one at a time; {@link #build()} checks them all together.
	 */
	public static final class Builder {

		private @Nullable Integer sets;

		private @Nullable Integer reps;

		private @Nullable Integer holdSeconds;

		private @Nullable Integer restSeconds;

		private @Nullable Integer rounds;

		private @Nullable Integer effortPercent;

		private @Nullable Integer timesPerDay;

		private @Nullable Integer daysPerWeek;

		private @Nullable Integer durationMinutes;

		private @Nullable ExerciseSide side;

		private Builder() {
		}

		public Builder sets(@Nullable Integer sets) {
			this.sets = sets;
			return this;
		}

		public Builder reps(@Nullable Integer reps) {
			this.reps = reps;
			return this;
		}

		public Builder holdSeconds(@Nullable Integer holdSeconds) {
			this.holdSeconds = holdSeconds;
			return this;
		}

		public Builder restSeconds(@Nullable Integer restSeconds) {
			this.restSeconds = restSeconds;
			return this;
		}

		public Builder rounds(@Nullable Integer rounds) {
			this.rounds = rounds;
			return this;
		}

		public Builder effortPercent(@Nullable Integer effortPercent) {
			this.effortPercent = effortPercent;
			return this;
		}

		public Builder timesPerDay(@Nullable Integer timesPerDay) {
			this.timesPerDay = timesPerDay;
			return this;
		}

		public Builder daysPerWeek(@Nullable Integer daysPerWeek) {
			this.daysPerWeek = daysPerWeek;
			return this;
		}

		public Builder durationMinutes(@Nullable Integer durationMinutes) {
			this.durationMinutes = durationMinutes;
			return this;
		}

		public Builder side(@Nullable ExerciseSide side) {
			this.side = side;
			return this;
		}

		/**
		 * Sets one numeric part by its field, for parsers that read key-value pairs.
		 * @param field the part
		 * @param value its value, or null to leave it out
		 * @return this builder
		 */
		public Builder set(DosageField field, @Nullable Integer value) {
			switch (field) {
				case SETS -> this.sets = value;
				case REPS -> this.reps = value;
				case HOLD_SECONDS -> this.holdSeconds = value;
				case REST_SECONDS -> this.restSeconds = value;
				case ROUNDS -> this.rounds = value;
				case EFFORT_PERCENT -> this.effortPercent = value;
				case TIMES_PER_DAY -> this.timesPerDay = value;
				case DAYS_PER_WEEK -> this.daysPerWeek = value;
				case DURATION_MINUTES -> this.durationMinutes = value;
			}
			return this;
		}

		/**
		 * The violations the collected parts would cause.
		 * @return empty when {@link #build()} will succeed
		 */
		public List<FieldViolation> violations() {
			return Dosage.violations(this.sets, this.reps, this.holdSeconds, this.restSeconds, this.rounds,
					this.effortPercent, this.timesPerDay, this.daysPerWeek, this.durationMinutes);
		}

		/**
		 * The dosage.
		 * @return the dosage
		 * @throws InvalidFieldsException when a part is out of bounds
		 */
		public Dosage build() {
			return new Dosage(this.sets, this.reps, this.holdSeconds, this.restSeconds, this.rounds, this.effortPercent,
					this.timesPerDay, this.daysPerWeek, this.durationMinutes, this.side);
		}

	}

}
