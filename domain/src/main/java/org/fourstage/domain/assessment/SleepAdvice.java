package org.fourstage.domain.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * Advice on the sleep set-up, from the sleep position, the supporting pillow and the
 * mattress. Each position has one pillow placement that keeps the spine neutral; when the
 * patient does not use it, the advice names it. A mattress that is not fine gets its own
 * advice. Texts are ours, short and practical.
 */
public final class SleepAdvice {

	public static final Reason PILLOW_UNDER_KNEES = new Reason("sleep.back.pillow-under-knees");

	public static final Reason PILLOW_BETWEEN_KNEES = new Reason("sleep.side.pillow-between-knees");

	public static final Reason PILLOW_UNDER_ABDOMEN = new Reason("sleep.stomach.pillow-under-abdomen");

	public static final Reason MATTRESS_TOO_SOFT = new Reason("sleep.mattress.too-soft");

	public static final Reason MATTRESS_TOO_FIRM = new Reason("sleep.mattress.too-firm");

	public static final Reason MATTRESS_WORN_OUT = new Reason("sleep.mattress.worn-out");

	private SleepAdvice() {
	}

	public static List<Reason> of(SleepAndHabits habits) {
		List<Reason> advice = new ArrayList<>();
		switch (habits.sleepPosition()) {
			case BACK -> {
				if (habits.pillowSupport() != PillowSupport.UNDER_THE_KNEES) {
					advice.add(PILLOW_UNDER_KNEES);
				}
			}
			case SIDE -> {
				if (habits.pillowSupport() != PillowSupport.BETWEEN_THE_KNEES) {
					advice.add(PILLOW_BETWEEN_KNEES);
				}
			}
			case STOMACH -> {
				if (habits.pillowSupport() != PillowSupport.UNDER_THE_ABDOMEN) {
					advice.add(PILLOW_UNDER_ABDOMEN);
				}
			}
		}
		switch (habits.mattress()) {
			case TOO_SOFT -> advice.add(MATTRESS_TOO_SOFT);
			case TOO_FIRM -> advice.add(MATTRESS_TOO_FIRM);
			case WORN_OUT -> advice.add(MATTRESS_WORN_OUT);
			case FINE -> {
			}
		}
		return List.copyOf(advice);
	}

	public static List<Reason> of(Assessment assessment) {
		return of(assessment.sleepAndHabits());
	}

}
