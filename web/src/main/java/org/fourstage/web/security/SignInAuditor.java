package org.fourstage.web.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.fourstage.domain.account.AccountRepository;
import org.fourstage.domain.account.ClientThrottle;
import org.fourstage.domain.account.Credentials;
import org.fourstage.domain.account.EmailAddress;
import org.fourstage.domain.account.SignInHistory;
import org.fourstage.domain.account.SignInThrottle;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.audit.AuditEvent;
import org.fourstage.domain.audit.AuditOutcome;
import org.fourstage.domain.clinic.ClinicCode;
import org.fourstage.domain.validation.FreeText;
import org.fourstage.web.audit.AuditTrail;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audits every sign-in and keeps the sign-in throttle: wrong passwords count towards the
 * account's wait, the sending device's trust and the client address's limit; a successful
 * sign-in clears the account's count.
 */
@Component
class SignInAuditor {

	private final AccountRepository accounts;

	private final AuditTrail audit;

	private final SignInHistory history;

	private final Clock clock;

	SignInAuditor(AccountRepository accounts, AuditTrail audit, SignInHistory history, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.history = history;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication().getPrincipal() instanceof SignedInUser user)) {
			return;
		}
		this.accounts.saveThrottle(user.accountId(), SignInThrottle.State.CLEAR);
		this.audit.record(new AuditEvent(user.clinicId(), user.accountId(), user.email(), user.role(),
				AuditAction.SIGN_IN, AuditTarget.ACCOUNT.code(), user.accountId().toString(), null,
				address(event.getAuthentication()), AuditOutcome.SUCCESS, null));
	}

	@EventListener
	@Transactional
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		Authentication attempt = event.getAuthentication();
		String typed = String.valueOf(attempt.getPrincipal());
		Optional<ClinicCode> clinic = SignInClinic.ofCurrentRequest();
		Optional<Credentials> known = (EmailAddress.isValid(typed) && clinic.isPresent())
				? this.accounts.credentials(clinic.get(), new EmailAddress(typed)) : Optional.empty();
		String reason = event.getException().getClass().getSimpleName();
		Instant now = this.clock.instant();
		countForClient(address(attempt), now);
		if (known.isEmpty()) {
			this.audit.record(new AuditEvent(null, null, shorten(typed), null, AuditAction.SIGN_IN_FAILED, null, null,
					null, address(attempt), AuditOutcome.FAILURE,
					"unknown address in clinic " + clinic.map(ClinicCode::value).orElse("(none)")));
			return;
		}
		var account = known.get().account();
		this.audit.record(new AuditEvent(account.clinicId(), account.id(), account.email().value(), account.role(),
				AuditAction.SIGN_IN_FAILED, AuditTarget.ACCOUNT.code(), account.id().toString(), null, address(attempt),
				AuditOutcome.FAILURE, reason));
		if (event.getException() instanceof BadCredentialsException) {
			KnownDeviceCookie.ofCurrentRequest().ifPresent((device) -> this.history.deviceFailed(account.id(), device));
			SignInThrottle.State before = this.accounts.throttle(account.id());
			SignInThrottle.State after = SignInThrottle.afterFailure(before, now);
			this.accounts.saveThrottle(account.id(), after);
			if (after.justPaused(before, now)) {
				this.audit.record(new AuditEvent(account.clinicId(), account.id(), account.email().value(),
						account.role(), AuditAction.ACCOUNT_LOCKED, AuditTarget.ACCOUNT.code(), account.id().toString(),
						null, address(attempt), AuditOutcome.SUCCESS, after.failures() + " wrong passwords in a row; "
								+ "unknown devices wait until " + after.pausedUntil()));
			}
		}
	}

	private void countForClient(@Nullable String address, Instant now) {
		if (address == null) {
			return;
		}
		long before = this.history.clientFailuresSince(address, now.minus(ClientThrottle.WINDOW));
		this.history.clientFailed(address, now);
		if (!ClientThrottle.refuses(before) && ClientThrottle.refuses(before + 1)) {
			this.audit.record(new AuditEvent(null, null, null, null, AuditAction.CLIENT_PAUSED, null, null, null,
					address, AuditOutcome.SUCCESS, ClientThrottle.MAX_FAILURES + " failed sign-ins within "
							+ ClientThrottle.WINDOW.toMinutes() + " minutes"));
		}
	}

	private static @Nullable String address(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
			return details.getRemoteAddress();
		}
		return AuditTrail.clientAddress();
	}

	// What was typed is kept for the admin to read, made safe by the one text rule: it
	// may hold anything, and a NUL would make the database refuse the whole audit row.
	private static String shorten(String typed) {
		return FreeText.madeSafe(typed, EmailAddress.MAX_LENGTH);
	}

}
