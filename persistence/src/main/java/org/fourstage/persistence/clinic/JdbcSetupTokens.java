package org.fourstage.persistence.clinic;

import java.sql.Timestamp;
import java.time.Instant;

import org.fourstage.domain.account.OneTimeToken;
import org.fourstage.domain.account.SetupTokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * First-run setup links in the {@code setup_tokens} table, stored by hash.
 */
@Repository
class JdbcSetupTokens implements SetupTokens {

	private final JdbcClient jdbc;

	JdbcSetupTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void issue(OneTimeToken token, Instant expiresAt) {
		this.jdbc.sql("INSERT INTO setup_tokens (token_hash, expires_at) VALUES (:hash, :expires)")
			.param("hash", token.hash())
			.param("expires", Timestamp.from(expiresAt))
			.update();
	}

	@Override
	public boolean isValid(OneTimeToken token, Instant now) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM setup_tokens WHERE token_hash = :hash AND used_at IS NULL "
					+ "AND expires_at > :now)")
			.param("hash", token.hash())
			.param("now", Timestamp.from(now))
			.query(Boolean.class)
			.single();
	}

	@Override
	public boolean consume(OneTimeToken token, Instant now) {
		return this.jdbc
			.sql("UPDATE setup_tokens SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL "
					+ "AND expires_at > :now")
			.param("hash", token.hash())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

}
