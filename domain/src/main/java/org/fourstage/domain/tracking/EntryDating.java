package org.fourstage.domain.tracking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.fourstage.domain.account.Role;
import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The rules on when an entry may be dated and corrected, for the person entering it at a
 * moment.
 * <p>
 * Nobody dates an entry in the future. A patient dates entries at most 48 hours back, so
 * what they report is still fresh; a physio entering what a patient told them at a visit
 * has no such limit. A day counts as within 48 hours when any part of it is, so two days
 * ago is always accepted and three days ago never; a flare-up start with a time of day is
 * compared exactly, and exactly 48 hours back is still accepted.
 * <p>
 * A patient may correct entries they made themselves for 48 hours after making them
 * (exactly 48 hours included); after that the entry is read-only.
 *
 * @param role who enters: {@link Role#PATIENT} or {@link Role#PHYSIO}
 * @param now the moment of entry
 * @param zone the zone in which the clinic's days begin and end
 */
public record EntryDating(Role role, Instant now, ZoneId zone) {

	/** How far back a patient may date an entry, and how long they may correct one. */
	public static final Duration PATIENT_WINDOW = Duration.ofHours(48);

	/**
	 * The clinic's today.
	 * @return the date of {@link #now} in the zone
	 */
	public LocalDate today() {
		return LocalDate.ofInstant(this.now, this.zone);
	}

	/**
	 * The rules for checking a correction whose date stays as it was: that date was
	 * checked when the entry was made, and the look-back limit must not lock an entry
	 * still open to corrections. Only the future stays refused.
	 * @return the same moment without the look-back limit
	 */
	public EntryDating forUnchangedDate() {
		return new EntryDating(Role.PHYSIO, this.now, this.zone);
	}

	/**
	 * Checks the date of an entry dated by day.
	 * @param field the form field
	 * @param date the date entered
	 * @return violations with code {@code validation.required},
	 * {@code tracking.date.future} or {@code tracking.date.tooOld}
	 */
	public Violations checkDate(String field, @Nullable LocalDate date) {
		if (date == null) {
			return EntryChecks.required(field, null);
		}
		if (date.isAfter(today())) {
			return future(field);
		}
		if (this.role == Role.PATIENT
				&& date.isBefore(LocalDate.ofInstant(this.now.minus(PATIENT_WINDOW), this.zone))) {
			return tooOld(field);
		}
		return Violations.none();
	}

	/**
	 * Checks the start of something dated by day and, when known, time of day.
	 * @param field the form field of the date
	 * @param date the date entered
	 * @param time the time of day entered, if any
	 * @return violations as for {@link #checkDate}
	 */
	public Violations checkMoment(String field, @Nullable LocalDate date, @Nullable LocalTime time) {
		if (date == null || time == null) {
			return checkDate(field, date);
		}
		Instant moment = date.atTime(time).atZone(this.zone).toInstant();
		if (moment.isAfter(this.now)) {
			return future(field);
		}
		// A time is typed to the minute: the minute that is exactly 48 hours back counts.
		if (this.role == Role.PATIENT
				&& moment.isBefore(this.now.minus(PATIENT_WINDOW).truncatedTo(ChronoUnit.MINUTES))) {
			return tooOld(field);
		}
		return Violations.none();
	}

	/**
	 * Whether someone may still correct an entry.
	 * @param recordedBy who made the entry
	 * @param createdAt when it was made
	 * @param editor who wants to correct it
	 * @return true for the patient who made it, up to 48 hours after
	 */
	public boolean mayCorrect(RecordedBy recordedBy, Instant createdAt, AccountId editor) {
		return recordedBy.byPatient() && recordedBy.accountId().equals(editor)
				&& !this.now.isAfter(createdAt.plus(PATIENT_WINDOW));
	}

	private static Violations future(String field) {
		return Violations.of(field, "tracking.date.future", "This date is in the future.");
	}

	private static Violations tooOld(String field) {
		return Violations.of(field, "tracking.date.tooOld",
				"Entries can be made for the last 48 hours only. Tell your physio about anything older.");
	}

}
