package org.fourstage.web.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a signed-in session lasts.
 *
 * @param idleTimeout ends a session nobody used for this long
 * ({@code FOURSTAGE_SESSION_IDLE_TIMEOUT})
 * @param absoluteTimeout ends every session this long after it began, used or not
 * ({@code FOURSTAGE_SESSION_ABSOLUTE_TIMEOUT})
 */
@ConfigurationProperties("fourstage.session")
public record SessionProperties(Duration idleTimeout, Duration absoluteTimeout) {

	public SessionProperties {
		idleTimeout = (idleTimeout != null) ? idleTimeout : Duration.ofMinutes(15);
		absoluteTimeout = (absoluteTimeout != null) ? absoluteTimeout : Duration.ofHours(12);
	}

}
