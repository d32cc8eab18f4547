package org.fourstage.domain.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.fourstage.domain.validation.Validated;
import org.fourstage.domain.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * What is logged of one exercise session: the day, each exercise with what was done, pain
 * before and after, how hard it felt and a note.
 *
 * @param performedOn the day of the session
 * @param exercises the exercises, in program order; at least one
 * @param painBefore pain before, 0 to 10
 * @param painAfter pain after, 0 to 10
 * @param difficulty how hard it felt, 0 (easy) to 10 (could not be harder)
 * @param note the patient's note; empty when none
 */
public record SessionEntry(LocalDate performedOn, List<SessionExercise> exercises, int painBefore, int painAfter,
		int difficulty, String note) {

	public SessionEntry {
		exercises = List.copyOf(exercises);
		if (exercises.isEmpty()) {
			throw new IllegalArgumentException("A session has at least one exercise");
		}
		EntryChecks.checkScore("Pain before", painBefore);
		EntryChecks.checkScore("Pain after", painAfter);
		EntryChecks.checkScore("Difficulty", difficulty);
		note = note.strip();
		if (!EntryChecks.text("note", note).isEmpty()) {
			throw new IllegalArgumentException("The note is too long or not plain text");
		}
	}

	/**
	 * Checks a session as typed.
	 * @param dating who enters it and when
	 * @param performedOn the day
	 * @param lines the exercise rows; fields are named {@code exercises[i].completion},
	 * {@code exercises[i].sets} and so on
	 * @param painBefore pain before
	 * @param painAfter pain after
	 * @param difficulty difficulty
	 * @param note the note; null or blank for none
	 * @return the entry, or every problem found
	 */
	public static Validated<SessionEntry> validate(EntryDating dating, @Nullable LocalDate performedOn,
			List<SessionLine> lines, @Nullable Integer painBefore, @Nullable Integer painAfter,
			@Nullable Integer difficulty, @Nullable String note) {
		String text = (note != null) ? note.strip() : "";
		Violations violations = dating.checkDate("performedOn", performedOn);
		if (lines.isEmpty()) {
			violations = violations.and("exercises", "tracking.session.noExercises",
					"There is no exercise in the current stage to log.");
		}
		for (int i = 0; i < lines.size(); i++) {
			SessionLine line = lines.get(i);
			String prefix = "exercises[" + i + "].";
			violations = violations.and(EntryChecks.required(prefix + "completion", line.completion()))
				.and(Amount.problems(prefix, line.sets(), line.reps(), line.holdSeconds()));
		}
		violations = violations.and(EntryChecks.score("painBefore", painBefore))
			.and(EntryChecks.score("painAfter", painAfter))
			.and(EntryChecks.score("difficulty", difficulty))
			.and(EntryChecks.text("note", text));
		return Validated.when(violations,
				() -> new SessionEntry(Objects.requireNonNull(performedOn), exercises(lines),
						Objects.requireNonNull(painBefore), Objects.requireNonNull(painAfter),
						Objects.requireNonNull(difficulty), text));
	}

	private static List<SessionExercise> exercises(List<SessionLine> lines) {
		List<SessionExercise> exercises = new ArrayList<>(lines.size());
		for (SessionLine line : lines) {
			exercises.add(new SessionExercise(line.exercise(), Objects.requireNonNull(line.completion()),
					line.prescribed(), new Amount(line.sets(), line.reps(), line.holdSeconds())));
		}
		return exercises;
	}

	/**
	 * The share of the session done, for adherence: the mean of the exercises' shares.
	 * @return 0 to 1
	 */
	public double shareDone() {
		return SessionExercise.shareDone(this.exercises);
	}

}
