package org.fourstage.persistence.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.account.OneTimeToken;
import org.fourstage.domain.account.PasswordTokens;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.clinic.ClinicId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time password links in the {@code password_tokens} table, stored by hash, and which
 * devices have read the notices about them.
 */
@Repository
class JdbcPasswordTokens implements PasswordTokens {

	/**
	 * A link is usable while unused, unexpired and, where it waits for one, confirmed.
	 */
	private static final String USABLE = "token_hash = :hash AND used_at IS NULL AND expires_at > :now "
			+ "AND (NOT awaiting_confirmation OR confirmed_at IS NOT NULL)";

	/** Resets of an account issued by somebody else, not yet read on a device. */
	private static final String UNREAD = " FROM password_tokens t JOIN accounts issuer ON issuer.id = t.created_by "
			+ "LEFT JOIN accounts confirmer ON confirmer.id = t.confirmed_by "
			+ "WHERE t.account_id = :account AND t.reset AND t.created_by <> t.account_id AND t.created_at >= :since "
			+ "AND NOT EXISTS (SELECT 1 FROM password_link_notices_read r "
			+ "WHERE r.token_hash = t.token_hash AND r.device_hash = :device)";

	private final JdbcClient jdbc;

	JdbcPasswordTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void issue(AccountId account, @Nullable AccountId issuedBy, OneTimeToken token, Instant expiresAt,
			boolean reset, boolean awaitingConfirmation) {
		this.jdbc
			.sql("UPDATE password_tokens SET used_at = now(), voided = true "
					+ "WHERE account_id = :account AND used_at IS NULL")
			.param("account", account.value())
			.update();
		this.jdbc
			.sql("INSERT INTO password_tokens (token_hash, account_id, created_by, expires_at, reset, "
					+ "awaiting_confirmation) VALUES (:hash, :account, :by, :expires, :reset, :awaiting)")
			.param("hash", token.hash())
			.param("account", account.value())
			.param("by", (issuedBy != null) ? issuedBy.value() : null)
			.param("expires", Timestamp.from(expiresAt))
			.param("reset", reset)
			.param("awaiting", awaitingConfirmation)
			.update();
	}

	@Override
	public Optional<AccountId> peek(OneTimeToken token, Instant now) {
		return this.jdbc.sql("SELECT account_id FROM password_tokens WHERE " + USABLE)
			.param("hash", token.hash())
			.param("now", Timestamp.from(now))
			.query((row, n) -> new AccountId(row.getObject("account_id", UUID.class)))
			.optional();
	}

	@Override
	public Optional<AccountId> consume(OneTimeToken token, Instant now) {
		return this.jdbc.sql("UPDATE password_tokens SET used_at = :now WHERE " + USABLE + " RETURNING account_id")
			.param("hash", token.hash())
			.param("now", Timestamp.from(now))
			.query((row, n) -> new AccountId(row.getObject("account_id", UUID.class)))
			.optional();
	}

	@Override
	public boolean awaitsConfirmation(OneTimeToken token, Instant now) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM password_tokens WHERE token_hash = :hash AND used_at IS NULL "
					+ "AND expires_at > :now AND awaiting_confirmation AND confirmed_at IS NULL)")
			.param("hash", token.hash())
			.param("now", Timestamp.from(now))
			.query(Boolean.class)
			.single();
	}

	@Override
	public List<AwaitingLink> awaitingConfirmation(ClinicId clinic, Instant now) {
		return this.jdbc
			.sql("SELECT t.account_id, a.display_name, t.created_by, issuer.display_name AS issuer_name, t.created_at "
					+ "FROM password_tokens t JOIN accounts a ON a.id = t.account_id "
					+ "JOIN accounts issuer ON issuer.id = t.created_by WHERE a.clinic_id = :clinic "
					+ "AND t.awaiting_confirmation AND t.confirmed_at IS NULL AND t.used_at IS NULL "
					+ "AND t.expires_at > :now ORDER BY t.created_at")
			.param("clinic", clinic.value())
			.param("now", Timestamp.from(now))
			.query((row, n) -> new AwaitingLink(new AccountId(row.getObject("account_id", UUID.class)),
					row.getString("display_name"), new AccountId(row.getObject("created_by", UUID.class)),
					row.getString("issuer_name"), row.getTimestamp("created_at").toInstant()))
			.list();
	}

	@Override
	public boolean confirm(AccountId account, AccountId confirmedBy, Instant now) {
		return this.jdbc
			.sql("UPDATE password_tokens SET confirmed_by = :by, confirmed_at = :now WHERE account_id = :account "
					+ "AND awaiting_confirmation AND confirmed_at IS NULL AND used_at IS NULL AND expires_at > :now "
					+ "AND created_by <> :by")
			.param("by", confirmedBy.value())
			.param("now", Timestamp.from(now))
			.param("account", account.value())
			.update() > 0;
	}

	@Override
	public List<LinkNotice> unreadNotices(AccountId account, OneTimeToken device, Instant since) {
		return this.jdbc
			.sql("SELECT issuer.display_name AS issuer_name, issuer.role AS issuer_role, t.created_at, "
					+ "confirmer.display_name AS confirmer_name, CASE WHEN t.voided THEN NULL ELSE t.used_at END "
					+ "AS used_at" + UNREAD + " ORDER BY t.created_at")
			.param("account", account.value())
			.param("since", Timestamp.from(since))
			.param("device", device.hash())
			.query((row, n) -> new LinkNotice(row.getString("issuer_name"), Role.valueOf(row.getString("issuer_role")),
					row.getTimestamp("created_at").toInstant(), row.getString("confirmer_name"),
					(row.getTimestamp("used_at") != null) ? row.getTimestamp("used_at").toInstant() : null))
			.list();
	}

	@Override
	public void markNoticesRead(AccountId account, OneTimeToken device, Instant since, Instant now) {
		this.jdbc
			.sql("INSERT INTO password_link_notices_read (token_hash, device_hash, read_at) "
					+ "SELECT t.token_hash, :device, :now" + UNREAD)
			.param("account", account.value())
			.param("since", Timestamp.from(since))
			.param("device", device.hash())
			.param("now", Timestamp.from(now))
			.update();
	}

}
