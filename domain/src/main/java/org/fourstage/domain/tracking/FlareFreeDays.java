package org.fourstage.domain.tracking;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The days without a flare-up on a given day, and the flare-up they count from.
 * <p>
 * The rule: while a flare-up goes on (no end recorded, or it ends that day or later) the
 * count is 0. Otherwise it is the days from the latest end to the given day (ended
 * yesterday: 1). With no flare-up at all it counts from the day tracking began. Flare-ups
 * that began after the given day are not seen.
 *
 * @param days 0 or more
 * @param lastFlareUp the flare-up counted from, or null when there was none
 */
public record FlareFreeDays(int days, @Nullable FlareUpSpan lastFlareUp) {

	public FlareFreeDays {
		if (days < 0) {
			throw new IllegalArgumentException("Days without a flare-up cannot be negative");
		}
	}

	/**
	 * The count on a day.
	 * @param flareUps the patient's flare-ups, in any order
	 * @param trackingSince the day tracking began, e.g. when the program was assigned
	 * @param day the day to count to
	 * @return the count
	 */
	public static FlareFreeDays on(List<FlareUpSpan> flareUps, LocalDate trackingSince, LocalDate day) {
		List<FlareUpSpan> seen = flareUps.stream().filter((flareUp) -> !flareUp.startedOn().isAfter(day)).toList();
		Optional<FlareUpSpan> ongoing = seen.stream()
			.filter((flareUp) -> flareUp.endedOn() == null || !flareUp.endedOn().isBefore(day))
			.max(Comparator.comparing(FlareUpSpan::startedOn));
		if (ongoing.isPresent()) {
			return new FlareFreeDays(0, ongoing.get());
		}
		Optional<FlareUpSpan> last = seen.stream().max(Comparator.comparing(FlareUpSpan::endedOn));
		if (last.isPresent()) {
			return new FlareFreeDays((int) ChronoUnit.DAYS.between(last.get().endedOn(), day), last.get());
		}
		return new FlareFreeDays((int) Math.max(0, ChronoUnit.DAYS.between(trackingSince, day)), null);
	}

}
