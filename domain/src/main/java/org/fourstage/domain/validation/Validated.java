package org.fourstage.domain.validation;

import java.util.function.Supplier;

/**
 * Either a value that passed every rule, or the violations that stopped it. Refusals are
 * values here, not exceptions, so a form can show every problem at once.
 *
 * @param <T> the type of the accepted value
 */
public sealed interface Validated<T> permits Validated.Valid, Validated.Invalid {

	static <T> Validated<T> valid(T value) {
		return new Valid<>(value);
	}

	static <T> Validated<T> invalid(Violations violations) {
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("An invalid result needs at least one violation");
		}
		return new Invalid<>(violations);
	}

	/**
	 * Builds the value only when there are no violations.
	 * @param <T> the value type
	 * @param violations what the checks found
	 * @param build builds the value; called only when nothing was refused
	 * @return the outcome
	 */
	static <T> Validated<T> when(Violations violations, Supplier<T> build) {
		return violations.isEmpty() ? valid(build.get()) : invalid(violations);
	}

	boolean isValid();

	Violations violations();

	/**
	 * The accepted value.
	 * @return the value
	 * @throws IllegalStateException when the input was refused
	 */
	T value();

	/**
	 * An accepted value.
	 *
	 * @param <T> the value type
	 * @param value the value
	 */
	record Valid<T>(T value) implements Validated<T> {

		@Override
		public boolean isValid() {
			return true;
		}

		@Override
		public Violations violations() {
			return Violations.none();
		}

	}

	/**
	 * A refused input.
	 *
	 * @param <T> the value type that could not be built
	 * @param violations why it was refused
	 */
	record Invalid<T>(Violations violations) implements Validated<T> {

		@Override
		public boolean isValid() {
			return false;
		}

		@Override
		public T value() {
			throw new IllegalStateException("The input was refused: " + this.violations.fields());
		}

	}

}
