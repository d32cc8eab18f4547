package org.fourstage.web.library;

import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.ExerciseSide;
import org.jspecify.annotations.Nullable;

/**
 * The dosage of one exercise in a clinic's template.
 *
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
 * @param version the template version the physio started from
 */
record DosageForm(@Nullable Integer sets, @Nullable Integer reps, @Nullable Integer holdSeconds,
		@Nullable Integer restSeconds, @Nullable Integer rounds, @Nullable Integer effortPercent,
		@Nullable Integer timesPerDay, @Nullable Integer daysPerWeek, @Nullable Integer durationMinutes,
		@Nullable ExerciseSide side, @Nullable Integer version) implements DosageInput {

	static DosageForm of(Dosage dosage, int version) {
		return new DosageForm(dosage.sets(), dosage.reps(), dosage.holdSeconds(), dosage.restSeconds(), dosage.rounds(),
				dosage.effortPercent(), dosage.timesPerDay(), dosage.daysPerWeek(), dosage.durationMinutes(),
				dosage.side(), version);
	}

}
