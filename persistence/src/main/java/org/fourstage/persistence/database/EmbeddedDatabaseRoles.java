package org.fourstage.persistence.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Puts the embedded cluster's roles in shape at every start, so clusters made by an older
 * release (one superuser, trust sign-in) are brought up to date as well as new ones.
 * <p>
 * {@value #OWNER} owns the schema and everything in it and runs the migrations;
 * {@value #APP} is what the application's pool signs in as: it owns nothing and gets its
 * table rights from the migrations (see {@code V21__application_role.sql}). The superuser
 * is used for this set-up only. The work is done by {@code db/roles.sql}.
 */
final class EmbeddedDatabaseRoles {

	static final String OWNER = "fourstage_owner";

	static final String APP = "fourstage_app";

	static final String SUPERUSER = "postgres";

	/** The same script docker-compose.yml runs against an external server. */
	private static final String SCRIPT = "/db/roles.sql";

	private EmbeddedDatabaseRoles() {
	}

	/**
	 * Creates the roles where they are missing and sets their passwords and rights.
	 * @param superuser a connection as the superuser to the application's database
	 * @param secrets the passwords to set
	 * @throws SQLException when a statement fails
	 */
	static void apply(Connection superuser, DatabaseSecrets secrets) throws SQLException {
		boolean autoCommit = superuser.getAutoCommit();
		superuser.setAutoCommit(false);
		try (Statement sql = superuser.createStatement();
				PreparedStatement setting = superuser.prepareStatement("SELECT set_config(?, ?, true)")) {
			sql.execute("ALTER ROLE " + SUPERUSER + " PASSWORD " + literal(secrets.superuserPassword()));
			set(setting, "fourstage.owner_password", secrets.ownerPassword());
			set(setting, "fourstage.app_password", secrets.appPassword());
			sql.execute(script());
			superuser.commit();
		}
		catch (SQLException ex) {
			superuser.rollback();
			throw ex;
		}
		finally {
			superuser.setAutoCommit(autoCommit);
		}
	}

	private static void set(PreparedStatement setting, String name, String value) throws SQLException {
		setting.setString(1, name);
		setting.setString(2, value);
		setting.execute();
	}

	private static String script() {
		try (InputStream in = EmbeddedDatabaseRoles.class.getResourceAsStream(SCRIPT)) {
			if (in == null) {
				throw new IllegalStateException(SCRIPT + " is missing from the application");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String literal(String password) {
		return "'" + password.replace("'", "''") + "'";
	}

}
