-- A physio's notes per visit. Corrections are allowed for 24 hours (checked by the
-- application); after that an addendum, itself a note, points at the note it adds to.
CREATE TABLE clinical_notes (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    clinic_id   uuid        NOT NULL REFERENCES clinics (id),
    patient_id  uuid        NOT NULL REFERENCES patients (id),
    author_id   uuid        NOT NULL REFERENCES accounts (id),
    body        text        NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 10000),
    addendum_to uuid        REFERENCES clinical_notes (id),
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);

CREATE INDEX clinical_notes_patient ON clinical_notes (clinic_id, patient_id, created_at DESC);
