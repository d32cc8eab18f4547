package org.fourstage.persistence.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.account.Account;
import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.account.AccountRepository;
import org.fourstage.domain.account.Credentials;
import org.fourstage.domain.account.DisplayName;
import org.fourstage.domain.account.DuplicateEmailException;
import org.fourstage.domain.account.EmailAddress;
import org.fourstage.domain.account.NewAccount;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.account.SignInThrottle;
import org.fourstage.domain.clinic.ClinicCode;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.paging.Page;
import org.fourstage.domain.patient.PatientId;
import org.fourstage.persistence.database.SqlText;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accounts kept in the {@code accounts} table.
 */
@Repository
class JdbcAccountRepository implements AccountRepository {

	private static final String COLUMNS = "id, clinic_id, email, display_name, role, patient_id, enabled, "
			+ "password_hash IS NOT NULL AS password_set, paused_until, created_at";

	private final JdbcClient jdbc;

	JdbcAccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Account add(NewAccount account) {
		try {
			return this.jdbc
				.sql("INSERT INTO accounts (clinic_id, email, display_name, role, patient_id) "
						+ "VALUES (:clinic, :email, :name, :role, :patient) RETURNING " + COLUMNS)
				.param("clinic", account.clinicId().value())
				.param("email", account.email().value())
				.param("name", account.name().value())
				.param("role", account.role().name())
				.param("patient", (account.patientId() != null) ? account.patientId().value() : null)
				.query(JdbcAccountRepository::map)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateEmailException(account.email());
		}
	}

	@Override
	public Optional<Account> find(ClinicId clinicId, AccountId id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE id = :id AND clinic_id = :clinic")
			.param("id", id.value())
			.param("clinic", clinicId.value())
			.query(JdbcAccountRepository::map)
			.optional();
	}

	@Override
	public Optional<Account> findByPatient(ClinicId clinicId, PatientId patientId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE patient_id = :patient AND clinic_id = :clinic")
			.param("patient", patientId.value())
			.param("clinic", clinicId.value())
			.query(JdbcAccountRepository::map)
			.optional();
	}

	@Override
	public Optional<Account> findInAnyClinic(AccountId id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE id = :id")
			.param("id", id.value())
			.query(JdbcAccountRepository::map)
			.optional();
	}

	@Override
	public Optional<Credentials> credentials(ClinicCode clinic, EmailAddress email) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + ", password_hash FROM accounts WHERE lower(email) = :email "
					+ "AND clinic_id = (SELECT id FROM clinics WHERE sign_in_code = :code)")
			.param("email", email.value())
			.param("code", clinic.value())
			.query((row, n) -> new Credentials(map(row, n), row.getString("password_hash")))
			.optional();
	}

	@Override
	public Page<Account> search(ClinicId clinicId, String query, int page, int size) {
		String pattern = SqlText.containing(query);
		String where = " FROM accounts WHERE clinic_id = :clinic "
				+ "AND (lower(display_name) LIKE :pattern ESCAPE '\\' OR lower(email) LIKE :pattern ESCAPE '\\')";
		long total = this.jdbc.sql("SELECT count(*)" + where)
			.param("clinic", clinicId.value())
			.param("pattern", pattern)
			.query(Long.class)
			.single();
		List<Account> accounts = this.jdbc
			.sql("SELECT " + COLUMNS + where + " ORDER BY lower(display_name), email LIMIT :limit OFFSET :offset")
			.param("clinic", clinicId.value())
			.param("pattern", pattern)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(JdbcAccountRepository::map)
			.list();
		return new Page<>(accounts, page, size, total);
	}

	@Override
	public void update(ClinicId clinicId, AccountId id, DisplayName name, Role role) {
		this.jdbc
			.sql("UPDATE accounts SET display_name = :name, role = :role, updated_at = now() "
					+ "WHERE id = :id AND clinic_id = :clinic")
			.param("name", name.value())
			.param("role", role.name())
			.param("id", id.value())
			.param("clinic", clinicId.value())
			.update();
	}

	@Override
	public void setEnabled(ClinicId clinicId, AccountId id, boolean enabled) {
		this.jdbc
			.sql("UPDATE accounts SET enabled = :enabled, updated_at = now() WHERE id = :id AND clinic_id = :clinic")
			.param("enabled", enabled)
			.param("id", id.value())
			.param("clinic", clinicId.value())
			.update();
	}

	@Override
	public void setPasswordHash(AccountId id, String passwordHash) {
		this.jdbc
			.sql("UPDATE accounts SET password_hash = :hash, failed_attempts = 0, last_failure_at = NULL, "
					+ "paused_until = NULL, updated_at = now() WHERE id = :id")
			.param("hash", passwordHash)
			.param("id", id.value())
			.update();
	}

	@Override
	public SignInThrottle.State throttle(AccountId id) {
		return this.jdbc
			.sql("SELECT failed_attempts, last_failure_at, paused_until FROM accounts WHERE id = :id FOR UPDATE")
			.param("id", id.value())
			.query((row, n) -> new SignInThrottle.State(row.getInt("failed_attempts"),
					instant(row.getTimestamp("last_failure_at")), instant(row.getTimestamp("paused_until"))))
			.optional()
			.orElse(SignInThrottle.State.CLEAR);
	}

	@Override
	public void saveThrottle(AccountId id, SignInThrottle.State state) {
		this.jdbc
			.sql("UPDATE accounts SET failed_attempts = :failures, last_failure_at = :start, "
					+ "paused_until = :locked WHERE id = :id")
			.param("failures", state.failures())
			.param("start", timestamp(state.lastFailure()))
			.param("locked", timestamp(state.pausedUntil()))
			.param("id", id.value())
			.update();
	}

	@Override
	public boolean hasOtherEnabledAdmin(ClinicId clinicId, AccountId except) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM accounts WHERE clinic_id = :clinic AND role = 'ADMIN' "
					+ "AND enabled AND id <> :id)")
			.param("clinic", clinicId.value())
			.param("id", except.value())
			.query(Boolean.class)
			.single();
	}

	private static Account map(ResultSet row, int rowNumber) throws SQLException {
		UUID patient = row.getObject("patient_id", UUID.class);
		return new Account(new AccountId(row.getObject("id", UUID.class)),
				new ClinicId(row.getObject("clinic_id", UUID.class)), new EmailAddress(row.getString("email")),
				new DisplayName(row.getString("display_name")), Role.valueOf(row.getString("role")),
				(patient != null) ? new PatientId(patient) : null, row.getBoolean("enabled"),
				row.getBoolean("password_set"), instant(row.getTimestamp("paused_until")),
				row.getTimestamp("created_at").toInstant());
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
