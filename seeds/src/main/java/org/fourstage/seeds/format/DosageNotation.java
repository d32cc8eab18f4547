package org.fourstage.seeds.format;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.DosageField;
import org.fourstage.domain.program.InvalidFieldsException;
import org.fourstage.domain.program.ExerciseSide;

/**
 * Reads a dosage written as comma-separated {@code key=value} pairs, using the keys of
 * {@link DosageField} plus {@code side}, e.g.
 * {@code rounds=5, holdSeconds=8, restSeconds=5,
 * effortPercent=25}.
 */
public final class DosageNotation {

	private DosageNotation() {
	}

	/**
	 * Parses a dosage.
	 * @param text the notation
	 * @return the dosage
	 * @throws IllegalArgumentException naming the part that is unknown, repeated, not a
	 * whole number or out of bounds
	 */
	public static Dosage parse(String text) {
		Dosage.Builder builder = Dosage.builder();
		Set<String> seen = new HashSet<>();
		for (String part : text.split(",")) {
			String pair = part.strip();
			int equals = pair.indexOf('=');
			if (equals <= 0) {
				throw new IllegalArgumentException("Dosage part '" + pair + "' is not key=value");
			}
			String key = pair.substring(0, equals).strip();
			String value = pair.substring(equals + 1).strip();
			if (!seen.add(key)) {
				throw new IllegalArgumentException("Dosage repeats '" + key + "'");
			}
			if (key.equals("side")) {
				try {
					builder.side(ExerciseSide.valueOf(value.toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalArgumentException(
							"Dosage side '" + value + "' is not one of LEFT, RIGHT, BOTH, ALTERNATING", ex);
				}
				continue;
			}
			DosageField field = DosageField.ofKey(key)
				.orElseThrow(() -> new IllegalArgumentException("Dosage has no part called '" + key + "'"));
			try {
				builder.set(field, Integer.valueOf(value));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("Dosage " + key + " '" + value + "' is not a whole number", ex);
			}
		}
		try {
			return builder.build();
		}
		catch (InvalidFieldsException ex) {
			throw new IllegalArgumentException("Dosage '" + text + "' is out of bounds: " + ex.getMessage(), ex);
		}
	}

}
