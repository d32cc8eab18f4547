package org.fourstage.domain.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientThrottleTest {

	@Test
	void anAddressWaitsFromItsTwentiethWrongPasswordInFifteenMinutes() {
		assertThat(ClientThrottle.refuses(19)).isFalse();
		assertThat(ClientThrottle.refuses(20)).isTrue();
	}

}
