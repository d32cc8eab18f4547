package org.fourstage.persistence.audit;

import com.zaxxer.hikari.HikariDataSource;
import org.fourstage.domain.account.Account;
import org.fourstage.domain.account.Role;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditEvent;
import org.fourstage.domain.audit.AuditOutcome;
import org.fourstage.persistence.testing.PostgresTest;
import org.fourstage.persistence.testing.TestClinics;
import org.fourstage.persistence.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PostgresTest
class JdbcAuditLogIT {

	private final JdbcClient jdbc;

	private final Account admin;

	JdbcAuditLogIT(JdbcClient jdbc) {
		this.jdbc = jdbc;
		TestClinics clinics = new TestClinics(jdbc);
		this.admin = clinics.staff(clinics.clinic(), Role.ADMIN, "Auditing Admin");
	}

	@Test
	void writesWhoDidWhatToWhichRecordAndHowItEnded() {
		new JdbcAuditLog(this.jdbc)
			.record(new AuditEvent(this.admin.clinicId(), this.admin.id(), this.admin.email().value(), Role.ADMIN,
					AuditAction.ACCOUNT_CREATED, "account", "acc-1", null, "127.0.0.1", AuditOutcome.SUCCESS, null));

		var row = this.jdbc
			.sql("SELECT actor_email, actor_role, action, target_id, client_address, outcome, occurred_at "
					+ "FROM audit_events WHERE actor_id = :a")
			.param("a", this.admin.id().value())
			.query()
			.singleRow();
		assertThat(row).containsEntry("actor_role", "ADMIN")
			.containsEntry("action", "ACCOUNT_CREATED")
			.containsEntry("target_id", "acc-1")
			.containsEntry("client_address", "127.0.0.1")
			.containsEntry("outcome", "SUCCESS");
		assertThat(row.get("occurred_at")).isNotNull();
	}

	@Test
	void theApplicationMayNotChangeOrRemoveEntries() {
		new JdbcAuditLog(this.jdbc).record(new AuditEvent(null, null, "nobody@test.example", null,
				AuditAction.SIGN_IN_FAILED, null, null, null, null, AuditOutcome.FAILURE, null));

		for (String change : new String[] { "UPDATE audit_events SET outcome = 'SUCCESS'", "DELETE FROM audit_events",
				"TRUNCATE audit_events" }) {
			assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc.sql(change).update())
				.havingRootCause()
				.withMessageContaining("permission denied");
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_events WHERE actor_email = 'nobody@test.example'")
			.query(Integer.class)
			.single()).isOne();
	}

	@Test
	void evenTheSchemaOwnerCannotChangeOrRemoveEntries() {
		new JdbcAuditLog(this.jdbc).record(new AuditEvent(null, null, "owner@test.example", null,
				AuditAction.SIGN_IN_FAILED, null, null, null, null, AuditOutcome.FAILURE, null));
		String database = this.jdbc.sql("SELECT current_database()").query(String.class).single();
		try (HikariDataSource ownerPool = TestPostgres.get().ownerDataSource(database)) {
			JdbcClient owner = JdbcClient.create(ownerPool);
			for (String change : new String[] { "UPDATE audit_events SET outcome = 'SUCCESS'",
					"DELETE FROM audit_events", "TRUNCATE audit_events" }) {
				assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> owner.sql(change).update())
					.havingRootCause()
					.withMessageContaining("append-only");
			}
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_events WHERE actor_email = 'owner@test.example'")
			.query(Integer.class)
			.single()).isOne();
	}

}
