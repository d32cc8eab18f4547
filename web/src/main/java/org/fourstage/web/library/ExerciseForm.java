package org.fourstage.web.library;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.MuscleGroup;
import org.fourstage.domain.program.Stage;
import org.fourstage.web.program.DosageForm;
import org.fourstage.web.support.PlainText;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * A physio's form for one of the clinic's own exercises. Steps and cautions are typed one
 * per line.
 *
 * @param name short name patients recognise
 * @param stage the stage it belongs to
 * @param target the muscle group it works on
 * @param steps the instructions, one per line
 * @param cautions when to stop or take care, one per line
 * @param dosage the default dosage, empty when the request sent none of its fields
 */
record ExerciseForm(
		@NotBlank(message = "{validation.required}") @Size(max = 100,
				message = "{validation.tooLong}") @PlainText String name,
		@NotNull(message = "{validation.required}") Stage stage,
		@NotNull(message = "{validation.required}") MuscleGroup target,
		@NotBlank(message = "{validation.required}") @Size(max = 4000,
				message = "{validation.tooLong}") @PlainText String steps,
		@NotBlank(message = "{validation.required}") @Size(max = 2000,
				message = "{validation.tooLong}") @PlainText String cautions,
		DosageForm dosage) {

	ExerciseForm {
		dosage = DosageForm.orEmpty(dosage);
	}

	/** Most steps a patient can follow without losing the thread. */
	static final int MAX_STEPS = 12;

	static final int MAX_CAUTIONS = 8;

	/** Longest single line, so one line stays one instruction. */
	static final int MAX_LINE = 300;

	static ExerciseForm empty() {
		return new ExerciseForm("", Stage.CALM_AND_UNLOAD, MuscleGroup.WHOLE_BODY, "", "", DosageForm.EMPTY);
	}

	/**
	 * The default dosage typed, refused next to its inputs where wrong.
	 * @param errors where refusals go
	 * @return the dosage, or null when refused
	 */
	@Nullable Dosage dosage(Errors errors) {
		return this.dosage.read(errors, "dosage.", true);
	}

	/**
	 * Refuses steps and cautions with too few or too many lines, or too long a line.
	 * @param errors where refusals go
	 */
	void checkLines(Errors errors) {
		checkLines(errors, "steps", stepLines(), 2, MAX_STEPS);
		checkLines(errors, "cautions", cautionLines(), 1, MAX_CAUTIONS);
	}

	private static void checkLines(Errors errors, String field, List<String> lines, int min, int max) {
		if (errors.hasFieldErrors(field)) {
			return;
		}
		if (lines.size() < min || lines.size() > max) {
			errors.rejectValue(field, "library.exercise.lines", new Object[] { min, max }, "Wrong number of lines");
		}
		else if (lines.stream().anyMatch((line) -> line.length() > MAX_LINE)) {
			errors.rejectValue(field, "library.exercise.lineTooLong", new Object[] { MAX_LINE }, "Line too long");
		}
	}

	List<String> stepLines() {
		return lines(this.steps);
	}

	List<String> cautionLines() {
		return lines(this.cautions);
	}

	static List<String> lines(@Nullable String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

}
