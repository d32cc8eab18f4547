package org.fourstage.web.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fourstage.domain.program.PrescribedExercise;
import org.fourstage.domain.tracking.Amount;
import org.fourstage.domain.tracking.Completion;
import org.fourstage.domain.tracking.ExerciseSession;
import org.fourstage.domain.tracking.SessionEntry;
import org.fourstage.domain.tracking.SessionExercise;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The session log as the patient fills it in: one row per exercise of the stage (done
 * unless they say otherwise, with what was prescribed already filled in), then pain
 * before and after, difficulty and a note. Each form carries its own idempotency key, so
 * sending it twice (a double tap, or the phone sending it again once it is back online)
 * logs one session.
 */
public class SessionLogForm {

	private @Nullable String idempotencyKey;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate performedOn;

	private List<Row> exercises = new ArrayList<>();

	private @Nullable Integer painBefore;

	private @Nullable Integer painAfter;

	private @Nullable Integer difficulty;

	private @Nullable String note;

	/**
	 * A new log of today's exercises, each done as prescribed until the patient says
	 * otherwise.
	 * @param exercises the exercises of the current stage, in order
	 * @param today the day to log
	 * @return the form
	 */
	public static SessionLogForm prefilled(List<PrescribedExercise> exercises, LocalDate today) {
		SessionLogForm form = new SessionLogForm();
		form.idempotencyKey = UUID.randomUUID().toString();
		form.performedOn = today;
		for (PrescribedExercise exercise : exercises) {
			form.exercises.add(Row.of(exercise.code().value(), Completion.DONE, Amount.prescribed(exercise.dosage())));
		}
		return form;
	}

	/**
	 * The form of a logged session, for its correction.
	 * @param session the session
	 * @return the form
	 */
	static SessionLogForm of(ExerciseSession session) {
		SessionEntry entry = session.entry();
		SessionLogForm form = new SessionLogForm();
		form.performedOn = entry.performedOn();
		for (SessionExercise exercise : entry.exercises()) {
			form.exercises.add(Row.of(exercise.exercise().value(), exercise.completion(),
					(exercise.completion() == Completion.SKIPPED) ? exercise.prescribed() : exercise.done()));
		}
		form.painBefore = entry.painBefore();
		form.painAfter = entry.painAfter();
		form.difficulty = entry.difficulty();
		form.note = entry.note();
		return form;
	}

	/**
	 * The key this form was made with; a new one when none or a malformed one was sent,
	 * which then cannot match an earlier post.
	 * @return the key
	 */
	UUID key() {
		try {
			return (this.idempotencyKey != null) ? UUID.fromString(this.idempotencyKey.strip()) : UUID.randomUUID();
		}
		catch (IllegalArgumentException ex) {
			return UUID.randomUUID();
		}
	}

	SessionLogging.Values values(String note) {
		List<SessionLogging.Line> lines = new ArrayList<>();
		for (Row row : this.exercises) {
			if (row != null && row.exercise != null) {
				lines.add(new SessionLogging.Line(row.exercise, row.completion, row.sets, row.reps, row.holdSeconds));
			}
		}
		return new SessionLogging.Values(this.performedOn, lines, this.painBefore, this.painAfter, this.difficulty,
				note);
	}

	public @Nullable String getIdempotencyKey() {
		return this.idempotencyKey;
	}

	public void setIdempotencyKey(@Nullable String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

	public @Nullable LocalDate getPerformedOn() {
		return this.performedOn;
	}

	public void setPerformedOn(@Nullable LocalDate performedOn) {
		this.performedOn = performedOn;
	}

	public List<Row> getExercises() {
		return this.exercises;
	}

	public void setExercises(List<Row> exercises) {
		this.exercises = exercises;
	}

	public @Nullable Integer getPainBefore() {
		return this.painBefore;
	}

	public void setPainBefore(@Nullable Integer painBefore) {
		this.painBefore = painBefore;
	}

	public @Nullable Integer getPainAfter() {
		return this.painAfter;
	}

	public void setPainAfter(@Nullable Integer painAfter) {
		this.painAfter = painAfter;
	}

	public @Nullable Integer getDifficulty() {
		return this.difficulty;
	}

	public void setDifficulty(@Nullable Integer difficulty) {
		this.difficulty = difficulty;
	}

	public @Nullable String getNote() {
		return this.note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

	/**
	 * One exercise of the log.
	 */
	public static class Row {

		private @Nullable String exercise;

		private @Nullable Completion completion;

		private @Nullable Integer sets;

		private @Nullable Integer reps;

		private @Nullable Integer holdSeconds;

		static Row of(String exercise, Completion completion, Amount amount) {
			Row row = new Row();
			row.exercise = exercise;
			row.completion = completion;
			row.sets = amount.sets();
			row.reps = amount.reps();
			row.holdSeconds = amount.holdSeconds();
			return row;
		}

		public @Nullable String getExercise() {
			return this.exercise;
		}

		public void setExercise(@Nullable String exercise) {
			this.exercise = exercise;
		}

		public @Nullable Completion getCompletion() {
			return this.completion;
		}

		public void setCompletion(@Nullable Completion completion) {
			this.completion = completion;
		}

		public @Nullable Integer getSets() {
			return this.sets;
		}

		public void setSets(@Nullable Integer sets) {
			this.sets = sets;
		}

		public @Nullable Integer getReps() {
			return this.reps;
		}

		public void setReps(@Nullable Integer reps) {
			this.reps = reps;
		}

		public @Nullable Integer getHoldSeconds() {
			return this.holdSeconds;
		}

		public void setHoldSeconds(@Nullable Integer holdSeconds) {
			this.holdSeconds = holdSeconds;
		}

	}

}
