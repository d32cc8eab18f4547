-- Accounts of a clinic's staff and patients. Sign-in is by email alone, so an email is
-- unique across the deployment regardless of case.
CREATE TABLE accounts (
    id                   uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    clinic_id            uuid        NOT NULL REFERENCES clinics (id),
    email                text        NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    display_name         text        NOT NULL CHECK (length(btrim(display_name)) BETWEEN 1 AND 100),
    role                 text        NOT NULL CHECK (role IN ('ADMIN', 'PHYSIO', 'PATIENT')),
    -- A patient account belongs to exactly one patient record; staff accounts to none.
    patient_id           uuid,
    password_hash        text,
    enabled              boolean     NOT NULL DEFAULT true,
    failed_attempts      integer     NOT NULL DEFAULT 0,
    failure_window_start timestamptz,
    locked_until         timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT accounts_patient_link CHECK ((role = 'PATIENT') = (patient_id IS NOT NULL))
);

CREATE UNIQUE INDEX accounts_email_unique ON accounts (lower(email));
CREATE UNIQUE INDEX accounts_patient_unique ON accounts (patient_id) WHERE patient_id IS NOT NULL;
CREATE INDEX accounts_clinic ON accounts (clinic_id, lower(display_name));

-- One-time links with which a person sets their password. Only a hash of the token is
-- kept, so a copy of the database does not hand out working links.
CREATE TABLE password_tokens (
    token_hash  text        PRIMARY KEY,
    account_id  uuid        NOT NULL REFERENCES accounts (id),
    created_by  uuid        REFERENCES accounts (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);

CREATE INDEX password_tokens_account ON password_tokens (account_id);

-- The first-run setup link, printed on the console while the deployment has no clinic.
CREATE TABLE setup_tokens (
    token_hash  text        PRIMARY KEY,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);

-- Who did what to which record and patient, when, from where, and how it ended.
-- Append-only: the triggers below refuse every UPDATE, DELETE and TRUNCATE.
CREATE TABLE audit_events (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at     timestamptz NOT NULL DEFAULT now(),
    clinic_id       uuid        REFERENCES clinics (id),
    actor_id        uuid        REFERENCES accounts (id),
    actor_email     text,
    actor_role      text,
    action          text        NOT NULL,
    target_type     text,
    target_id       text,
    patient_id      uuid,
    client_address  text,
    outcome         text        NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
    detail          text
);

CREATE INDEX audit_events_clinic_time ON audit_events (clinic_id, occurred_at DESC);
CREATE INDEX audit_events_patient ON audit_events (patient_id, occurred_at DESC) WHERE patient_id IS NOT NULL;
CREATE INDEX audit_events_actor ON audit_events (actor_id, occurred_at DESC);

CREATE FUNCTION audit_events_are_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_events_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_are_append_only();

CREATE TRIGGER audit_events_no_truncate
    BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_are_append_only();
