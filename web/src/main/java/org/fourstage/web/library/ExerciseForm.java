package org.fourstage.web.library;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fourstage.domain.program.MuscleGroup;
import org.fourstage.domain.program.ExerciseSide;
import org.fourstage.domain.program.Stage;
import org.fourstage.web.support.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * A physio's form for one of the clinic's own exercises. Steps and cautions are typed one
 * per line.
 *
 * @param name short name patients recognise
 * @param stage the stage it belongs to
 * @param target the muscle group it works on
 * @param steps the instructions, one per line
 * @param cautions when to stop or take care, one per line
 * @param sets number of sets
 * @param reps repetitions per set
 * @param holdSeconds hold per repetition
 * @param restSeconds rest between repetitions
 * @param rounds rounds of hold and rest
 * @param effortPercent effort in percent
 * @param timesPerDay sessions per day
 * @param daysPerWeek days per week
 * @param durationMinutes minutes per session
 * @param side the side of the body
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
		@Nullable Integer sets, @Nullable Integer reps, @Nullable Integer holdSeconds, @Nullable Integer restSeconds,
		@Nullable Integer rounds, @Nullable Integer effortPercent, @Nullable Integer timesPerDay,
		@Nullable Integer daysPerWeek, @Nullable Integer durationMinutes,
		@Nullable ExerciseSide side) implements DosageInput {

	/** Most steps a patient can follow without losing the thread. */
	static final int MAX_STEPS = 12;

	static final int MAX_CAUTIONS = 8;

	/** Longest single line, so one line stays one instruction. */
	static final int MAX_LINE = 300;

	static ExerciseForm empty() {
		return new ExerciseForm("", Stage.CALM_AND_UNLOAD, MuscleGroup.WHOLE_BODY, "", "", null, null, null, null, null,
				null, null, null, null, null);
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
