package org.fourstage.domain.assessment;

import java.time.LocalDate;
import java.util.Set;

import org.fourstage.domain.validation.Validated;
import org.fourstage.domain.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The rules an assessment must pass before it is saved. Every problem is reported against
 * the field it belongs to, all at once, so the physio can fix the whole form in one go.
 * <p>
 * Message codes start with {@code assessment.}; the default messages are short and plain.
 */
public final class AssessmentValidator {

	/** The most minutes a tolerance or stiffness can last: a whole day. */
	public static final int MAX_MINUTES = 24 * 60;

	private AssessmentValidator() {
	}

	/**
	 * Checks a draft and builds the assessment when nothing is wrong.
	 * @param draft the assessment as entered
	 * @return the assessment, or the field-keyed violations
	 */
	public static Validated<Assessment> validate(AssessmentDraft draft) {
		Violations violations = Violations.none();
		if (draft.kind() == null) {
			violations = violations.and("kind", "assessment.required", "Choose initial or re-assessment.");
		}
		if (draft.assessedOn() == null) {
			violations = violations.and("assessedOn", "assessment.required", "Enter the date of the assessment.");
		}
		violations = violations.and(checkPain(draft.pain()))
			.and(checkHistory(draft.history(), draft.assessedOn()))
			.and(checkWhere(draft.where()))
			.and(checkBehaviour(draft.behaviour()))
			.and(checkHabits(draft.sleepAndHabits()))
			.and(checkChecks(draft.physicalChecks()));
		if (draft.redFlags() == null) {
			violations = violations.and("redFlags", "assessment.section.missing",
					"Go through the red flag questions before saving.");
		}
		return Validated.when(violations, () -> build(draft));
	}

	private static Violations checkPain(AssessmentDraft.@Nullable Pain pain) {
		if (pain == null) {
			return missingSection("pain", "Rate the pain now, at its worst and on waking.");
		}
		return nprs("pain.now", pain.now()).and(nprs("pain.worstLast24Hours", pain.worstLast24Hours()))
			.and(nprs("pain.onWaking", pain.onWaking()));
	}

	private static Violations checkHistory(AssessmentDraft.@Nullable History history, @Nullable LocalDate assessedOn) {
		if (history == null) {
			return missingSection("history", "Record when and how the pain started.");
		}
		Violations violations = Violations.none();
		LocalDate onset = history.onsetDate();
		if (onset == null) {
			violations = violations.and("history.onsetDate", "assessment.required", "Enter when the pain started.");
		}
		else if (assessedOn != null && onset.isAfter(assessedOn)) {
			violations = violations.and("history.onsetDate", "assessment.onset.future",
					"The pain cannot start after the assessment date.");
		}
		if (history.mechanism() == null) {
			violations = violations.and("history.mechanism", "assessment.required",
					"Choose how it started, or unknown.");
		}
		return violations.and(count("history.previousEpisodes", history.previousEpisodes(), Integer.MAX_VALUE,
				"Previous episodes cannot be negative."));
	}

	private static Violations checkWhere(AssessmentDraft.@Nullable Where where) {
		if (where == null) {
			return missingSection("where", "Mark where it hurts.");
		}
		Set<PainLocation> locations = where.locations();
		if (locations == null || locations.isEmpty()) {
			return Violations.of("where.locations", "assessment.locations.empty", "Mark at least one place.");
		}
		return Violations.none();
	}

	private static Violations checkBehaviour(AssessmentDraft.@Nullable Behaviour behaviour) {
		if (behaviour == null) {
			return missingSection("behaviour", "Describe how the pain behaves.");
		}
		return minutes("behaviour.sittingToleranceMinutes", behaviour.sittingToleranceMinutes())
			.and(minutes("behaviour.standingToleranceMinutes", behaviour.standingToleranceMinutes()))
			.and(minutes("behaviour.morningStiffnessMinutes", behaviour.morningStiffnessMinutes()));
	}

	private static Violations checkHabits(AssessmentDraft.@Nullable Habits habits) {
		if (habits == null) {
			return missingSection("sleepAndHabits", "Record sleep and daily habits.");
		}
		Violations violations = Violations.none();
		if (habits.sleepPosition() == null) {
			violations = violations.and("sleepAndHabits.sleepPosition", "assessment.required",
					"Choose the usual sleep position.");
		}
		if (habits.pillowSupport() == null) {
			violations = violations.and("sleepAndHabits.pillowSupport", "assessment.required",
					"Choose where a pillow goes, or none.");
		}
		if (habits.mattress() == null) {
			violations = violations.and("sleepAndHabits.mattress", "assessment.required",
					"Choose how the mattress is.");
		}
		Double desk = habits.deskHoursPerDay();
		if (desk == null) {
			violations = violations.and("sleepAndHabits.deskHoursPerDay", "assessment.required",
					"Enter desk hours per day, 0 if none.");
		}
		else if (desk.isNaN() || desk < 0 || desk > 24) {
			violations = violations.and("sleepAndHabits.deskHoursPerDay", "assessment.deskHours.range",
					"A day has 0 to 24 hours.");
		}
		if (habits.activityLevel() == null) {
			violations = violations.and("sleepAndHabits.activityLevel", "assessment.required",
					"Choose the activity level.");
		}
		return violations.and(zeroToTen("sleepAndHabits.stress", habits.stress()))
			.and(zeroToTen("sleepAndHabits.fearOfMovement", habits.fearOfMovement()));
	}

	private static Violations checkChecks(AssessmentDraft.@Nullable Checks checks) {
		if (checks == null) {
			return missingSection("physicalChecks", "Record the physical checks.");
		}
		Violations violations = Violations.none();
		if (checks.forwardBend() == null) {
			violations = violations.and("physicalChecks.forwardBend", "assessment.required",
					"Record the forward bend.");
		}
		if (checks.backwardLean() == null) {
			violations = violations.and("physicalChecks.backwardLean", "assessment.required",
					"Record the backward lean.");
		}
		if (checks.sideBendLeft() == null) {
			violations = violations.and("physicalChecks.sideBendLeft", "assessment.required",
					"Record the side-bend to the left.");
		}
		if (checks.sideBendRight() == null) {
			violations = violations.and("physicalChecks.sideBendRight", "assessment.required",
					"Record the side-bend to the right.");
		}
		return violations.and(count("physicalChecks.proneHoldSeconds", checks.proneHoldSeconds(), Integer.MAX_VALUE,
				"Seconds cannot be negative."));
	}

	private static Violations missingSection(String section, String message) {
		return Violations.of(section, "assessment.section.missing", message);
	}

	private static Violations nprs(String field, @Nullable Integer value) {
		if (value == null) {
			return Violations.of(field, "assessment.required", "Enter a rating from 0 to 10.");
		}
		return Nprs.isInRange(value) ? Violations.none()
				: Violations.of(field, "assessment.nprs.range", "Pain is rated from 0 to 10.");
	}

	private static Violations zeroToTen(String field, @Nullable Integer value) {
		if (value == null) {
			return Violations.of(field, "assessment.required", "Enter a rating from 0 to 10.");
		}
		return (value >= 0 && value <= 10) ? Violations.none()
				: Violations.of(field, "assessment.rating.range", "Rate this from 0 to 10.");
	}

	private static Violations minutes(String field, @Nullable Integer value) {
		return count(field, value, MAX_MINUTES, "Minutes cannot be negative.");
	}

	private static Violations count(String field, @Nullable Integer value, int max, String negativeMessage) {
		if (value == null) {
			return Violations.of(field, "assessment.required", "Enter a number, 0 if none.");
		}
		if (value < 0) {
			return Violations.of(field, "assessment.negative", negativeMessage);
		}
		return (value <= max) ? Violations.none()
				: Violations.of(field, "assessment.minutes.range", "That is more than a whole day.");
	}

	// Every value was checked above; required() only guards against a check being
	// forgotten.
	private static Assessment build(AssessmentDraft draft) {
		AssessmentDraft.Pain pain = required(draft.pain());
		AssessmentDraft.History history = required(draft.history());
		AssessmentDraft.Where where = required(draft.where());
		AssessmentDraft.Behaviour behaviour = required(draft.behaviour());
		AssessmentDraft.Habits habits = required(draft.sleepAndHabits());
		AssessmentDraft.Checks checks = required(draft.physicalChecks());
		Set<PainQuality> qualities = draft.qualities();
		Set<AggravatingFactor> factors = behaviour.aggravatingFactors();
		return new Assessment(required(draft.kind()), required(draft.assessedOn()),
				PainIntensity.of(required(pain.now()), required(pain.worstLast24Hours()), required(pain.onWaking())),
				new PainHistory(required(history.onsetDate()), required(history.mechanism()),
						required(history.previousEpisodes())),
				new PainMap(required(where.locations()), where.spreadsInALine()),
				(qualities != null) ? qualities : Set.of(),
				new PainBehaviour(required(behaviour.sittingToleranceMinutes()),
						required(behaviour.standingToleranceMinutes()), behaviour.worseOnWaking(),
						required(behaviour.morningStiffnessMinutes()), behaviour.wakesAtNight(),
						behaviour.easesWithGentleMovement(), (factors != null) ? factors : Set.of()),
				new SleepAndHabits(required(habits.sleepPosition()), required(habits.pillowSupport()),
						required(habits.mattress()), required(habits.deskHoursPerDay()), habits.liftsAtWork(),
						required(habits.stress()), required(habits.fearOfMovement()), required(habits.activityLevel())),
				required(draft.redFlags()),
				new PhysicalChecks(required(checks.forwardBend()), required(checks.backwardLean()),
						required(checks.sideBendLeft()), required(checks.sideBendRight()),
						required(checks.proneHoldSeconds()), checks.proneHoldCrampedOrShook(),
						checks.pressureReproducesFamiliarAche()));
	}

	private static <T> T required(@Nullable T value) {
		if (value == null) {
			throw new IllegalStateException("A checked value is missing");
		}
		return value;
	}

}
