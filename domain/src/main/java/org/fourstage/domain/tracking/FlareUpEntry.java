package org.fourstage.domain.tracking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.fourstage.domain.validation.Validated;
import org.fourstage.domain.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * A flare-up as the patient describes it.
 *
 * @param startedOn the day it started
 * @param startedAt the time of day it started, when known
 * @param endedOn the day it settled; empty while it lasts; never before the start
 * @param peakPain the worst pain, 0 to 10
 * @param trigger what set it off
 * @param legSymptoms how far down the pain reached
 * @param sharpOrShooting whether the leg pain was sharp or shooting
 * @param redFlagSigns red-flag signs noticed with it; empty when none
 * @param whatHelped what eased it; empty when nothing was noted
 */
public record FlareUpEntry(LocalDate startedOn, @Nullable LocalTime startedAt, @Nullable LocalDate endedOn,
		int peakPain, FlareTrigger trigger, LegSymptoms legSymptoms, boolean sharpOrShooting,
		Set<RedFlagSign> redFlagSigns, String whatHelped) {

	public FlareUpEntry {
		if (endedOn != null && endedOn.isBefore(startedOn)) {
			throw new IllegalArgumentException("A flare-up cannot end before it started");
		}
		EntryChecks.checkScore("Peak pain", peakPain);
		redFlagSigns = redFlagSigns.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(redFlagSigns));
		whatHelped = whatHelped.strip();
		if (!EntryChecks.text("whatHelped", whatHelped).isEmpty()) {
			throw new IllegalArgumentException("What helped is too long or not plain text");
		}
	}

	/**
	 * Checks a flare-up as typed.
	 * @param dating who enters it and when
	 * @param startedOn the start day
	 * @param startedAt the start time, may be empty
	 * @param endedOn the end day, may be empty
	 * @param peakPain the worst pain
	 * @param trigger the trigger
	 * @param legSymptoms the leg symptoms
	 * @param sharpOrShooting sharp or shooting leg pain
	 * @param redFlagSigns the signs ticked
	 * @param whatHelped what helped, may be empty
	 * @return the entry, or every problem found
	 */
	public static Validated<FlareUpEntry> validate(EntryDating dating, @Nullable LocalDate startedOn,
			@Nullable LocalTime startedAt, @Nullable LocalDate endedOn, @Nullable Integer peakPain,
			@Nullable FlareTrigger trigger, @Nullable LegSymptoms legSymptoms, boolean sharpOrShooting,
			Set<RedFlagSign> redFlagSigns, @Nullable String whatHelped) {
		String text = (whatHelped != null) ? whatHelped.strip() : "";
		Violations violations = dating.checkMoment("startedOn", startedOn, startedAt);
		if (endedOn != null && startedOn != null) {
			violations = violations.and(checkEnd(dating, startedOn, endedOn));
		}
		violations = violations.and(EntryChecks.score("peakPain", peakPain))
			.and(EntryChecks.required("trigger", trigger))
			.and(EntryChecks.required("legSymptoms", legSymptoms))
			.and(EntryChecks.text("whatHelped", text));
		return Validated.when(violations,
				() -> new FlareUpEntry(Objects.requireNonNull(startedOn), startedAt, endedOn,
						Objects.requireNonNull(peakPain), Objects.requireNonNull(trigger),
						Objects.requireNonNull(legSymptoms), sharpOrShooting, redFlagSigns, text));
	}

	/**
	 * Checks the end of a flare-up: not before its start and not in the future. The end
	 * of a long flare-up may be recorded days after it started, so the 48-hour limit on
	 * dating entries does not apply to it.
	 * @param dating who enters it and when
	 * @param startedOn the start day
	 * @param endedOn the end day entered
	 * @return violations on field {@code endedOn}
	 */
	public static Violations checkEnd(EntryDating dating, LocalDate startedOn, @Nullable LocalDate endedOn) {
		if (endedOn == null) {
			return EntryChecks.required("endedOn", null);
		}
		if (endedOn.isBefore(startedOn)) {
			return Violations.of("endedOn", "tracking.flareUp.endBeforeStart",
					"The end cannot be before the flare-up started.");
		}
		if (endedOn.isAfter(dating.today())) {
			return Violations.of("endedOn", "tracking.date.future", "This date is in the future.");
		}
		return Violations.none();
	}

	/**
	 * Whether any red-flag sign came with it.
	 * @return true when the patient must contact the clinic or emergency services now
	 */
	public boolean hasRedFlagSign() {
		return !this.redFlagSigns.isEmpty();
	}

	/**
	 * Whether the pain was sharp or shooting and reached the leg, the sign the advisor
	 * answers with a return to Stage 1.
	 * @return true for sharp or shooting pain down the leg or below the knee
	 */
	public boolean sharpOrShootingLegPain() {
		return this.sharpOrShooting && this.legSymptoms.inTheLeg();
	}

	/**
	 * The same flare-up, settled on a day.
	 * @param day the end day
	 * @return the changed entry
	 */
	public FlareUpEntry endedOn(LocalDate day) {
		return new FlareUpEntry(this.startedOn, this.startedAt, day, this.peakPain, this.trigger, this.legSymptoms,
				this.sharpOrShooting, this.redFlagSigns, this.whatHelped);
	}

}
