-- A patient's discharge: the day treatment ended, why, and the physio's summary for the
-- patient and a referring doctor. A patient is discharged at most once per episode: the
-- row of the current episode is the one with no reopened_at. Reopening keeps the earlier
-- discharge (the outcome report counts it in its period) and sets the patient active again.

CREATE TABLE discharges (
    id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    clinic_id        uuid        NOT NULL REFERENCES clinics (id),
    patient_id       uuid        NOT NULL,
    discharged_on    date        NOT NULL,
    reason           text        NOT NULL CHECK (reason IN ('GOALS_MET', 'SELF_MANAGING', 'REFERRED_ON',
                                                            'STOPPED_ATTENDING', 'OTHER')),
    summary          text        NOT NULL DEFAULT '' CHECK (length(summary) <= 4000),
    recorded_by      uuid        NOT NULL REFERENCES accounts (id),
    recorded_at      timestamptz NOT NULL,
    reopened_at      timestamptz,
    reopened_by      uuid        REFERENCES accounts (id),
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
    CONSTRAINT discharges_reopen_whole CHECK ((reopened_at IS NULL) = (reopened_by IS NULL))
);

-- One open discharge per patient.
CREATE UNIQUE INDEX discharges_current ON discharges (clinic_id, patient_id) WHERE reopened_at IS NULL;
CREATE INDEX discharges_clinic_day ON discharges (clinic_id, discharged_on);
