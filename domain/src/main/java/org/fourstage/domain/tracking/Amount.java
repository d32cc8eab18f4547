package org.fourstage.domain.tracking;

import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Sets, repetitions and hold of one exercise: as prescribed, or as actually done. Each
 * part is absent when it does not apply (a walk has none of them).
 *
 * @param sets sets, 0 to {@value #MAX_SETS}
 * @param reps repetitions per set, 0 to {@value #MAX_REPS}
 * @param holdSeconds hold per repetition, 0 to {@value #MAX_HOLD_SECONDS}
 */
public record Amount(@Nullable Integer sets, @Nullable Integer reps, @Nullable Integer holdSeconds) {

	public static final int MAX_SETS = 20;

	public static final int MAX_REPS = 200;

	public static final int MAX_HOLD_SECONDS = 3600;

	public static final Amount NONE = new Amount(null, null, null);

	public Amount {
		if (!problems("", sets, reps, holdSeconds).isEmpty()) {
			throw new IllegalArgumentException(
					"Sets, repetitions or hold out of range: " + sets + ", " + reps + ", " + holdSeconds);
		}
	}

	/**
	 * The parts of a prescription an exercise session compares with.
	 * @param dosage the prescribed dosage
	 * @return its sets, repetitions and hold
	 */
	public static Amount prescribed(Dosage dosage) {
		return new Amount(dosage.sets(), dosage.reps(), dosage.holdSeconds());
	}

	/**
	 * Checks the parts as typed.
	 * @param prefix the path of the row, such as {@code exercises[0].}
	 * @param sets sets
	 * @param reps repetitions
	 * @param holdSeconds hold
	 * @return violations with codes {@code tracking.sets.range},
	 * {@code tracking.reps.range} and {@code tracking.hold.range}
	 */
	public static Violations problems(String prefix, @Nullable Integer sets, @Nullable Integer reps,
			@Nullable Integer holdSeconds) {
		return EntryChecks.count(prefix + "sets", sets, MAX_SETS, "tracking.sets.range")
			.and(EntryChecks.count(prefix + "reps", reps, MAX_REPS, "tracking.reps.range"))
			.and(EntryChecks.count(prefix + "holdSeconds", holdSeconds, MAX_HOLD_SECONDS, "tracking.hold.range"));
	}

}
