package org.fourstage.persistence.database;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries shipped in the application, keeping its
 * cluster in a folder that survives restarts.
 * <p>
 * The folder is locked for as long as the server runs, so a second instance pointed at
 * the same folder stops with a clear message instead of corrupting the cluster. A server
 * left running by an instance that was killed is stopped before the new one starts.
 * <p>
 * A confirmed commit is on disk ({@code fsync}, {@code synchronous_commit} and
 * {@code full_page_writes} on). Every connection signs in with a password kept in the
 * data folder; the application uses a role that may only read and write rows.
 */
public final class EmbeddedPostgresServer implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final String LOCK_FILE = "fourstage.lock";

	private static final String CLUSTER_FOLDER = "postgres";

	/** The database the application's tables live in. */
	public static final String DATABASE = "postgres";

	private static final String HBA_FILE = "pg_hba.conf";

	private static final String HBA_MARKER = "# Written by FourStage";

	private static final String HBA_RULES = HBA_MARKER
			+ " at every start: sign-in with a password (SCRAM) over loopback only.\n"
			+ "# The passwords are in database-secrets.properties in the data folder.\n"
			+ "host    all    all    127.0.0.1/32    scram-sha-256\n"
			+ "host    all    all    ::1/128         scram-sha-256\n";

	private final Path dataDirectory;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private volatile EmbeddedPostgres postgres;

	private volatile Optional<ProcessHandle> postmaster;

	private final DatabaseSecrets secrets;

	private EmbeddedPostgresServer(Path dataDirectory, FileChannel lockChannel, FileLock lock,
			EmbeddedPostgres postgres, DatabaseSecrets secrets) {
		this.dataDirectory = dataDirectory;
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.postgres = postgres;
		this.postmaster = findPostmaster(dataDirectory.resolve(CLUSTER_FOLDER));
		this.secrets = secrets;
	}

	/**
	 * Starts the server with its cluster in {@code dataDirectory/postgres}, creating the
	 * cluster on first use.
	 * @param dataDirectory the application's data folder
	 * @param port the port to listen on, or 0 for any free port
	 * @return the running server
	 * @throws DataDirectoryInUseException when another instance holds the folder
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
		Path folder = dataDirectory.toAbsolutePath().normalize();
		FileChannel channel = null;
		try {
			Files.createDirectories(folder);
			channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				throw new DataDirectoryInUseException(folder);
			}
			Path cluster = folder.resolve(CLUSTER_FOLDER);
			stopOrphanedServer(cluster);
			boolean firstStart = !Files.exists(cluster.resolve("PG_VERSION"));
			refuseWithoutSecrets(folder, cluster, firstStart);
			DatabaseSecrets secrets = DatabaseSecrets.loadOrCreate(folder);
			Path passwordFile = firstStart ? superuserPasswordFile(folder, secrets) : null;
			EmbeddedPostgres postgres;
			try {
				postgres = builder(cluster, port, secrets, passwordFile).start();
			}
			finally {
				if (passwordFile != null) {
					Files.deleteIfExists(passwordFile);
				}
			}
			try {
				secure(postgres, cluster, secrets);
			}
			catch (IOException | SQLException | RuntimeException ex) {
				postgres.close();
				throw ex;
			}
			log.info("Embedded PostgreSQL {} on localhost:{}, cluster in {}",
					firstStart ? "created and started" : "started", postgres.getPort(), cluster);
			return new EmbeddedPostgresServer(folder, channel, lock, postgres, secrets);
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + folder, ex);
		}
		catch (SQLException ex) {
			closeQuietly(channel);
			throw new IllegalStateException("Could not set up the roles of the embedded PostgreSQL in " + folder, ex);
		}
		catch (RuntimeException ex) {
			closeQuietly(channel);
			throw ex;
		}
	}

	/**
	 * The library's defaults suit throw-away test servers: it starts PostgreSQL with
	 * {@code -F} (no fsync) and {@code synchronous_commit=off}, so a confirmed write
	 * could vanish in a crash. This server keeps patient records, so every commit waits
	 * for its write-ahead log to reach the disk, and pages are written whole.
	 */
	private static EmbeddedPostgres.Builder builder(Path cluster, int port, DatabaseSecrets secrets,
			Path passwordFile) {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(cluster)
			.setCleanDataDirectory(false)
			// Spring closes the server after the connection pool; a JVM hook of its
			// own would race it.
			.setRegisterShutdownHook(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("listen_addresses", "localhost")
			// No Unix socket: every connection comes over loopback TCP and signs in with
			// a password.
			.setServerConfig("unix_socket_directories", "''")
			.setServerConfig("password_encryption", "scram-sha-256")
			// The library signs in as the superuser to see that the server is up.
			.setConnectConfig("password", secrets.superuserPassword());
		if (passwordFile != null) {
			// A new cluster never accepts a connection without a password, not even while
			// it
			// starts for the first time.
			builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
		}
		if (port > 0) {
			builder.setPort(port);
		}
		return builder;
	}

	private static Path superuserPasswordFile(Path folder, DatabaseSecrets secrets) throws IOException {
		Path file = folder.resolve("initdb-password.tmp");
		Files.deleteIfExists(file);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		Files.writeString(file, secrets.superuserPassword() + "\n");
		return file;
	}

	/**
	 * A cluster that already asks for passwords cannot be opened with new ones.
	 */
	private static void refuseWithoutSecrets(Path folder, Path cluster, boolean firstStart) throws IOException {
		if (firstStart || DatabaseSecrets.existIn(folder)) {
			return;
		}
		if (Files.readString(cluster.resolve(HBA_FILE)).contains(HBA_MARKER)) {
			throw new IllegalStateException("The embedded PostgreSQL in " + cluster + " needs the passwords kept in "
					+ folder.resolve(DatabaseSecrets.FILE_NAME) + ", which is missing. Restore it from the backup "
					+ "of the data folder it was made with.");
		}
	}

	/**
	 * Sets up the roles, then allows sign-in only with a password over loopback. A
	 * cluster of an older release still trusts every local connection until this reload.
	 */
	private static void secure(EmbeddedPostgres postgres, Path cluster, DatabaseSecrets secrets)
			throws IOException, SQLException {
		try (Connection superuser = postgres.getPostgresDatabase().getConnection()) {
			EmbeddedDatabaseRoles.apply(superuser, secrets);
			Path hba = cluster.resolve(HBA_FILE);
			if (!Files.readString(hba).equals(HBA_RULES)) {
				Files.writeString(hba, HBA_RULES);
				try (Statement sql = superuser.createStatement()) {
					sql.execute("SELECT pg_reload_conf()");
				}
				log.info("Embedded PostgreSQL now asks every connection for a password");
			}
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	/**
	 * A postmaster whose owner was killed keeps running and blocks a new start. We hold
	 * the folder's lock, so any postmaster still serving this cluster is such an orphan.
	 */
	private static void stopOrphanedServer(Path cluster) throws IOException {
		Path pidFile = cluster.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> orphan = lines.isEmpty() ? Optional.empty()
				: parsePid(lines.get(0)).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (orphan.isEmpty()) {
			return;
		}
		log.warn("Stopping PostgreSQL process {} left running by an earlier instance on {}", orphan.get().pid(),
				cluster);
		orphan.get().destroy();
		try {
			orphan.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IOException("PostgreSQL process " + orphan.get().pid() + " on " + cluster
					+ " did not stop; stop it by hand and start again", ex);
		}
	}

	private static Optional<ProcessHandle> findPostmaster(Path cluster) {
		try {
			List<String> lines = Files.readAllLines(cluster.resolve("postmaster.pid"));
			return lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0)).flatMap(ProcessHandle::of);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static Optional<Long> parsePid(String line) {
		try {
			return Optional.of(Long.parseLong(line.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Whether the server's main process (the postmaster) is still there. It says nothing
	 * about whether the server answers: a stopped (frozen) process counts as running.
	 * @return {@code false} once the postmaster has exited or was killed
	 */
	public boolean isRunning() {
		return this.postmaster.map(ProcessHandle::isAlive).orElse(false);
	}

	/**
	 * The process id of the postmaster, for operators and drills.
	 * @return the id, empty when it is not known
	 */
	public Optional<Long> postmasterPid() {
		return this.postmaster.map(ProcessHandle::pid);
	}

	/**
	 * Starts the server again with the configuration of the first start, on the same port
	 * and cluster, after its process died. The data folder stays locked by this instance
	 * throughout, so nobody else can take the cluster in between; PostgreSQL replays its
	 * write-ahead log as after any crash.
	 * @throws UncheckedIOException when the server does not come up; the caller may try
	 * again
	 */
	public synchronized void restart() {
		int port = port();
		try {
			// Releases the old handle and its lock on the cluster; the process is gone,
			// so
			// its stop command has nothing left to stop.
			this.postgres.close();
		}
		catch (IOException ex) {
			log.debug("Ignored failure while releasing the dead server", ex);
		}
		Path cluster = this.dataDirectory.resolve(CLUSTER_FOLDER);
		try {
			// The cluster, its roles and its passwords exist: only the server starts
			// again.
			this.postgres = builder(cluster, port, this.secrets, null).start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not restart the embedded PostgreSQL on " + cluster, ex);
		}
		this.postmaster = findPostmaster(cluster);
		log.info("Embedded PostgreSQL restarted on localhost:{}, cluster in {}", port, cluster);
	}

	public int port() {
		return this.postgres.getPort();
	}

	public Path dataDirectory() {
		return this.dataDirectory;
	}

	/**
	 * The JDBC URL of a database on this server.
	 * @param database the database name
	 * @return the URL
	 */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + port() + "/" + database;
	}

	/**
	 * The role that owns the schema; migrations run as it.
	 * @return its name
	 */
	public String ownerUsername() {
		return EmbeddedDatabaseRoles.OWNER;
	}

	public String ownerPassword() {
		return this.secrets.ownerPassword();
	}

	/**
	 * The role the application's pool signs in as: it owns nothing and may only read and
	 * write rows, and only add to the audit trail.
	 * @return its name
	 */
	public String appUsername() {
		return EmbeddedDatabaseRoles.APP;
	}

	public String appPassword() {
		return this.secrets.appPassword();
	}

	@Override
	public synchronized void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			log.error("Embedded PostgreSQL did not stop cleanly", ex);
		}
		finally {
			try {
				this.lock.release();
			}
			catch (IOException ex) {
				log.warn("Could not release the lock on {}", this.dataDirectory, ex);
			}
			closeQuietly(this.lockChannel);
		}
	}

	private static void closeQuietly(Closeable closeable) {
		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		}
		catch (IOException ex) {
			log.debug("Ignored failure while closing", ex);
		}
	}

}
