package org.fourstage.web.security;

import java.time.Clock;
import java.time.Instant;

import org.fourstage.domain.account.OneTimeToken;
import org.fourstage.domain.account.PasswordTokens;
import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditOutcome;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.web.audit.AuditTrail;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person marks the notices about set-password links read on one device; the mark and
 * its audit entry are saved in one transaction.
 */
@Service
class LinkNoticeReading {

	private final PasswordTokens tokens;

	private final AuditTrail audit;

	private final Clock clock;

	LinkNoticeReading(PasswordTokens tokens, AuditTrail audit, Clock clock) {
		this.tokens = tokens;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Marks the account's unread notices read on this device; other devices still show
	 * them.
	 * @param reader the signed-in owner of the account
	 * @param patient the reader's patient record, for a patient account
	 * @param device the device's known-device token
	 */
	@Transactional
	void markRead(Actor reader, @Nullable PatientId patient, OneTimeToken device) {
		Instant now = this.clock.instant();
		Instant since = LinkNoticeController.since(now);
		int count = this.tokens.unreadNotices(reader.accountId(), device, since).size();
		this.tokens.markNoticesRead(reader.accountId(), device, since, now);
		this.audit.record(reader, AuditAction.PASSWORD_LINK_NOTICE_READ, AuditTarget.ACCOUNT, reader.accountId(),
				patient, AuditOutcome.SUCCESS, count + " notice(s) read on this device");
	}

}
