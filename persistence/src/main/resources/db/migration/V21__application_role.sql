-- The application signs in as its own role, which owns nothing: it reads and writes rows,
-- and may only add to the audit trail. Migrations run as the role that owns the schema
-- (the one running this script); the application's role is the placeholder app-role
-- (spring.flyway.placeholders.app-role, by default the datasource user, else fourstage_app).
--
-- Rules for every later migration, which runs as the same owner:
-- * A new table or sequence gets the application's rights by itself (the default
--   privileges below): SELECT, INSERT, UPDATE, DELETE on tables, USAGE and SELECT on
--   sequences. Never grant TRUNCATE, REFERENCES or TRIGGER to it.
-- * An append-only table (every audit_* table) must take UPDATE and DELETE back in the
--   migration that creates it:  REVOKE UPDATE, DELETE ON audit_x FROM ${app-role};
--   The test DatabaseRolesIT fails for any audit_* table the application could change.

DO $$
DECLARE
    app pg_roles%ROWTYPE;
BEGIN
    SELECT * INTO app FROM pg_roles WHERE rolname = '${app-role}';
    IF NOT FOUND THEN
        RAISE EXCEPTION 'The database role ${app-role} for the application does not exist'
            USING HINT = 'Create it as described in the README (Running against an external PostgreSQL) and start again.';
    END IF;
    IF app.rolname = current_user OR pg_has_role(app.rolname, current_user, 'MEMBER') THEN
        RAISE EXCEPTION 'The application role ${app-role} is the role that runs migrations (%), or a member of it', current_user
            USING HINT = 'Migrate as the owner (SPRING_FLYWAY_USER) and run the application as another role (SPRING_DATASOURCE_USERNAME).';
    END IF;
    IF app.rolsuper OR app.rolcreaterole OR app.rolcreatedb OR app.rolbypassrls OR app.rolreplication THEN
        RAISE EXCEPTION 'The application role ${app-role} may create roles or databases, replicate, bypass row security or is a superuser'
            USING HINT = 'ALTER ROLE ${app-role} NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS NOREPLICATION;';
    END IF;
    IF has_schema_privilege(app.rolname, current_schema(), 'CREATE') THEN
        RAISE EXCEPTION 'The application role ${app-role} may create objects in schema %', current_schema()
            USING HINT = format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC, ${app-role};', current_schema());
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO ${app-role};

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app-role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app-role};

ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app-role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app-role};

-- The audit trail is append-only: its triggers refuse changes, and the application's role
-- may not even try.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM ${app-role};

-- Migration history is the owner's business.
REVOKE ALL ON ${flyway:table} FROM ${app-role};
