package org.fourstage.domain.program;

import java.util.List;

/**
 * An exercise of the library: what to do, step by step, what to watch out for, and the
 * dosage a program starts from.
 *
 * @param code stable code that programs and templates refer to
 * @param name short name patients recognise
 * @param stage the stage the exercise belongs to in the library
 * @param target the muscle group it mainly works on
 * @param steps the instructions, in the order they are done; at least two
 * @param cautions when to stop or take care; at least one
 * @param defaultDosage the dosage a program starts from
 */
public record Exercise(ExerciseCode code, String name, Stage stage, MuscleGroup target, List<String> steps,
		List<String> cautions, Dosage defaultDosage) {

	public Exercise {
		if (name.isBlank()) {
			throw new IllegalArgumentException("Exercise " + code + " needs a name");
		}
		steps = List.copyOf(steps);
		cautions = List.copyOf(cautions);
		// One step is a slogan, not an instruction; a patient alone at home needs at
		// least a
		// starting position and a movement.
		if (steps.size() < 2 || steps.stream().anyMatch(String::isBlank)) {
			throw new IllegalArgumentException("Exercise " + code + " needs at least two non-blank steps");
		}
		if (cautions.isEmpty() || cautions.stream().anyMatch(String::isBlank)) {
			throw new IllegalArgumentException("Exercise " + code + " needs at least one non-blank caution");
		}
	}

	/**
	 * Whether the patient's timer is offered with the default dosage.
	 * @return true when the default dosage has a hold or a duration
	 */
	public boolean isTimed() {
		return this.defaultDosage.isTimed();
	}

}
