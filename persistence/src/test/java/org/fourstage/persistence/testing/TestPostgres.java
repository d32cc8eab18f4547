package org.fourstage.persistence.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL server of a test run, and the databases made on it.
 * <p>
 * The server is chosen once: a Testcontainers PostgreSQL where a Docker engine answers,
 * the embedded binaries otherwise; {@code -Dfourstage.test.postgres=container|embedded}
 * forces one. Tests never see the difference: they get JDBC URLs and data sources.
 * <p>
 * Databases are cheap copies: the schema is migrated once into a template, and each fresh
 * database is created from it with {@code CREATE DATABASE ... TEMPLATE}.
 * <p>
 * As in production, the schema belongs to an owner role that runs the migrations, and the
 * data sources handed to tests sign in as the application's role, which owns nothing: a
 * grant a migration forgot fails the tests.
 */
public final class TestPostgres {

	private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);

	private static final String MIGRATED_TEMPLATE = "fourstage_migrated";

	/** The role that owns each test database and its schema, and runs the migrations. */
	public static final String OWNER = "fourstage_owner";

	/** The role the application signs in as. */
	public static final String APP = "fourstage_app";

	private static final String OWNER_PASSWORD = "owner-of-the-test-schema";

	private static final String APP_PASSWORD = "application-in-tests";

	private static TestPostgres instance;

	private final Server server;

	private final AtomicInteger counter = new AtomicInteger();

	private boolean templateReady;

	private TestPostgres(Server server) {
		this.server = server;
		createRoles();
	}

	/**
	 * The server of this test run, started on first use and stopped when the JVM exits.
	 * @return the server
	 */
	public static synchronized TestPostgres get() {
		if (instance == null) {
			instance = new TestPostgres(startServer());
		}
		return instance;
	}

	public String jdbcUrl(String database) {
		return this.server.jdbcUrl(database);
	}

	/**
	 * A Flyway set up like the application's: it signs in as the owner and grants the
	 * application's role its rights.
	 * @param database the database to migrate
	 * @return the Flyway
	 */
	public Flyway flyway(String database) {
		return Flyway.configure()
			.dataSource(jdbcUrl(database), OWNER, OWNER_PASSWORD)
			.locations("classpath:db/migration")
			.placeholders(java.util.Map.of("app-role", APP))
			.load();
	}

	public String ownerPassword() {
		return OWNER_PASSWORD;
	}

	public String appPassword() {
		return APP_PASSWORD;
	}

	/**
	 * A new, uniquely named database with the full schema migrated and no rows.
	 * @return its name
	 */
	public synchronized String createMigratedDatabase() {
		if (!this.templateReady) {
			createEmptyDatabase(MIGRATED_TEMPLATE);
			flyway(MIGRATED_TEMPLATE).migrate();
			this.templateReady = true;
		}
		return copyDatabase(MIGRATED_TEMPLATE);
	}

	/**
	 * A new, uniquely named database without any schema.
	 * @return its name
	 */
	public String createEmptyDatabase() {
		String name = nextName();
		createEmptyDatabase(name);
		return name;
	}

	/**
	 * A new database holding a copy of {@code template}. Nobody may be connected to the
	 * template while it is copied.
	 * @param template the database to copy
	 * @return the name of the copy
	 */
	public String copyDatabase(String template) {
		String name = nextName();
		execute("CREATE DATABASE " + name + " OWNER " + OWNER + " TEMPLATE " + template);
		execute("REVOKE TEMPORARY ON DATABASE " + name + " FROM PUBLIC");
		return name;
	}

	public void dropDatabase(String name) {
		execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
	}

	/**
	 * A small connection pool on a database of this server, signed in as the
	 * application's role; close it when done.
	 * @param database the database
	 * @return the pool
	 */
	public HikariDataSource dataSource(String database) {
		return pool(database, APP, APP_PASSWORD);
	}

	/**
	 * A small connection pool signed in as the owner of the schema, for tests of what
	 * only the owner could do; close it when done.
	 * @param database the database
	 * @return the pool
	 */
	public HikariDataSource ownerDataSource(String database) {
		return pool(database, OWNER, OWNER_PASSWORD);
	}

	private HikariDataSource pool(String database, String user, String password) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(jdbcUrl(database));
		config.setUsername(user);
		config.setPassword(password);
		config.setMaximumPoolSize(5);
		config.setMinimumIdle(0);
		config.setPoolName("test-" + user + "-" + database);
		return new HikariDataSource(config);
	}

	private void createEmptyDatabase(String name) {
		execute("CREATE DATABASE " + name + " OWNER " + OWNER);
		execute("REVOKE TEMPORARY ON DATABASE " + name + " FROM PUBLIC");
	}

	/**
	 * The same two roles the embedded server and the README's external set-up make. Roles
	 * belong to the whole server, so this runs once per test run.
	 */
	private void createRoles() {
		for (String role : new String[] { OWNER, APP }) {
			String password = role.equals(OWNER) ? OWNER_PASSWORD : APP_PASSWORD;
			execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN CREATE ROLE "
					+ role + "; END IF; END $$");
			execute("ALTER ROLE " + role + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '" + password + "'");
		}
	}

	private String nextName() {
		return "test_" + ProcessHandle.current().pid() + "_" + this.counter.incrementAndGet();
	}

	private void execute(String sql) {
		try (Connection connection = this.server.admin().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Test database statement failed: " + sql, ex);
		}
	}

	private static Server startServer() {
		String choice = System.getProperty("fourstage.test.postgres", "auto").toLowerCase(Locale.ROOT);
		boolean container = switch (choice) {
			case "container" -> true;
			case "embedded" -> false;
			default -> dockerAvailable();
		};
		Server server = container ? new ContainerServer() : new EmbeddedServer();
		log.info("Database tests run on {}", server.description());
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-postgres-stop"));
		return server;
	}

	private static boolean dockerAvailable() {
		boolean engineConfigured = System.getenv("DOCKER_HOST") != null
				|| java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"));
		if (!engineConfigured) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	private interface Server {

		String jdbcUrl(String database);

		String username();

		String password();

		DataSource admin();

		String description();

		void stop();

	}

	private static final class EmbeddedServer implements Server {

		private final EmbeddedPostgres postgres;

		EmbeddedServer() {
			try {
				this.postgres = EmbeddedPostgres.builder()
					.setServerConfig("fsync", "off")
					.setServerConfig("synchronous_commit", "off")
					.setServerConfig("full_page_writes", "off")
					.setServerConfig("max_connections", "300")
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", ex);
			}
		}

		@Override
		public String jdbcUrl(String database) {
			return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/" + database;
		}

		@Override
		public String username() {
			return "postgres";
		}

		@Override
		public String password() {
			return "";
		}

		@Override
		public DataSource admin() {
			return this.postgres.getPostgresDatabase();
		}

		@Override
		public String description() {
			return "embedded PostgreSQL binaries on port " + this.postgres.getPort();
		}

		@Override
		public void stop() {
			try {
				this.postgres.close();
			}
			catch (IOException ex) {
				log.warn("Embedded test PostgreSQL did not stop cleanly", ex);
			}
		}

	}

	private static final class ContainerServer implements Server {

		private final PostgreSQLContainer container;

		private final HikariDataSource admin;

		ContainerServer() {
			this.container = new PostgreSQLContainer("postgres:18").withCommand("postgres", "-c", "fsync=off", "-c",
					"max_connections=300");
			this.container.start();
			HikariConfig config = new HikariConfig();
			config.setJdbcUrl(jdbcUrl("postgres"));
			config.setUsername(username());
			config.setPassword(password());
			config.setMaximumPoolSize(2);
			this.admin = new HikariDataSource(config);
		}

		@Override
		public String jdbcUrl(String database) {
			return "jdbc:postgresql://" + this.container.getHost() + ":" + this.container.getMappedPort(5432) + "/"
					+ database;
		}

		@Override
		public String username() {
			return this.container.getUsername();
		}

		@Override
		public String password() {
			return this.container.getPassword();
		}

		@Override
		public DataSource admin() {
			return this.admin;
		}

		@Override
		public String description() {
			return "Testcontainers PostgreSQL " + this.container.getDockerImageName();
		}

		@Override
		public void stop() {
			this.admin.close();
			this.container.stop();
		}

	}

}
