package org.fourstage.domain.account;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Pauses sign-in to an account after repeated wrong passwords: five failures within
 * fifteen minutes lock it for fifteen minutes. This slows guessing without letting a
 * stranger lock a person out for long.
 */
public final class SignInThrottle {

	public static final int MAX_FAILURES = 5;

	public static final Duration WINDOW = Duration.ofMinutes(15);

	public static final Duration LOCK = Duration.ofMinutes(15);

	private SignInThrottle() {
	}

	/**
	 * The failure count of an account and when its counting started.
	 *
	 * @param failures failures counted in the current window
	 * @param windowStart when the first of them happened
	 * @param lockedUntil until when sign-in is paused
	 */
	public record State(int failures, @Nullable Instant windowStart, @Nullable Instant lockedUntil) {

		public static final State CLEAR = new State(0, null, null);

		/**
		 * Whether this failure is the one that locked the account.
		 * @param before the state before the failure
		 * @return true when the account was not locked before and is now
		 */
		public boolean justLocked(State before, Instant now) {
			boolean lockedBefore = before.lockedUntil() != null && before.lockedUntil().isAfter(now);
			return !lockedBefore && this.lockedUntil != null && this.lockedUntil.isAfter(now);
		}

	}

	/**
	 * The state after one more wrong password.
	 * @param before the state before
	 * @param now when the failure happened
	 * @return the new state
	 */
	public static State afterFailure(State before, Instant now) {
		if (before.lockedUntil() != null && before.lockedUntil().isAfter(now)) {
			// Attempts during a lock do not extend it; the password was not even checked.
			return before;
		}
		boolean windowOpen = before.windowStart() != null && before.windowStart().plus(WINDOW).isAfter(now);
		int failures = windowOpen ? before.failures() + 1 : 1;
		Instant windowStart = windowOpen ? before.windowStart() : now;
		if (failures >= MAX_FAILURES) {
			return new State(0, null, now.plus(LOCK));
		}
		return new State(failures, windowStart, null);
	}

}
