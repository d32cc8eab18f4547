package org.fourstage.persistence.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.account.AccountId;
import org.fourstage.domain.account.OneTimeToken;
import org.fourstage.domain.account.PasswordTokens;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time password links in the {@code password_tokens} table, stored by hash.
 */
@Repository
public class JdbcPasswordTokens implements PasswordTokens {

	private final JdbcClient jdbc;

	public JdbcPasswordTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void issue(AccountId account, @Nullable AccountId issuedBy, OneTimeToken token, Instant expiresAt) {
		this.jdbc.sql("UPDATE password_tokens SET used_at = now() WHERE account_id = :account AND used_at IS NULL")
			.param("account", account.value())
			.update();
		this.jdbc
			.sql("INSERT INTO password_tokens (token_hash, account_id, created_by, expires_at) "
					+ "VALUES (:hash, :account, :by, :expires)")
			.param("hash", token.hash())
			.param("account", account.value())
			.param("by", (issuedBy != null) ? issuedBy.value() : null)
			.param("expires", Timestamp.from(expiresAt))
			.update();
	}

	@Override
	public Optional<AccountId> peek(OneTimeToken token, Instant now) {
		return this.jdbc
			.sql("SELECT account_id FROM password_tokens WHERE token_hash = :hash AND used_at IS NULL "
					+ "AND expires_at > :now")
			.param("hash", token.hash())
			.param("now", Timestamp.from(now))
			.query((row, n) -> new AccountId(row.getObject("account_id", UUID.class)))
			.optional();
	}

	@Override
	public Optional<AccountId> consume(OneTimeToken token, Instant now) {
		return this.jdbc
			.sql("UPDATE password_tokens SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL "
					+ "AND expires_at > :now RETURNING account_id")
			.param("hash", token.hash())
			.param("now", Timestamp.from(now))
			.query((row, n) -> new AccountId(row.getObject("account_id", UUID.class)))
			.optional();
	}

}
