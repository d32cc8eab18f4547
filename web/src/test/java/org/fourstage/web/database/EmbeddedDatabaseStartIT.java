package org.fourstage.web.database;

import java.nio.file.Path;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.fourstage.persistence.database.DataDirectoryInUseException;
import org.fourstage.persistence.database.EmbeddedPostgresServer;
import org.fourstage.persistence.testing.TestPostgres;
import org.fourstage.web.FourStageApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Starts the application as the README's run command does, without a configured database:
 * it must bring up the embedded PostgreSQL in the data folder.
 */
class EmbeddedDatabaseStartIT {

	@TempDir
	Path dataDir;

	@Test
	void keepsRowsAcrossAStopAndStart() {
		String name = "Restart Clinic " + UUID.randomUUID();
		try (ConfigurableApplicationContext first = start()) {
			jdbc(first).sql("INSERT INTO clinics (name) VALUES (:name)").param("name", name).update();
		}
		try (ConfigurableApplicationContext second = start()) {
			assertThat(jdbc(second).sql("SELECT count(*) FROM clinics WHERE name = :name")
				.param("name", name)
				.query(Integer.class)
				.single()).isOne();
			assertThat(this.dataDir.resolve("postgres/PG_VERSION")).exists();
		}
	}

	@Test
	void refusesASecondInstanceOnTheSameDataFolder() {
		try (ConfigurableApplicationContext first = start()) {
			assertThatThrownBy(this::start).hasRootCauseInstanceOf(DataDirectoryInUseException.class)
				.rootCause()
				.hasMessageContaining("in use by another FourStage instance")
				.hasMessageContaining("FOURSTAGE_DATA_DIR");
			assertThat(jdbc(first).sql("SELECT 1").query(Integer.class).single()).isOne();
		}
	}

	@Test
	void usesTheConfiguredServerAndStartsNoEmbeddedOne() {
		TestPostgres postgres = TestPostgres.get();
		String database = postgres.createEmptyDatabase();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FourStageApplication.class).run(
				"--server.port=0", "--fourstage.data-dir=" + this.dataDir,
				"--spring.datasource.url=" + postgres.jdbcUrl(database),
				"--spring.datasource.username=" + TestPostgres.APP,
				"--spring.datasource.password=" + postgres.appPassword(), "--spring.flyway.user=" + TestPostgres.OWNER,
				"--spring.flyway.password=" + postgres.ownerPassword())) {
			assertThat(app.getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();
			assertThat(this.dataDir.resolve("postgres")).doesNotExist();
			assertThat(jdbc(app).sql("SELECT current_database()").query(String.class).single()).isEqualTo(database);
			assertThat(jdbc(app).sql("SELECT current_user").query(String.class).single()).isEqualTo(TestPostgres.APP);
			try (HikariDataSource owner = postgres.ownerDataSource(database)) {
				assertThat(JdbcClient.create(owner)
					.sql("SELECT installed_by FROM flyway_schema_history WHERE success AND version = '21'")
					.query(String.class)
					.single()).isEqualTo(TestPostgres.OWNER);
			}
		}
		finally {
			postgres.dropDatabase(database);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(FourStageApplication.class).run("--server.port=0",
				"--fourstage.data-dir=" + this.dataDir, "--spring.datasource.url=");
	}

	private static JdbcClient jdbc(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class);
	}

}
