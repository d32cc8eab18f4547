package org.fourstage.domain.account;

import java.time.Duration;
import java.time.Instant;

import org.fourstage.domain.account.SignInThrottle.State;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

	private static final Instant T0 = Instant.parse("2026-11-21T09:00:00Z");

	@Test
	void theFirstFourWrongPasswordsCostNoWait() {
		State state = State.CLEAR;
		for (int i = 0; i < 4; i++) {
			state = SignInThrottle.afterFailure(state, T0.plusSeconds(i));
			assertThat(state.pausedUntil()).isNull();
		}
		assertThat(state.failures()).isEqualTo(4);
	}

	@Test
	void theWaitDoublesFromOneMinuteAndStopsAtFifteen() {
		// failures 5..10 -> 1, 2, 4, 8, 15 (16 capped), 15 minutes
		assertThat(SignInThrottle.pauseAfter(4)).isEqualTo(Duration.ZERO);
		assertThat(SignInThrottle.pauseAfter(5)).isEqualTo(Duration.ofMinutes(1));
		assertThat(SignInThrottle.pauseAfter(6)).isEqualTo(Duration.ofMinutes(2));
		assertThat(SignInThrottle.pauseAfter(7)).isEqualTo(Duration.ofMinutes(4));
		assertThat(SignInThrottle.pauseAfter(8)).isEqualTo(Duration.ofMinutes(8));
		assertThat(SignInThrottle.pauseAfter(9)).isEqualTo(Duration.ofMinutes(15));
		assertThat(SignInThrottle.pauseAfter(10)).isEqualTo(Duration.ofMinutes(15));
		assertThat(SignInThrottle.pauseAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void theFifthWrongPasswordInARowStartsAOneMinuteWait() {
		State state = new State(4, T0, null);
		Instant fifth = T0.plus(Duration.ofHours(3));

		State paused = SignInThrottle.afterFailure(state, fifth);

		assertThat(paused.pausedUntil()).isEqualTo(fifth.plus(Duration.ofMinutes(1)));
		assertThat(paused.justPaused(state, fifth)).isTrue();
		assertThat(paused.isPausedAt(fifth.plusSeconds(59))).isTrue();
		assertThat(paused.isPausedAt(fifth.plusSeconds(60))).isFalse();
	}

	@Test
	void attemptsDuringAWaitNeitherCountNorLengthenIt() {
		State paused = new State(5, T0, T0.plus(Duration.ofMinutes(1)));

		assertThat(SignInThrottle.afterFailure(paused, T0.plusSeconds(30))).isEqualTo(paused);
	}

	@Test
	void theNextWrongPasswordAfterAWaitDoublesIt() {
		State paused = new State(5, T0, T0.plus(Duration.ofMinutes(1)));
		Instant after = T0.plus(Duration.ofMinutes(1));

		State next = SignInThrottle.afterFailure(paused, after);

		assertThat(next.failures()).isEqualTo(6);
		assertThat(next.pausedUntil()).isEqualTo(after.plus(Duration.ofMinutes(2)));
	}

	@Test
	void aDayWithoutAWrongPasswordStartsTheCountAgain() {
		State state = new State(8, T0, T0.plus(Duration.ofMinutes(8)));

		State almost = SignInThrottle.afterFailure(state, T0.plus(Duration.ofHours(24)).minusSeconds(1));
		State later = SignInThrottle.afterFailure(state, T0.plus(Duration.ofHours(24)));

		assertThat(almost.failures()).isEqualTo(9);
		assertThat(later.failures()).isEqualTo(1);
		assertThat(later.pausedUntil()).isNull();
	}

}
