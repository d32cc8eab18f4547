package org.fourstage.domain.program;

import java.util.ArrayList;
import java.util.List;

import org.fourstage.domain.text.Phrase;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Dosage} as the parts of the line a patient reads on their program sheet, each
 * a phrase the web module words. Patients should not have to decode abbreviations, so
 * each part names its unit, and a hold of whole minutes is given in minutes. With rounds,
 * the rounds lead the line and the parts say what one round holds ("5 rounds: hold 8
 * seconds, rest 5 seconds"); with no part at all the patient follows what the
 * physiotherapist shows.
 *
 * @param rounds the rounds that lead the line, or null when the dosage has none
 * @param parts the other parts in reading order; empty when none is set
 */
public record DosageWords(@Nullable Phrase rounds, List<Phrase> parts) {

	public DosageWords {
		parts = List.copyOf(parts);
	}

	/**
	 * The words of a dosage.
	 * @param dosage the dosage
	 * @return its rounds and parts
	 */
	public static DosageWords of(Dosage dosage) {
		List<Phrase> parts = new ArrayList<>();
		Phrase volume = volume(dosage.sets(), dosage.reps());
		if (volume != null) {
			parts.add(volume);
		}
		if (dosage.holdSeconds() != null) {
			parts.add((dosage.effortPercent() != null)
					? Phrase.of("dosage.words.holdAtEffort", duration(dosage.holdSeconds()), dosage.effortPercent())
					: Phrase.of("dosage.words.hold", duration(dosage.holdSeconds())));
		}
		else if (dosage.effortPercent() != null) {
			parts.add(Phrase.of("dosage.words.effort", dosage.effortPercent()));
		}
		if (dosage.restSeconds() != null) {
			parts.add((dosage.restSeconds() == 0) ? Phrase.of("dosage.words.noRest")
					: Phrase.of("dosage.words.rest", duration(dosage.restSeconds())));
		}
		if (dosage.durationMinutes() != null) {
			parts.add(Phrase.of("dosage.words.minutes", dosage.durationMinutes()));
		}
		addSide(parts, dosage.side());
		if (dosage.timesPerDay() != null) {
			parts.add(Phrase.of("dosage.words.timesPerDay", dosage.timesPerDay()));
		}
		if (dosage.daysPerWeek() != null) {
			parts.add(Phrase.of("dosage.words.daysPerWeek", dosage.daysPerWeek()));
		}
		Phrase rounds = (dosage.rounds() != null) ? Phrase.of("dosage.words.rounds", dosage.rounds()) : null;
		return new DosageWords(rounds, parts);
	}

	/**
	 * The phrase of a side on its own ("each side").
	 * @param side the side
	 * @return its phrase
	 */
	public static Phrase side(ExerciseSide side) {
		return Phrase.of("dosage.words.side." + side.name());
	}

	/**
	 * Whether the line has nothing to say, so the patient follows what they are shown.
	 * @return true without rounds and parts
	 */
	public boolean isEmpty() {
		return this.rounds == null && this.parts.isEmpty();
	}

	private static @Nullable Phrase volume(@Nullable Integer sets, @Nullable Integer reps) {
		if (sets != null && reps != null) {
			return Phrase.of("dosage.words.setsOfReps", sets, reps);
		}
		if (reps != null) {
			return Phrase.of("dosage.words.reps", reps);
		}
		if (sets != null) {
			return Phrase.of("dosage.words.sets", sets);
		}
		return null;
	}

	// The side belongs to the part it qualifies ("hold 30 seconds each side"), so it is
	// attached to the first of volume, hold or duration rather than tacked on at the end.
	private static void addSide(List<Phrase> parts, @Nullable ExerciseSide side) {
		if (side == null) {
			return;
		}
		if (parts.isEmpty()) {
			parts.add(side(side));
		}
		else {
			parts.set(0, Phrase.of("dosage.words.withSide", parts.get(0), side(side)));
		}
	}

	private static Phrase duration(int seconds) {
		if (seconds >= 60 && seconds % 60 == 0) {
			return Phrase.of("dosage.words.minutes", seconds / 60);
		}
		return Phrase.of("dosage.words.seconds", seconds);
	}

}
