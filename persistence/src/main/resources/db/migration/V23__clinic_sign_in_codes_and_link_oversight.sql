-- Accounts belong to one clinic each, and an address is unique within a clinic only, so a
-- clinic's staff never learn whether an address has an account in another clinic. Two
-- accounts with one address are two separate sign-ins, never shared: a person signs in
-- with their clinic's short sign-in code, the address and the password.

-- The code a clinic's people type once per device: lower-case letters, digits and single
-- hyphens, derived from the name; a taken code gets -2, -3 and so on.
CREATE FUNCTION clinic_sign_in_code(clinic_name text) RETURNS text
    LANGUAGE plpgsql AS
$$
DECLARE
    base      text := btrim(left(btrim(regexp_replace(lower(clinic_name), '[^a-z0-9]+', '-', 'g'), '-'), 20), '-');
    candidate text;
    n         integer := 1;
BEGIN
    IF base = '' THEN
        base := 'clinic';
    END IF;
    candidate := base;
    WHILE EXISTS (SELECT 1 FROM clinics WHERE sign_in_code = candidate) LOOP
        n := n + 1;
        candidate := base || '-' || n;
    END LOOP;
    RETURN candidate;
END;
$$;

ALTER TABLE clinics ADD COLUMN sign_in_code text;

DO $$
DECLARE
    clinic record;
BEGIN
    FOR clinic IN SELECT id, name FROM clinics ORDER BY created_at, id LOOP
        UPDATE clinics SET sign_in_code = clinic_sign_in_code(clinic.name) WHERE id = clinic.id;
    END LOOP;
END;
$$;

ALTER TABLE clinics ALTER COLUMN sign_in_code SET NOT NULL;
ALTER TABLE clinics ADD CONSTRAINT clinics_sign_in_code_format
    CHECK (sign_in_code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(sign_in_code) <= 30);
CREATE UNIQUE INDEX clinics_sign_in_code_unique ON clinics (sign_in_code);

CREATE FUNCTION clinics_fill_sign_in_code() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.sign_in_code IS NULL THEN
        NEW.sign_in_code := clinic_sign_in_code(NEW.name);
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER clinics_sign_in_code_default
    BEFORE INSERT ON clinics
    FOR EACH ROW EXECUTE FUNCTION clinics_fill_sign_in_code();

DROP INDEX accounts_email_unique;
CREATE UNIQUE INDEX accounts_clinic_email_unique ON accounts (clinic_id, lower(email));

-- Oversight of set-password links issued by somebody else. A link for an account that
-- already has a password (a reset) is remembered as such; when an admin issues one and
-- the clinic has another enabled admin, it works only after that second admin confirms
-- it. The person concerned is told at their next sign-in, on every device until they have
-- read the notice there (so whoever used the link cannot read it away for them).
-- voided: ended by a newer link rather than used.
ALTER TABLE password_tokens ADD COLUMN voided boolean NOT NULL DEFAULT false;
ALTER TABLE password_tokens ADD COLUMN reset boolean NOT NULL DEFAULT false;
ALTER TABLE password_tokens ADD COLUMN awaiting_confirmation boolean NOT NULL DEFAULT false;
ALTER TABLE password_tokens ADD COLUMN confirmed_by uuid REFERENCES accounts (id);
ALTER TABLE password_tokens ADD COLUMN confirmed_at timestamptz;
ALTER TABLE password_tokens ADD CONSTRAINT password_tokens_confirmed_by_another
    CHECK (confirmed_by IS NULL OR confirmed_by IS DISTINCT FROM created_by);

CREATE TABLE password_link_notices_read (
    token_hash  text        NOT NULL REFERENCES password_tokens (token_hash),
    device_hash text        NOT NULL,
    read_at     timestamptz NOT NULL,
    PRIMARY KEY (token_hash, device_hash)
);
