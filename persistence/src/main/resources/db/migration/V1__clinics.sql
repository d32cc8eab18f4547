-- A deployment holds one or more clinics. Every clinical and account row added by later
-- migrations carries the clinic it belongs to, and every query is scoped by it.
CREATE TABLE clinics (
    id         uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    name       text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX clinics_name_unique ON clinics (lower(name));
