package org.fourstage.persistence.account;

import java.sql.Timestamp;
import java.time.Instant;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.account.ClientThrottle;
import org.fourstage.domain.account.OneTimeToken;
import org.fourstage.domain.account.SignInHistory;
import org.fourstage.domain.account.SignInThrottle;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Known devices in {@code known_devices} and failures per address in
 * {@code client_sign_in_failures}.
 */
@Repository
class JdbcSignInHistory implements SignInHistory {

	private final JdbcClient jdbc;

	JdbcSignInHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean isKnownDevice(AccountId account, OneTimeToken device) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM known_devices WHERE token_hash = :hash AND account_id = :account "
					+ "AND failures < :limit)")
			.param("hash", device.hash())
			.param("account", account.value())
			.param("limit", SignInThrottle.DEVICE_FAILURES)
			.query(Boolean.class)
			.single();
	}

	@Override
	public void rememberDevice(AccountId account, OneTimeToken device, Instant now) {
		this.jdbc
			.sql("INSERT INTO known_devices (token_hash, account_id, last_used_at) VALUES (:hash, :account, :now) "
					+ "ON CONFLICT (token_hash, account_id) DO UPDATE SET failures = 0, last_used_at = :now")
			.param("hash", device.hash())
			.param("account", account.value())
			.param("now", Timestamp.from(now))
			.update();
	}

	@Override
	public void deviceFailed(AccountId account, OneTimeToken device) {
		this.jdbc
			.sql("UPDATE known_devices SET failures = failures + 1 WHERE token_hash = :hash AND account_id = :account")
			.param("hash", device.hash())
			.param("account", account.value())
			.update();
	}

	@Override
	public void clientFailed(String clientAddress, Instant now) {
		this.jdbc.sql("DELETE FROM client_sign_in_failures WHERE client_address = :address AND failed_at < :old")
			.param("address", clientAddress)
			.param("old", Timestamp.from(now.minus(ClientThrottle.WINDOW)))
			.update();
		this.jdbc.sql("INSERT INTO client_sign_in_failures (client_address, failed_at) VALUES (:address, :now)")
			.param("address", clientAddress)
			.param("now", Timestamp.from(now))
			.update();
	}

	@Override
	public long clientFailuresSince(String clientAddress, Instant since) {
		return this.jdbc
			.sql("SELECT count(*) FROM client_sign_in_failures WHERE client_address = :address AND failed_at > :since")
			.param("address", clientAddress)
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.single();
	}

}
