package org.fourstage.web.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fourstage.domain.account.OneTimeToken;
import org.fourstage.domain.account.PasswordTokens;
import org.fourstage.domain.account.SignInHistory;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;

/**
 * After a successful sign-in: the browser becomes a known device of the account, so that
 * waits started by strangers' wrong passwords never keep this person out, and remembers
 * the clinic code; then on to the start page, or first to the notice of a password link
 * somebody else issued for the account.
 */
final class SignInSuccess implements AuthenticationSuccessHandler {

	private final SignInHistory history;

	private final PasswordTokens tokens;

	private final Clock clock;

	private final SimpleUrlAuthenticationSuccessHandler start = new SimpleUrlAuthenticationSuccessHandler("/start");

	private final SimpleUrlAuthenticationSuccessHandler notices = new SimpleUrlAuthenticationSuccessHandler(
			LinkNoticeController.PATH);

	SignInSuccess(SignInHistory history, PasswordTokens tokens, Clock clock) {
		this.history = history;
		this.tokens = tokens;
		this.clock = clock;
		this.start.setAlwaysUseDefaultTargetUrl(true);
		this.notices.setAlwaysUseDefaultTargetUrl(true);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		SignInClinic.ofCurrentRequest().ifPresent((code) -> SignInClinic.remember(request, response, code));
		if (authentication.getPrincipal() instanceof SignedInUser user) {
			Instant now = this.clock.instant();
			OneTimeToken device = KnownDeviceCookie.give(request, response);
			this.history.rememberDevice(user.accountId(), device, now);
			if (!this.tokens.unreadNotices(user.accountId(), device, LinkNoticeController.since(now)).isEmpty()) {
				this.notices.onAuthenticationSuccess(request, response, authentication);
				return;
			}
		}
		this.start.onAuthenticationSuccess(request, response, authentication);
	}

}
