package org.fourstage.web.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.fourstage.persistence.database.EmbeddedPostgresServer;
import org.fourstage.web.FourStageApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The application as the README's run command starts it, on the embedded PostgreSQL: a
 * confirmed write is on disk, and the application's own connections cannot undo the audit
 * trail or reach the operating system.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedDatabaseSecurityIT {

	@TempDir
	static Path dataDir;

	private ConfigurableApplicationContext app;

	private EmbeddedPostgresServer server;

	@BeforeAll
	void start() {
		this.app = new SpringApplicationBuilder(FourStageApplication.class).run("--server.port=0",
				"--fourstage.data-dir=" + dataDir, "--spring.datasource.url=");
		this.server = this.app.getBean(EmbeddedPostgresServer.class);
	}

	@AfterAll
	void stop() {
		this.app.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "fsync", "synchronous_commit", "full_page_writes" })
	void confirmsAWriteOnlyOnceItIsOnDisk(String setting) {
		assertThat(appJdbc().sql("SHOW " + setting).query(String.class).single()).isEqualTo("on");
	}

	@Test
	void runsAsARoleThatIsNoSuperuserAndOwnsNothing() {
		assertThat(appJdbc().sql("SELECT current_user").query(String.class).single()).isEqualTo("fourstage_app");
		assertThat(appJdbc()
			.sql("SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = current_user")
			.query(Boolean.class)
			.single()).isFalse();
		assertThat(appJdbc()
			.sql("SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = current_user")
			.query(Integer.class)
			.single()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "SET session_replication_role = replica", "ALTER TABLE audit_events DISABLE TRIGGER ALL",
			"DROP TRIGGER audit_events_no_update_or_delete ON audit_events", "COPY (SELECT 1) TO PROGRAM 'true'",
			"CREATE TABLE smuggled (note text)", "CREATE TEMPORARY TABLE smuggled (note text)",
			"CREATE SCHEMA smuggled", "UPDATE audit_events SET detail = 'rewritten'", "DELETE FROM audit_events",
			"TRUNCATE audit_events", "ALTER TABLE patients ADD COLUMN smuggled text",
			"ALTER TABLE patients DISABLE TRIGGER ALL", "DROP TABLE clinical_notes",
			"DELETE FROM flyway_schema_history", "ALTER ROLE fourstage_app SUPERUSER", "CREATE ROLE smuggled" })
	void refusesWhatOnlyAnOwnerOrSuperuserMayDo(String statement) {
		assertThatExceptionOfType(SQLException.class).isThrownBy(() -> {
			try (Connection connection = appConnection(); Statement sql = connection.createStatement()) {
				sql.execute(statement);
			}
		}).satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("42501"));
	}

	@Test
	void writesAndReadsTheAuditTrail() {
		assertThat(appJdbc()
			.sql("INSERT INTO audit_events (action, outcome) VALUES ('TEST_PROBE', 'SUCCESS') RETURNING action")
			.query(String.class)
			.single()).isEqualTo("TEST_PROBE");
	}

	@Test
	void keepsThePasswordsInAFileOnlyItsOwnerCanRead() throws Exception {
		Path secrets = dataDir.resolve("database-secrets.properties");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rw-------");
		Properties saved = new Properties();
		try (var in = Files.newInputStream(secrets)) {
			saved.load(in);
		}
		assertThat(saved.getProperty("app.password")).hasSizeGreaterThanOrEqualTo(32);
	}

	@Test
	void refusesAConnectionWithoutTheRightPassword() {
		for (String user : new String[] { "postgres", "fourstage_owner", "fourstage_app" }) {
			// The server asks for a password (no trust): the driver has none to give.
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> DriverManager.getConnection(this.server.jdbcUrl("postgres"), user, "").close())
				.withMessageContaining("SCRAM");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> DriverManager.getConnection(this.server.jdbcUrl("postgres"), user, "guess").close())
				.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("28P01"));
		}
	}

	private JdbcClient appJdbc() {
		return this.app.getBean(JdbcClient.class);
	}

	private Connection appConnection() throws SQLException {
		return this.app.getBean(javax.sql.DataSource.class).getConnection();
	}

}
