package org.fourstage.persistence.database;

import java.nio.file.Path;

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

	private static JdbcClient jdbc(EmbeddedPostgresServer server) {
		return JdbcClient.create(new DriverManagerDataSource(server.jdbcUrl("postgres"), server.username(), ""));
	}

}
