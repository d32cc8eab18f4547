package org.fourstage.domain.assessment;

/**
 * Sleep set-up and daily habits that load the back.
 *
 * @param sleepPosition the usual sleep position
 * @param pillowSupport where a supporting pillow goes, if anywhere
 * @param mattress the state of the mattress
 * @param deskHoursPerDay hours at a desk on a usual working day, 0 to 24
 * @param liftsAtWork whether the work involves lifting
 * @param stress stress level, 0 (none) to 10 (extreme)
 * @param fearOfMovement fear that moving will harm the back, 0 (none) to 10 (extreme)
 * @param activityLevel how active the patient is
 */
public record SleepAndHabits(SleepPosition sleepPosition, PillowSupport pillowSupport, Mattress mattress,
		double deskHoursPerDay, boolean liftsAtWork, int stress, int fearOfMovement, ActivityLevel activityLevel) {

	public SleepAndHabits {
		if (deskHoursPerDay < 0 || deskHoursPerDay > 24) {
			throw new IllegalArgumentException("Desk hours per day are between 0 and 24");
		}
		if (stress < 0 || stress > 10 || fearOfMovement < 0 || fearOfMovement > 10) {
			throw new IllegalArgumentException("Stress and fear of movement are rated 0 to 10");
		}
	}

}
