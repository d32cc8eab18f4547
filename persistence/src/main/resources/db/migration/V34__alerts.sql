-- Urgent alerts for the physio, raised by a patient's entry (a flare-up with red-flag or
-- new nerve signs, a pain spike) in the same transaction that saves the entry. An entry
-- raises each kind at most once: saving or correcting it again finds the alert already
-- there, open or answered. A physio answers an alert once, with what was done; "no
-- action" needs a reason.

CREATE TABLE alerts (
    id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    clinic_id        uuid        NOT NULL REFERENCES clinics (id),
    patient_id       uuid        NOT NULL,
    kind             text        NOT NULL CHECK (kind IN ('FLARE_UP_RED_FLAG_SIGN', 'FLARE_UP_NEW_NERVE_SIGNS', 'PAIN_SPIKE')),
    source_kind      text        NOT NULL CHECK (source_kind IN ('CHECK_IN', 'EXERCISE_SESSION', 'FLARE_UP')),
    source_id        uuid        NOT NULL,
    source_day       date        NOT NULL,
    created_at       timestamptz NOT NULL,
    acknowledged_at  timestamptz,
    acknowledged_by  uuid        REFERENCES accounts (id),
    action           text        CHECK (action IN ('REGRESSED_TO_STAGE_1', 'REFERRED', 'CALLED_PATIENT', 'NO_ACTION')),
    reason           text        NOT NULL DEFAULT '' CHECK (length(reason) <= 1000),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
    CONSTRAINT alerts_once_per_entry_and_kind UNIQUE (clinic_id, source_kind, source_id, kind),
    -- Answered means all three are there; open means none is.
    CONSTRAINT alerts_answer_whole CHECK ((acknowledged_at IS NULL) = (action IS NULL)
        AND (acknowledged_at IS NULL) = (acknowledged_by IS NULL)),
    CONSTRAINT alerts_no_action_has_reason CHECK (action IS DISTINCT FROM 'NO_ACTION' OR length(btrim(reason)) > 0)
);

CREATE INDEX alerts_open ON alerts (clinic_id, created_at) WHERE acknowledged_at IS NULL;
CREATE INDEX alerts_patient ON alerts (clinic_id, patient_id);
