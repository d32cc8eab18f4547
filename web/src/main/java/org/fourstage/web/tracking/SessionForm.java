package org.fourstage.web.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.fourstage.domain.tracking.Completion;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The exercise session form: one row per exercise of the current stage, pre-filled with
 * the prescribed sets, repetitions and hold. A bean so that one unreadable value leaves
 * the rest in place.
 */
public class SessionForm {

	@NotNull(message = "{tracking.form.expired}")
	private @Nullable UUID idempotencyKey;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate performedOn;

	private List<Row> exercises = new ArrayList<>();

	private @Nullable Integer painBefore;

	private @Nullable Integer painAfter;

	private @Nullable Integer difficulty;

	private @Nullable String note;

	/**
	 * A form for the exercises to log, every one marked done as prescribed.
	 * @param day the day
	 * @param prescribed the exercises of the current stage
	 * @return the form
	 */
	static SessionForm prefilled(LocalDate day, List<SessionLogging.Prescribed> prescribed) {
		SessionForm form = new SessionForm();
		form.idempotencyKey = UUID.randomUUID();
		form.performedOn = day;
		for (SessionLogging.Prescribed exercise : prescribed) {
			Row row = new Row();
			row.exercise = exercise.exercise().code().value();
			row.completion = Completion.DONE;
			row.sets = exercise.prescribed().sets();
			row.reps = exercise.prescribed().reps();
			row.holdSeconds = exercise.prescribed().holdSeconds();
			form.exercises.add(row);
		}
		return form;
	}

	/**
	 * Puts the rows in the order of the exercises to log, one row each, keeping what was
	 * typed for each exercise: a form sent with rows missing, extra or out of order is
	 * shown again row by row, and each message lands on its exercise.
	 * @param prescribed the exercises of the current stage
	 */
	void alignTo(List<SessionLogging.Prescribed> prescribed) {
		List<Row> aligned = new ArrayList<>();
		for (SessionLogging.Prescribed exercise : prescribed) {
			String code = exercise.exercise().code().value();
			Row row = this.exercises.stream()
				.filter((typed) -> typed != null && code.equals(typed.exercise))
				.findFirst()
				.orElseGet(Row::new);
			row.exercise = code;
			aligned.add(row);
		}
		this.exercises = aligned;
	}

	SessionLogging.Values values() {
		List<SessionLogging.Line> lines = new ArrayList<>();
		for (Row row : this.exercises) {
			if (row != null && row.exercise != null) {
				lines.add(new SessionLogging.Line(row.exercise, row.completion, row.sets, row.reps, row.holdSeconds));
			}
		}
		return new SessionLogging.Values(this.performedOn, lines, this.painBefore, this.painAfter, this.difficulty,
				this.note);
	}

	void renewKeyIfMissing() {
		if (this.idempotencyKey == null) {
			this.idempotencyKey = UUID.randomUUID();
		}
	}

	public @Nullable UUID getIdempotencyKey() {
		return this.idempotencyKey;
	}

	public void setIdempotencyKey(@Nullable UUID idempotencyKey) {
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
	 * One exercise row.
	 */
	public static class Row {

		private @Nullable String exercise;

		private @Nullable Completion completion;

		private @Nullable Integer sets;

		private @Nullable Integer reps;

		private @Nullable Integer holdSeconds;

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
