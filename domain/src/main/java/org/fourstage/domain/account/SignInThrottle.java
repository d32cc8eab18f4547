package org.fourstage.domain.account;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Slows password guessing without handing anybody a lever to lock a person out (NIST SP
 * 800-63B, 5.2.2). Four wrong passwords in a row cost nothing; from the fifth on, each
 * one pauses sign-in to the account from unknown devices for a wait that doubles (1, 2,
 * 4, 8 minutes), capped at 15 minutes. Attempts during a wait are not even checked and do
 * not lengthen it; a right password after the wait signs in. The pause never applies to a
 * device the person has signed in from before (see {@link #DEVICE_FAILURES}), so a
 * stranger who knows the address cannot keep its owner out. A day without a wrong
 * password, or a successful sign-in, starts the count again.
 */
public final class SignInThrottle {

	/** Wrong passwords in a row that cost no wait. */
	public static final int FREE_FAILURES = 4;

	public static final Duration FIRST_PAUSE = Duration.ofMinutes(1);

	public static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);

	/** After this long without a wrong password the count starts again. */
	public static final Duration FORGET_AFTER = Duration.ofHours(24);

	/**
	 * Wrong passwords in a row from a known device after which it is no longer trusted
	 * and waits like any other.
	 */
	public static final int DEVICE_FAILURES = 5;

	private SignInThrottle() {
	}

	/**
	 * The failure count of an account.
	 *
	 * @param failures wrong passwords in a row
	 * @param lastFailure when the latest of them happened
	 * @param pausedUntil until when sign-in from unknown devices waits
	 */
	public record State(int failures, @Nullable Instant lastFailure, @Nullable Instant pausedUntil) {

		public static final State CLEAR = new State(0, null, null);

		/**
		 * Whether sign-in from an unknown device waits at the given moment.
		 * @param now the moment
		 * @return true during a wait
		 */
		public boolean isPausedAt(Instant now) {
			return this.pausedUntil != null && this.pausedUntil.isAfter(now);
		}

		/**
		 * Whether this failure is the one that started a wait.
		 * @param before the state before the failure
		 * @param now when it happened
		 * @return true when sign-in did not wait before and does now
		 */
		public boolean justPaused(State before, Instant now) {
			return !before.isPausedAt(now) && isPausedAt(now);
		}

	}

	/**
	 * The state after one more wrong password.
	 * @param before the state before
	 * @param now when the failure happened
	 * @return the new state
	 */
	public static State afterFailure(State before, Instant now) {
		if (before.isPausedAt(now)) {
			// The password was not even checked; waiting attempts do not lengthen the
			// wait.
			return before;
		}
		boolean remembered = before.lastFailure() != null && before.lastFailure().plus(FORGET_AFTER).isAfter(now);
		int failures = remembered ? before.failures() + 1 : 1;
		Duration pause = pauseAfter(failures);
		return new State(failures, now, pause.isZero() ? null : now.plus(pause));
	}

	/**
	 * How long sign-in waits after so many wrong passwords in a row.
	 * @param failures wrong passwords in a row
	 * @return the wait, zero for the first four
	 */
	public static Duration pauseAfter(int failures) {
		if (failures <= FREE_FAILURES) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - FREE_FAILURES - 1, 4);
		Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
		return (pause.compareTo(LONGEST_PAUSE) > 0) ? LONGEST_PAUSE : pause;
	}

}
