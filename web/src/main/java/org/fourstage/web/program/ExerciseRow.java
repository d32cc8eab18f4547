package org.fourstage.web.program;

import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.PrescribedExercise;
import org.fourstage.domain.program.ExerciseSide;
import org.jspecify.annotations.Nullable;

/**
 * One exercise of a stage as the physio edits it: its place, whether to drop it, its
 * dosage and a personal note.
 */
public class ExerciseRow {

	private String code = "";

	private String name = "";

	private @Nullable Integer position;

	private boolean remove;

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

	private String note = "";

	static ExerciseRow of(PrescribedExercise prescribed, int position) {
		ExerciseRow row = new ExerciseRow();
		Dosage d = prescribed.dosage();
		row.code = prescribed.code().value();
		row.name = prescribed.exercise().name();
		row.position = position;
		row.sets = d.sets();
		row.reps = d.reps();
		row.holdSeconds = d.holdSeconds();
		row.restSeconds = d.restSeconds();
		row.rounds = d.rounds();
		row.effortPercent = d.effortPercent();
		row.timesPerDay = d.timesPerDay();
		row.daysPerWeek = d.daysPerWeek();
		row.durationMinutes = d.durationMinutes();
		row.side = d.side();
		row.note = prescribed.note();
		return row;
	}

	Dosage dosage() {
		return Dosage.builder()
			.sets(this.sets)
			.reps(this.reps)
			.holdSeconds(this.holdSeconds)
			.restSeconds(this.restSeconds)
			.rounds(this.rounds)
			.effortPercent(this.effortPercent)
			.timesPerDay(this.timesPerDay)
			.daysPerWeek(this.daysPerWeek)
			.durationMinutes(this.durationMinutes)
			.side(this.side)
			.build();
	}

	java.util.List<org.fourstage.domain.program.FieldViolation> dosageViolations() {
		return Dosage.violations(this.sets, this.reps, this.holdSeconds, this.restSeconds, this.rounds,
				this.effortPercent, this.timesPerDay, this.daysPerWeek, this.durationMinutes);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable Integer getPosition() {
		return this.position;
	}

	public void setPosition(@Nullable Integer position) {
		this.position = position;
	}

	public boolean isRemove() {
		return this.remove;
	}

	public void setRemove(boolean remove) {
		this.remove = remove;
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

	public @Nullable Integer getRestSeconds() {
		return this.restSeconds;
	}

	public void setRestSeconds(@Nullable Integer restSeconds) {
		this.restSeconds = restSeconds;
	}

	public @Nullable Integer getRounds() {
		return this.rounds;
	}

	public void setRounds(@Nullable Integer rounds) {
		this.rounds = rounds;
	}

	public @Nullable Integer getEffortPercent() {
		return this.effortPercent;
	}

	public void setEffortPercent(@Nullable Integer effortPercent) {
		this.effortPercent = effortPercent;
	}

	public @Nullable Integer getTimesPerDay() {
		return this.timesPerDay;
	}

	public void setTimesPerDay(@Nullable Integer timesPerDay) {
		this.timesPerDay = timesPerDay;
	}

	public @Nullable Integer getDaysPerWeek() {
		return this.daysPerWeek;
	}

	public void setDaysPerWeek(@Nullable Integer daysPerWeek) {
		this.daysPerWeek = daysPerWeek;
	}

	public @Nullable Integer getDurationMinutes() {
		return this.durationMinutes;
	}

	public void setDurationMinutes(@Nullable Integer durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public @Nullable ExerciseSide getSide() {
		return this.side;
	}

	public void setSide(@Nullable ExerciseSide side) {
		this.side = side;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
