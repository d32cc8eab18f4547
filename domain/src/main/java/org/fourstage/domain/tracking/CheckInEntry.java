package org.fourstage.domain.tracking;

import java.time.LocalDate;
import java.util.Objects;

import org.fourstage.domain.validation.Validated;
import org.fourstage.domain.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * A daily check-in: how the day went for the back.
 *
 * @param day the day it describes; one check-in per patient and day
 * @param morningPain pain on getting up, 0 to 10
 * @param eveningPain pain in the evening, 0 to 10; empty until the evening
 * @param morningStiffnessMinutes how long the back stayed stiff after getting up, 0 to
 * {@value #MAX_STIFFNESS_MINUTES}
 * @param sleepQuality 0 (slept very badly) to 10 (slept very well)
 * @param sittingToleranceMinutes how long sitting was comfortable at a stretch, 0 to
 * {@value #MAX_SITTING_MINUTES}
 */
public record CheckInEntry(LocalDate day, int morningPain, @Nullable Integer eveningPain, int morningStiffnessMinutes,
		int sleepQuality, int sittingToleranceMinutes) {

	public static final int MAX_STIFFNESS_MINUTES = 600;

	public static final int MAX_SITTING_MINUTES = 720;

	public CheckInEntry {
		EntryChecks.checkScore("Morning pain", morningPain);
		if (eveningPain != null) {
			EntryChecks.checkScore("Evening pain", eveningPain);
		}
		EntryChecks.checkRange("Morning stiffness", morningStiffnessMinutes, MAX_STIFFNESS_MINUTES);
		EntryChecks.checkScore("Sleep quality", sleepQuality);
		EntryChecks.checkRange("Sitting tolerance", sittingToleranceMinutes, MAX_SITTING_MINUTES);
	}

	/**
	 * Checks a check-in as typed.
	 * @param dating who enters it and when
	 * @param day the day
	 * @param morningPain morning pain
	 * @param eveningPain evening pain, may be left empty
	 * @param morningStiffnessMinutes stiffness minutes
	 * @param sleepQuality sleep quality
	 * @param sittingToleranceMinutes sitting minutes
	 * @return the entry, or every problem found
	 */
	public static Validated<CheckInEntry> validate(EntryDating dating, @Nullable LocalDate day,
			@Nullable Integer morningPain, @Nullable Integer eveningPain, @Nullable Integer morningStiffnessMinutes,
			@Nullable Integer sleepQuality, @Nullable Integer sittingToleranceMinutes) {
		Violations violations = dating.checkDate("day", day)
			.and(EntryChecks.score("morningPain", morningPain))
			.and(EntryChecks.optionalScore("eveningPain", eveningPain))
			.and(EntryChecks.minutes("morningStiffnessMinutes", morningStiffnessMinutes, MAX_STIFFNESS_MINUTES,
					"tracking.stiffness.range"))
			.and(EntryChecks.score("sleepQuality", sleepQuality))
			.and(EntryChecks.minutes("sittingToleranceMinutes", sittingToleranceMinutes, MAX_SITTING_MINUTES,
					"tracking.sitting.range"));
		return Validated.when(violations,
				() -> new CheckInEntry(Objects.requireNonNull(day), Objects.requireNonNull(morningPain), eveningPain,
						Objects.requireNonNull(morningStiffnessMinutes), Objects.requireNonNull(sleepQuality),
						Objects.requireNonNull(sittingToleranceMinutes)));
	}

}
