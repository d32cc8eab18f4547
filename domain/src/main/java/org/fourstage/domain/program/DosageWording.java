package org.fourstage.domain.program;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link Dosage} into the line a patient reads on their program sheet. Patients
 * should not have to decode abbreviations, so units are written out and small counts read
 * as words people say ("twice a day", "every day").
 */
final class DosageWording {

	static final String NOTHING_SET = "as your physiotherapist shows you";

	private DosageWording() {
	}

	static String of(Dosage dosage) {
		List<String> segments = new ArrayList<>();
		String volume = volume(dosage.sets(), dosage.reps());
		if (volume != null) {
			segments.add(volume);
		}
		if (dosage.holdSeconds() != null) {
			String hold = "hold " + seconds(dosage.holdSeconds());
			if (dosage.effortPercent() != null) {
				hold += " " + effort(dosage.effortPercent());
			}
			segments.add(hold);
		}
		else if (dosage.effortPercent() != null) {
			segments.add(effort(dosage.effortPercent()));
		}
		if (dosage.restSeconds() != null) {
			segments.add((dosage.restSeconds() == 0) ? "no rest" : "rest " + seconds(dosage.restSeconds()));
		}
		if (dosage.durationMinutes() != null) {
			segments.add(count(dosage.durationMinutes(), "minute"));
		}
		addSide(segments, dosage);
		String rounds = (dosage.rounds() != null) ? count(dosage.rounds(), "round") : null;
		if (dosage.timesPerDay() != null) {
			segments.add(perDay(dosage.timesPerDay()));
		}
		if (dosage.daysPerWeek() != null) {
			segments.add(perWeek(dosage.daysPerWeek()));
		}
		String body = String.join(", ", segments);
		if (rounds != null) {
			return body.isEmpty() ? rounds : rounds + ": " + body;
		}
		return body.isEmpty() ? NOTHING_SET : body;
	}

	private static @Nullable String volume(@Nullable Integer sets, @Nullable Integer reps) {
		if (sets != null && reps != null) {
			return count(sets, "set") + " of " + reps;
		}
		if (reps != null) {
			return count(reps, "repetition");
		}
		if (sets != null) {
			return count(sets, "set");
		}
		return null;
	}

	// The side belongs to the part it qualifies ("hold 30 seconds each side"), so it is
	// attached to the first of volume, hold or duration rather than tacked on at the end.
	private static void addSide(List<String> segments, Dosage dosage) {
		ExerciseSide side = dosage.side();
		if (side == null) {
			return;
		}
		if (segments.isEmpty()) {
			segments.add(side.inPlainWords());
		}
		else {
			segments.set(0, segments.get(0) + " " + side.inPlainWords());
		}
	}

	private static String effort(int percent) {
		return "at about " + percent + " % effort";
	}

	private static String seconds(int seconds) {
		if (seconds >= 60 && seconds % 60 == 0) {
			return count(seconds / 60, "minute");
		}
		return count(seconds, "second");
	}

	private static String perDay(int times) {
		return switch (times) {
			case 1 -> "once a day";
			case 2 -> "twice a day";
			default -> times + " times a day";
		};
	}

	private static String perWeek(int days) {
		return (days == 7) ? "every day" : count(days, "day") + " a week";
	}

	private static String count(int amount, String unit) {
		return amount + " " + unit + ((amount == 1) ? "" : "s");
	}

}
