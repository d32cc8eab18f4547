-- A patient's four-stage program. The program as prescribed is kept whole, as a
-- snapshot, in every version: what the patient was shown on any day can be read back,
-- even after the exercise library changes.
CREATE TABLE programs (
    id             uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    clinic_id      uuid        NOT NULL REFERENCES clinics (id),
    patient_id     uuid        NOT NULL REFERENCES patients (id),
    current_stage  smallint    NOT NULL CHECK (current_stage BETWEEN 1 AND 4),
    stage_started  date        NOT NULL,
    version        integer     NOT NULL,
    content        jsonb       NOT NULL,
    assigned_by    uuid        NOT NULL REFERENCES accounts (id),
    assigned_at    timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);

-- One program per patient; a new assignment replaces its content as a new version.
CREATE UNIQUE INDEX programs_patient_unique ON programs (patient_id);
CREATE INDEX programs_clinic ON programs (clinic_id);

CREATE TABLE program_versions (
    program_id  uuid        NOT NULL REFERENCES programs (id),
    version     integer     NOT NULL,
    content     jsonb       NOT NULL,
    changes     jsonb       NOT NULL,
    changed_by  uuid        NOT NULL REFERENCES accounts (id),
    changed_at  timestamptz NOT NULL,
    PRIMARY KEY (program_id, version)
);

CREATE TABLE stage_moves (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    program_id  uuid        NOT NULL REFERENCES programs (id),
    from_stage  smallint    CHECK (from_stage BETWEEN 1 AND 4),
    to_stage    smallint    NOT NULL CHECK (to_stage BETWEEN 1 AND 4),
    reason      text        NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 1000),
    moved_by    uuid        NOT NULL REFERENCES accounts (id),
    moved_at    timestamptz NOT NULL
);

CREATE INDEX stage_moves_program ON stage_moves (program_id, moved_at);
