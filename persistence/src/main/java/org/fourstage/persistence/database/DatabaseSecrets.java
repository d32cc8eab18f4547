package org.fourstage.persistence.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passwords of the embedded server's three roles, generated on first start and kept
 * in {@code database-secrets.properties} in the data folder, readable by its owner only.
 * Losing the file locks the application out of its own cluster, so it belongs in every
 * backup of the data folder.
 *
 * @param superuserPassword password of {@code postgres}, used only to keep roles and
 * sign-in rules in shape at start-up
 * @param ownerPassword password of the role that owns the schema and runs migrations
 * @param appPassword password of the role the application's connection pool uses
 */
public record DatabaseSecrets(String superuserPassword, String ownerPassword, String appPassword) {

	static final String FILE_NAME = "database-secrets.properties";

	private static final Logger log = LoggerFactory.getLogger(DatabaseSecrets.class);

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private static final SecureRandom RANDOM = new SecureRandom();

	@Override
	public String toString() {
		return "DatabaseSecrets[passwords hidden]";
	}

	static boolean existIn(Path folder) {
		return Files.exists(folder.resolve(FILE_NAME));
	}

	/**
	 * Reads the passwords kept in {@code folder}, making new ones on first use, and makes
	 * sure nobody but the file's owner can read them.
	 * @param folder the data folder
	 * @return the passwords
	 * @throws IOException when the file cannot be read or written
	 */
	static DatabaseSecrets loadOrCreate(Path folder) throws IOException {
		Path file = folder.resolve(FILE_NAME);
		if (!Files.exists(file)) {
			DatabaseSecrets created = new DatabaseSecrets(newPassword(), newPassword(), newPassword());
			created.writeTo(file);
			return created;
		}
		restrictToOwner(file);
		Properties saved = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			saved.load(in);
		}
		return new DatabaseSecrets(required(saved, "superuser.password", file), required(saved, "owner.password", file),
				required(saved, "app.password", file));
	}

	private void writeTo(Path file) throws IOException {
		Properties values = new Properties();
		values.setProperty("superuser.password", this.superuserPassword);
		values.setProperty("owner.password", this.ownerPassword);
		values.setProperty("app.password", this.appPassword);
		// Written under a temporary name that nobody else may read, then moved into
		// place, so
		// the file is never readable by others and never half-written.
		Path partial = file.resolveSibling(FILE_NAME + ".new");
		Files.deleteIfExists(partial);
		if (posix()) {
			Files.createFile(partial, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC)) {
			values.store(out, "Passwords of the embedded PostgreSQL (postgres, fourstage_owner, fourstage_app).\n"
					+ "Made by FourStage on first start. Keep this file private and back it up with the data folder.");
		}
		Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
	}

	private static void restrictToOwner(Path file) throws IOException {
		if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
			log.warn("{} was readable by others; restricting it to its owner", file);
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

	private static String required(Properties saved, String key, Path file) {
		String value = saved.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(
					file + " has no " + key + "; restore the file from a backup of the data folder");
		}
		return value;
	}

	private static String newPassword() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
