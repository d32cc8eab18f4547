package org.fourstage.domain.account;

import java.time.Duration;
import java.time.Instant;

import org.fourstage.domain.account.SignInThrottle.State;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

	private static final Instant T0 = Instant.parse("2026-11-21T09:00:00Z");

	@Test
	void locksForFifteenMinutesOnTheFifthFailureWithinFifteenMinutes() {
		State state = State.CLEAR;
		for (int i = 0; i < 4; i++) {
			state = SignInThrottle.afterFailure(state, T0.plus(Duration.ofMinutes(3 * i)));
			assertThat(state.lockedUntil()).isNull();
		}
		Instant fifth = T0.plus(Duration.ofMinutes(14));
		State locked = SignInThrottle.afterFailure(state, fifth);

		assertThat(locked.lockedUntil()).isEqualTo(fifth.plus(Duration.ofMinutes(15)));
		assertThat(locked.justLocked(state, fifth)).isTrue();
	}

	@Test
	void startsCountingAgainWhenTheWindowHasPassed() {
		State state = State.CLEAR;
		for (int i = 0; i < 4; i++) {
			state = SignInThrottle.afterFailure(state, T0.plusSeconds(i));
		}
		State later = SignInThrottle.afterFailure(state, T0.plus(Duration.ofMinutes(15)));

		assertThat(later.failures()).isEqualTo(1);
		assertThat(later.lockedUntil()).isNull();
	}

	@Test
	void attemptsDuringALockDoNotExtendIt() {
		State locked = new State(0, null, T0.plus(Duration.ofMinutes(15)));

		assertThat(SignInThrottle.afterFailure(locked, T0.plus(Duration.ofMinutes(10)))).isEqualTo(locked);
	}

	@Test
	void aLockThatHasRunOutNoLongerCounts() {
		State expired = new State(0, null, T0);

		State next = SignInThrottle.afterFailure(expired, T0.plusSeconds(1));

		assertThat(next.failures()).isEqualTo(1);
		assertThat(next.lockedUntil()).isNull();
	}

}
