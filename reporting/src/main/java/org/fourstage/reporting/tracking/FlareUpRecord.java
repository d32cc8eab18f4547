package org.fourstage.reporting.tracking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import org.fourstage.domain.account.Role;
import org.fourstage.domain.tracking.EntryKind;
import org.fourstage.domain.tracking.EntryRef;
import org.fourstage.domain.tracking.FlareTrigger;
import org.fourstage.domain.tracking.FlareUpSpan;
import org.fourstage.domain.tracking.LegSymptoms;
import org.fourstage.domain.tracking.RedFlagSign;
import org.jspecify.annotations.Nullable;

/**
 * A flare-up.
 *
 * @param id the flare-up
 * @param startedOn the day it began
 * @param startedAt the time it began; null when not given
 * @param endedOn the day it settled; null while it goes on
 * @param peakPain 0 to 10
 * @param trigger what set it off
 * @param legSymptoms how far down the pain reached
 * @param sharpOrShooting whether the leg pain was sharp or shooting
 * @param redFlagSigns the red-flag signs reported with it
 * @param whatHelped what helped; empty when nothing was said
 * @param recordedBy whether the patient or a physio entered it
 */
public record FlareUpRecord(UUID id, LocalDate startedOn, @Nullable LocalTime startedAt, @Nullable LocalDate endedOn,
		int peakPain, FlareTrigger trigger, LegSymptoms legSymptoms, boolean sharpOrShooting,
		Set<RedFlagSign> redFlagSigns, String whatHelped, Role recordedBy) {

	public FlareUpRecord {
		redFlagSigns = Set.copyOf(redFlagSigns);
	}

	/**
	 * How many days it lasted, the first and the last day both counted: one that began
	 * and settled on the same day lasted 1 day.
	 * @return the days, or null while it goes on
	 */
	public @Nullable Integer days() {
		return (this.endedOn != null) ? (int) ChronoUnit.DAYS.between(this.startedOn, this.endedOn) + 1 : null;
	}

	/**
	 * When it began and ended, for the days without a flare-up.
	 * @return the span
	 */
	public FlareUpSpan span() {
		return new FlareUpSpan(new EntryRef(EntryKind.FLARE_UP, this.id, this.startedOn), this.endedOn);
	}

}
