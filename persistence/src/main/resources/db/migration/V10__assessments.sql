-- Assessments of a patient. The answers are kept as entered (the domain's AssessmentDraft,
-- as JSON) so a draft can hold partial input; the columns after them are derived when the
-- assessment is completed and serve lists and filters only: the findings are always
-- recomputed from the answers.
CREATE TABLE assessments (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    clinic_id       uuid        NOT NULL REFERENCES clinics (id),
    patient_id      uuid        NOT NULL REFERENCES patients (id),
    kind            text        NOT NULL CHECK (kind IN ('INITIAL', 'REASSESSMENT')),
    status          text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'COMPLETED')),
    assessed_on     date,
    answers         jsonb       NOT NULL,
    pain_pattern    text        CHECK (pain_pattern IN ('MUSCLE_DOMINANT', 'NERVE_INVOLVEMENT', 'MIXED')),
    suggested_stage text,
    urgent          boolean,
    nprs_now        integer     CHECK (nprs_now BETWEEN 0 AND 10),
    created_by      uuid        NOT NULL REFERENCES accounts (id),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    completed_at    timestamptz,
    completed_by    uuid        REFERENCES accounts (id),
    version         integer     NOT NULL DEFAULT 0,
    -- A completed assessment has its date, its derived columns and who completed it.
    CONSTRAINT assessments_completed CHECK (status = 'DRAFT' OR (assessed_on IS NOT NULL
        AND pain_pattern IS NOT NULL AND suggested_stage IS NOT NULL AND urgent IS NOT NULL
        AND nprs_now IS NOT NULL AND completed_at IS NOT NULL AND completed_by IS NOT NULL))
);

CREATE INDEX assessments_patient ON assessments (clinic_id, patient_id, assessed_on DESC);
CREATE INDEX assessments_urgent ON assessments (clinic_id, patient_id) WHERE urgent;

-- A physio's clinical decision to go on despite a red flag, with the reason. Kept, never
-- changed: a later override is a new row.
CREATE TABLE red_flag_overrides (
    id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    clinic_id     uuid        NOT NULL REFERENCES clinics (id),
    patient_id    uuid        NOT NULL REFERENCES patients (id),
    assessment_id uuid        NOT NULL REFERENCES assessments (id),
    reason        text        NOT NULL CHECK (length(btrim(reason)) BETWEEN 10 AND 1000),
    recorded_by   uuid        NOT NULL REFERENCES accounts (id),
    recorded_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX red_flag_overrides_assessment ON red_flag_overrides (clinic_id, assessment_id, recorded_at DESC);

-- One completion of a questionnaire (instrument), with the instrument's id and version so
-- it can be rescored by the rules it was answered under. The score columns are a cache
-- for lists; the answers below are the record.
CREATE TABLE instrument_responses (
    id                 uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    clinic_id          uuid        NOT NULL REFERENCES clinics (id),
    patient_id         uuid        NOT NULL REFERENCES patients (id),
    assessment_id      uuid        REFERENCES assessments (id),
    instrument_id      text        NOT NULL,
    instrument_version text        NOT NULL,
    entered_as         text        NOT NULL CHECK (entered_as IN ('PHYSIO_FROM_PAPER', 'PATIENT')),
    entered_by         uuid        NOT NULL REFERENCES accounts (id),
    entered_at         timestamptz NOT NULL DEFAULT now(),
    score              numeric(6, 1),
    band               text,
    subscales          jsonb       NOT NULL DEFAULT '{}'::jsonb
);

CREATE INDEX instrument_responses_patient ON instrument_responses (clinic_id, patient_id, instrument_id, entered_at DESC);
CREATE INDEX instrument_responses_assessment ON instrument_responses (clinic_id, assessment_id);

-- Each item as answered; a skipped item has no value.
CREATE TABLE instrument_answers (
    response_id   uuid    NOT NULL REFERENCES instrument_responses (id) ON DELETE CASCADE,
    clinic_id     uuid    NOT NULL REFERENCES clinics (id),
    item_id       text    NOT NULL,
    position      integer NOT NULL,
    value         integer,
    patient_label text    CHECK (length(patient_label) <= 100),
    PRIMARY KEY (response_id, item_id)
);

-- Licensed item wording, imported by a clinic's admin. It is kept per clinic: the
-- licence (Mapi Research Trust, Keele University) is granted to the clinic that holds it,
-- so one clinic's import must not appear in another clinic of the same deployment.
CREATE TABLE instrument_item_texts (
    clinic_id          uuid        NOT NULL REFERENCES clinics (id),
    instrument_id      text        NOT NULL,
    instrument_version text        NOT NULL,
    item_id            text        NOT NULL,
    text               text        NOT NULL CHECK (length(btrim(text)) BETWEEN 1 AND 2000),
    imported_by        uuid        NOT NULL REFERENCES accounts (id),
    imported_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (clinic_id, instrument_id, instrument_version, item_id)
);
