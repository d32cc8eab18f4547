package org.fourstage.persistence.database;

import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.fourstage.persistence.testing.PostgresTest;
import org.fourstage.persistence.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rights the migrations give the application's role, checked over every table the
 * migrations make, including those later migrations add.
 */
@PostgresTest
class DatabaseRolesIT {

	private static final String TABLES = "FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace "
			+ "AND c.relkind IN ('r', 'p') AND c.relname <> 'flyway_schema_history' ";

	private final JdbcClient app;

	DatabaseRolesIT(JdbcClient app) {
		this.app = app;
	}

	@Test
	void everyAuditTableIsAppendOnlyForTheApplication() {
		assertThat(names("SELECT c.relname " + TABLES + "AND c.relname LIKE 'audit\\_%'")).contains("audit_events");
		assertThat(names("SELECT c.relname " + TABLES + "AND c.relname LIKE 'audit\\_%' AND ("
				+ "has_table_privilege(current_user, c.oid, 'UPDATE') OR has_table_privilege(current_user, c.oid, 'DELETE') "
				+ "OR has_table_privilege(current_user, c.oid, 'TRUNCATE') "
				+ "OR NOT has_table_privilege(current_user, c.oid, 'INSERT') "
				+ "OR NOT has_table_privilege(current_user, c.oid, 'SELECT'))"))
			.as("audit tables the application may change; revoke UPDATE, DELETE in their migration (see V21)")
			.isEmpty();
	}

	@Test
	void everyOtherTableIsReadAndWrittenButNeverTruncated() {
		assertThat(names("SELECT c.relname " + TABLES + "AND c.relname NOT LIKE 'audit\\_%' AND ("
				+ "NOT has_table_privilege(current_user, c.oid, 'SELECT, INSERT, UPDATE, DELETE') "
				+ "OR has_table_privilege(current_user, c.oid, 'TRUNCATE') "
				+ "OR has_table_privilege(current_user, c.oid, 'TRIGGER') "
				+ "OR has_table_privilege(current_user, c.oid, 'REFERENCES'))"))
			.as("tables with other rights than SELECT, INSERT, UPDATE, DELETE for the application")
			.isEmpty();
		assertThat(names(
				"SELECT relname FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)"))
			.isEmpty();
	}

	@Test
	void aTableALaterMigrationAddsIsWritableWithoutItsOwnGrant() {
		String database = this.app.sql("SELECT current_database()").query(String.class).single();
		try (HikariDataSource ownerPool = TestPostgres.get().ownerDataSource(database)) {
			JdbcClient owner = JdbcClient.create(ownerPool);
			owner.sql("CREATE TABLE later_feature (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text)")
				.update();
		}
		this.app.sql("INSERT INTO later_feature (note) VALUES ('written by the application')").update();
		this.app.sql("UPDATE later_feature SET note = 'changed by the application'").update();
		assertThat(this.app.sql("SELECT note FROM later_feature").query(String.class).single())
			.isEqualTo("changed by the application");
	}

	private List<String> names(String sql) {
		return this.app.sql(sql).query(String.class).list();
	}

}
