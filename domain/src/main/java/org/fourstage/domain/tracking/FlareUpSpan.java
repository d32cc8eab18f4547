package org.fourstage.domain.tracking;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * When a flare-up began and ended, for counting the days without one.
 *
 * @param entry the flare-up; its day is the day it began
 * @param endedOn the day it ended, or null while it goes on
 */
public record FlareUpSpan(EntryRef entry, @Nullable LocalDate endedOn) {

	public FlareUpSpan {
		if (entry.kind() != EntryKind.FLARE_UP) {
			throw new IllegalArgumentException("A flare-up span refers to a flare-up, not " + entry.kind());
		}
		if (endedOn != null && endedOn.isBefore(entry.day())) {
			throw new IllegalArgumentException("A flare-up cannot end before it began");
		}
	}

	/**
	 * The span of a kept flare-up.
	 * @param flareUp the flare-up
	 * @return when it began and ended
	 */
	public static FlareUpSpan of(FlareUp flareUp) {
		return new FlareUpSpan(new EntryRef(EntryKind.FLARE_UP, flareUp.id(), flareUp.entry().startedOn()),
				flareUp.entry().endedOn());
	}

	/**
	 * The day it began.
	 * @return the day
	 */
	public LocalDate startedOn() {
		return this.entry.day();
	}

	/**
	 * The day it ended.
	 * @return the day, or empty while it goes on
	 */
	public Optional<LocalDate> end() {
		return Optional.ofNullable(this.endedOn);
	}

}
