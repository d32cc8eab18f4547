package org.fourstage.web.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL, used only when no datasource URL is configured.
 *
 * @param dataDir the application's data folder ({@code FOURSTAGE_DATA_DIR}); the cluster
 * lives in its {@code postgres} sub-folder
 * @param embeddedDatabasePort the port the server listens on, 0 for any free port
 * ({@code FOURSTAGE_EMBEDDED_DATABASE_PORT})
 */
@ConfigurationProperties("fourstage")
public record EmbeddedDatabaseProperties(Path dataDir, int embeddedDatabasePort) {

	public EmbeddedDatabaseProperties {
		dataDir = (dataDir != null) ? dataDir : Path.of("data");
	}

}
