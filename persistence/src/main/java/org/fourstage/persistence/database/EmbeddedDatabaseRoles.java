package org.fourstage.persistence.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Puts the embedded cluster's roles in shape at every start, so clusters made by an older
 * release (one superuser, trust sign-in) are brought up to date as well as new ones.
 * <p>
 * {@value #OWNER} owns the schema and everything in it and runs the migrations;
 * {@value #APP} is what the application's pool signs in as: it owns nothing and gets its
 * table rights from the migrations (see {@code V21__application_role.sql}). The superuser
 * is used for this set-up only.
 */
final class EmbeddedDatabaseRoles {

	static final String OWNER = "fourstage_owner";

	static final String APP = "fourstage_app";

	static final String SUPERUSER = "postgres";

	/**
	 * Moves everything in the schema that an older release created as the superuser to
	 * the owner role. Sequences behind identity columns move with their table; objects of
	 * extensions stay with the extension.
	 */
	private static final String ADOPT_OBJECTS = """
			DO $$
			DECLARE
			    command text;
			BEGIN
			    FOR command IN
			        SELECT format('ALTER %s %s OWNER TO fourstage_owner',
			                      CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
			                                     WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE'
			                                     ELSE 'TABLE' END,
			                      c.oid::regclass)
			        FROM pg_class c
			        WHERE c.relnamespace = 'public'::regnamespace
			          AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
			          AND c.relowner <> 'fourstage_owner'::regrole
			          AND NOT EXISTS (SELECT FROM pg_depend d
			                          WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
			                            AND d.deptype IN ('a', 'i', 'e'))
			        UNION ALL
			        SELECT format('ALTER ROUTINE %s OWNER TO fourstage_owner', p.oid::regprocedure)
			        FROM pg_proc p
			        WHERE p.pronamespace = 'public'::regnamespace
			          AND p.proowner <> 'fourstage_owner'::regrole
			          AND NOT EXISTS (SELECT FROM pg_depend d
			                          WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
			        UNION ALL
			        SELECT format('ALTER TYPE %s OWNER TO fourstage_owner', t.oid::regtype)
			        FROM pg_type t
			        WHERE t.typnamespace = 'public'::regnamespace
			          AND t.typtype IN ('e', 'd')
			          AND t.typowner <> 'fourstage_owner'::regrole
			          AND NOT EXISTS (SELECT FROM pg_depend d
			                          WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
			    LOOP
			        EXECUTE command;
			    END LOOP;
			END
			$$""";

	private EmbeddedDatabaseRoles() {
	}

	/**
	 * Creates the roles where they are missing and sets their passwords and rights.
	 * @param superuser a connection as the superuser to the application's database
	 * @param database the application's database
	 * @param secrets the passwords to set
	 * @throws SQLException when a statement fails
	 */
	static void apply(Connection superuser, String database, DatabaseSecrets secrets) throws SQLException {
		boolean autoCommit = superuser.getAutoCommit();
		superuser.setAutoCommit(false);
		try (Statement sql = superuser.createStatement()) {
			sql.execute("ALTER ROLE " + SUPERUSER + " PASSWORD " + literal(secrets.superuserPassword()));
			for (String role : new String[] { OWNER, APP }) {
				sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role
						+ "') THEN CREATE ROLE " + role + "; END IF; END $$");
			}
			String limits = " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ";
			sql.execute("ALTER ROLE " + OWNER + limits + literal(secrets.ownerPassword()));
			sql.execute("ALTER ROLE " + APP + limits + literal(secrets.appPassword()));
			sql.execute("ALTER SCHEMA public OWNER TO " + OWNER);
			// Nobody but the owner creates anything: not in the schema, not a schema, not
			// even a
			// temporary table.
			sql.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
			sql.execute("REVOKE CREATE, TEMPORARY ON DATABASE " + database + " FROM PUBLIC");
			sql.execute(ADOPT_OBJECTS);
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

	private static String literal(String password) {
		return "'" + password.replace("'", "''") + "'";
	}

}
