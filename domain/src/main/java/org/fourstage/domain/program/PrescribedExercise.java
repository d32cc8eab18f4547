package org.fourstage.domain.program;

/**
 * An exercise as prescribed to one patient: the library exercise, the dosage the
 * physiotherapist chose and a personal note ("keep the range small on the left").
 *
 * @param exercise the library exercise
 * @param dosage the prescribed dosage
 * @param note a personal note for the patient; empty when there is none
 */
public record PrescribedExercise(Exercise exercise, Dosage dosage, String note) {

	/** Notes are for a sentence or two, not a letter. */
	public static final int MAX_NOTE_LENGTH = 1000;

	public PrescribedExercise {
		note = note.strip();
		if (note.length() > MAX_NOTE_LENGTH) {
			throw new IllegalArgumentException("A note on an exercise has at most " + MAX_NOTE_LENGTH + " characters");
		}
	}

	/**
	 * The prescription with the library's default dosage and no note.
	 * @param exercise the library exercise
	 * @return the prescription
	 */
	public static PrescribedExercise withDefaults(Exercise exercise) {
		return new PrescribedExercise(exercise, exercise.defaultDosage(), "");
	}

	/**
	 * The code of the exercise.
	 * @return the code
	 */
	public ExerciseCode code() {
		return this.exercise.code();
	}

	/**
	 * Whether the patient's timer is offered: the prescribed dosage has a hold or a
	 * duration.
	 * @return true when timed
	 */
	public boolean isTimed() {
		return this.dosage.isTimed();
	}

	PrescribedExercise withDosage(Dosage dosage) {
		return new PrescribedExercise(this.exercise, dosage, this.note);
	}

	PrescribedExercise withNote(String note) {
		return new PrescribedExercise(this.exercise, this.dosage, note);
	}

}
