package org.fourstage.persistence.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmbeddedPostgresServerIT {

	@TempDir
	Path dataDir;

	@Test
	void keepsItsClusterAcrossRestarts() {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDir, 0)) {
			jdbc(server).sql("CREATE TABLE kept (note text)").update();
			jdbc(server).sql("INSERT INTO kept VALUES ('still here')").update();
		}
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDir, 0)) {
			assertThat(jdbc(server).sql("SELECT note FROM kept").query(String.class).single()).isEqualTo("still here");
		}
	}

	@Test
	void refusesASecondServerOnTheSameFolderWithAClearMessage() {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDir, 0)) {
			assertThatExceptionOfType(DataDirectoryInUseException.class)
				.isThrownBy(() -> EmbeddedPostgresServer.start(this.dataDir, 0))
				.withMessageContaining(this.dataDir.toAbsolutePath().toString())
				.withMessageContaining("FOURSTAGE_DATA_DIR");
			assertThat(jdbc(server).sql("SELECT 1").query(Integer.class).single()).isOne();
		}
	}

	@Test
	void bringsAClusterOfTheEarlierReleaseUnderPasswordsAndTheOwnerRole() throws Exception {
		Path cluster = this.dataDir.resolve("postgres");
		// What the earlier release made: the library's defaults, trust for every local
		// connection, and the tables owned by the superuser.
		try (EmbeddedPostgres earlier = EmbeddedPostgres.builder()
			.setDataDirectory(cluster)
			.setCleanDataDirectory(false)
			.start()) {
			JdbcClient superuser = JdbcClient.create(earlier.getPostgresDatabase());
			superuser.sql("CREATE TABLE kept (id bigint GENERATED ALWAYS AS IDENTITY, note text)").update();
			superuser.sql("INSERT INTO kept (note) VALUES ('from the earlier release')").update();
		}

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDir, 0)) {
			assertThat(jdbc(server).sql("SELECT note FROM kept").query(String.class).single())
				.isEqualTo("from the earlier release");
			assertThat(jdbc(server).sql("SELECT tableowner FROM pg_tables WHERE tablename = 'kept'")
				.query(String.class)
				.single()).isEqualTo("fourstage_owner");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "").close());
		}
		assertThat(Files.readString(cluster.resolve("pg_hba.conf"))).doesNotContain("trust");
		assertThat(PosixFilePermissions
			.toString(Files.getPosixFilePermissions(this.dataDir.resolve("database-secrets.properties"))))
			.isEqualTo("rw-------");
	}

	@Test
	void refusesToStartWhenThePasswordsOfItsClusterAreLost() throws Exception {
		EmbeddedPostgresServer.start(this.dataDir, 0).close();
		Files.delete(this.dataDir.resolve("database-secrets.properties"));

		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> EmbeddedPostgresServer.start(this.dataDir, 0))
			.withMessageContaining("database-secrets.properties")
			.withMessageContaining("Restore it");
	}

	@Test
	void tightensASecretsFileOthersCouldRead() throws Exception {
		EmbeddedPostgresServer.start(this.dataDir, 0).close();
		Path secrets = this.dataDir.resolve("database-secrets.properties");
		Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-r--r--"));

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDir, 0)) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rw-------");
		}
	}

	private static JdbcClient jdbc(EmbeddedPostgresServer server) {
		return JdbcClient.create(new DriverManagerDataSource(server.jdbcUrl("postgres"), server.ownerUsername(),
				server.ownerPassword()));
	}

}
