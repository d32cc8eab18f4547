package org.fourstage.web.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fourstage.domain.account.SignInHistory;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;

/**
 * After a successful sign-in: the browser becomes a known device of the account, so that
 * waits started by strangers' wrong passwords never keep this person out; then on to the
 * start page.
 */
final class SignInSuccess implements AuthenticationSuccessHandler {

	private final SignInHistory history;

	private final Clock clock;

	private final SimpleUrlAuthenticationSuccessHandler start = new SimpleUrlAuthenticationSuccessHandler("/start");

	SignInSuccess(SignInHistory history, Clock clock) {
		this.history = history;
		this.clock = clock;
		this.start.setAlwaysUseDefaultTargetUrl(true);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (authentication.getPrincipal() instanceof SignedInUser user) {
			this.history.rememberDevice(user.accountId(), KnownDeviceCookie.give(request, response),
					this.clock.instant());
		}
		this.start.onAuthenticationSuccess(request, response, authentication);
	}

}
