-- The two roles of a FourStage database, made or brought up to date; run as a superuser,
-- connected to the application's database, as often as you like. The embedded server runs
-- it at every start; docker-compose.yml runs it before the application starts. Passwords
-- come in as the session settings fourstage.owner_password and fourstage.app_password
-- (for psql: PGOPTIONS='-c fourstage.owner_password=... -c fourstage.app_password=...').
--
-- fourstage_owner owns the schema and everything in it and runs the migrations.
-- fourstage_app is what the application's connection pool signs in as: it owns nothing
-- and gets its table rights from the migrations (V21__application_role.sql).

DO $$
DECLARE
    role_name text;
    password text;
BEGIN
    FOREACH role_name IN ARRAY ARRAY['fourstage_owner', 'fourstage_app'] LOOP
        password := current_setting('fourstage.' || substr(role_name, 11) || '_password', true);
        IF coalesce(password, '') = '' THEN
            RAISE EXCEPTION 'No password given for %: set fourstage.%_password', role_name, substr(role_name, 11);
        END IF;
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = role_name) THEN
            EXECUTE format('CREATE ROLE %I', role_name);
        END IF;
        EXECUTE format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS '
                       'PASSWORD %L', role_name, password);
    END LOOP;
END
$$;

ALTER SCHEMA public OWNER TO fourstage_owner;

-- Nobody but the owner creates anything: not in the schema, not a schema, not even a
-- temporary table.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

DO $$
BEGIN
    EXECUTE format('REVOKE CREATE, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
END
$$;

-- An earlier release ran the migrations as the superuser: hand what it made to the owner.
-- Sequences behind identity columns move with their table; objects of extensions stay
-- with the extension.
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
$$;
