package org.fourstage.web.program;

import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.domain.program.PrescribedExercise;
import org.fourstage.domain.validation.FreeText;
import org.fourstage.web.support.FormValues;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * One exercise of a stage as the physio edits it: its place, whether to drop it, its
 * dosage and a personal note.
 *
 * @param code the exercise's code
 * @param name the exercise's name, shown again after a refusal
 * @param position its place in the stage, from 1
 * @param remove {@code true} to drop it from the stage
 * @param dosage its dosage
 * @param note the physio's note for this patient
 */
public record ExerciseRow(String code, String name, @Nullable String position, @Nullable String remove,
		DosageForm dosage, String note) {

	/** The highest place a form offers. */
	static final int MAX_POSITION = 100;

	public ExerciseRow {
		code = (code != null) ? code : "";
		name = (name != null) ? name : "";
		dosage = DosageForm.orEmpty(dosage);
		note = (note != null) ? note : "";
	}

	static ExerciseRow of(PrescribedExercise prescribed, int position) {
		return new ExerciseRow(prescribed.code().value(), prescribed.exercise().name(), Integer.toString(position),
				null, DosageForm.of(prescribed.dosage()), prescribed.note());
	}

	/**
	 * Whether the physio ticked this row to be dropped.
	 * @return true to drop it
	 */
	public boolean dropped() {
		return "true".equals(this.remove);
	}

	/**
	 * The row's edit, with what is wrong refused next to its input. A row being dropped
	 * is not checked further.
	 * @param errors where refusals go
	 * @param path this row's path in the form, such as {@code rows[2].}
	 * @return the edit, or null when the row names no exercise or something was refused
	 */
	@Nullable Edit read(Errors errors, String path) {
		ExerciseCode exercise = StageForm.codeOf(this.code);
		if (dropped()) {
			return (exercise != null) ? new Edit(exercise, true, null, Dosage.builder().build(), "") : null;
		}
		Integer place = FormValues.into(errors)
			.number(path + "position", this.position, 1, MAX_POSITION, "program.position.range");
		if (place != null && (place < 1 || place > MAX_POSITION)) {
			errors.rejectValue(path + "position", "program.position.range");
		}
		Dosage read = this.dosage.read(errors, path + "dosage.", false);
		if (!FreeText.isAcceptable(this.note, PrescribedExercise.MAX_NOTE_LENGTH)) {
			errors.rejectValue(path + "note", "program.note.invalid");
		}
		if (exercise == null || read == null || errors.hasFieldErrors(path + "*")) {
			return null;
		}
		return new Edit(exercise, false, place, read, this.note.strip());
	}

	/**
	 * A row as read from the form, every rule checked.
	 *
	 * @param code the exercise
	 * @param remove true to drop it
	 * @param position its new place, null to keep it after the numbered ones
	 * @param dosage its dosage
	 * @param note the physio's note
	 */
	record Edit(ExerciseCode code, boolean remove, @Nullable Integer position, Dosage dosage, String note) {

	}

}
