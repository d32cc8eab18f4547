package org.fourstage.reporting.tracking;

import java.time.LocalDate;
import java.util.UUID;

import org.fourstage.domain.account.Role;
import org.fourstage.domain.tracking.DailyPain;
import org.jspecify.annotations.Nullable;

/**
 * A daily check-in.
 *
 * @param id the check-in
 * @param day its day
 * @param morningPain 0 to 10
 * @param eveningPain 0 to 10; null when not given
 * @param morningStiffnessMinutes minutes
 * @param sleepQuality 0 (very badly) to 10 (very well)
 * @param sittingToleranceMinutes minutes
 * @param recordedBy whether the patient or a physio entered it
 */
public record CheckInRecord(UUID id, LocalDate day, int morningPain, @Nullable Integer eveningPain,
		int morningStiffnessMinutes, int sleepQuality, int sittingToleranceMinutes, Role recordedBy) {

	/**
	 * The day's pain for averages, by the domain's rule.
	 * @return the day's figure
	 */
	public DailyPain dailyPain() {
		return DailyPain.fromCheckIn(this.id, this.day, this.morningPain, this.eveningPain);
	}

}
