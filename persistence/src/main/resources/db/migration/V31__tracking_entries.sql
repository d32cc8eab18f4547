-- What patients report between visits: exercise sessions with their exercises, daily
-- check-ins and flare-ups. Each row names the clinic and the patient together, and the
-- foreign key on both keeps an entry from naming a patient of another clinic.
-- Every create form sends an idempotency key: the same key twice for one patient makes
-- one row, so a double tap or a phone sending again after a lost connection saves once.

ALTER TABLE patients ADD CONSTRAINT patients_clinic_id_unique UNIQUE (clinic_id, id);

CREATE TABLE exercise_sessions (
    id                      uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    clinic_id               uuid        NOT NULL REFERENCES clinics (id),
    patient_id              uuid        NOT NULL,
    program_id              uuid        NOT NULL REFERENCES programs (id),
    stage                   smallint    NOT NULL CHECK (stage BETWEEN 1 AND 4),
    performed_on            date        NOT NULL,
    pain_before             smallint    NOT NULL CHECK (pain_before BETWEEN 0 AND 10),
    pain_after              smallint    NOT NULL CHECK (pain_after BETWEEN 0 AND 10),
    difficulty              smallint    NOT NULL CHECK (difficulty BETWEEN 0 AND 10),
    note                    text        NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    recorded_by_account_id  uuid        NOT NULL REFERENCES accounts (id),
    recorded_by_role        text        NOT NULL CHECK (recorded_by_role IN ('PATIENT', 'PHYSIO')),
    idempotency_key         uuid        NOT NULL,
    created_at              timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL,
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
    CONSTRAINT exercise_sessions_idempotency UNIQUE (clinic_id, patient_id, idempotency_key)
);

CREATE INDEX exercise_sessions_patient_day ON exercise_sessions (clinic_id, patient_id, performed_on);

CREATE TABLE exercise_session_exercises (
    session_id              uuid        NOT NULL REFERENCES exercise_sessions (id) ON DELETE CASCADE,
    position                smallint    NOT NULL CHECK (position >= 0),
    exercise_code           text        NOT NULL CHECK (length(exercise_code) BETWEEN 2 AND 60),
    completion              text        NOT NULL CHECK (completion IN ('DONE', 'PARTLY', 'SKIPPED')),
    prescribed_sets         smallint    CHECK (prescribed_sets BETWEEN 0 AND 20),
    prescribed_reps         smallint    CHECK (prescribed_reps BETWEEN 0 AND 200),
    prescribed_hold_seconds smallint    CHECK (prescribed_hold_seconds BETWEEN 0 AND 3600),
    done_sets               smallint    CHECK (done_sets BETWEEN 0 AND 20),
    done_reps               smallint    CHECK (done_reps BETWEEN 0 AND 200),
    done_hold_seconds       smallint    CHECK (done_hold_seconds BETWEEN 0 AND 3600),
    PRIMARY KEY (session_id, position),
    -- A skipped exercise has nothing done.
    CHECK (completion <> 'SKIPPED' OR (done_sets IS NULL AND done_reps IS NULL AND done_hold_seconds IS NULL))
);

CREATE TABLE check_ins (
    id                        uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    clinic_id                 uuid        NOT NULL REFERENCES clinics (id),
    patient_id                uuid        NOT NULL,
    day                       date        NOT NULL,
    morning_pain              smallint    NOT NULL CHECK (morning_pain BETWEEN 0 AND 10),
    evening_pain              smallint    CHECK (evening_pain BETWEEN 0 AND 10),
    morning_stiffness_minutes smallint    NOT NULL CHECK (morning_stiffness_minutes BETWEEN 0 AND 600),
    sleep_quality             smallint    NOT NULL CHECK (sleep_quality BETWEEN 0 AND 10),
    sitting_tolerance_minutes smallint    NOT NULL CHECK (sitting_tolerance_minutes BETWEEN 0 AND 720),
    recorded_by_account_id    uuid        NOT NULL REFERENCES accounts (id),
    recorded_by_role          text        NOT NULL CHECK (recorded_by_role IN ('PATIENT', 'PHYSIO')),
    idempotency_key           uuid        NOT NULL,
    created_at                timestamptz NOT NULL,
    updated_at                timestamptz NOT NULL,
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
    CONSTRAINT check_ins_idempotency UNIQUE (clinic_id, patient_id, idempotency_key),
    CONSTRAINT check_ins_one_per_day UNIQUE (clinic_id, patient_id, day)
);

CREATE TABLE flare_ups (
    id                      uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    clinic_id               uuid        NOT NULL REFERENCES clinics (id),
    patient_id              uuid        NOT NULL,
    started_on              date        NOT NULL,
    started_at              time,
    ended_on                date        CHECK (ended_on >= started_on),
    peak_pain               smallint    NOT NULL CHECK (peak_pain BETWEEN 0 AND 10),
    flare_trigger           text        NOT NULL CHECK (flare_trigger IN ('SITTING', 'STANDING', 'BENDING', 'LIFTING',
                                            'TWISTING', 'SLEEP_OR_MORNING', 'STRESS', 'SPORT', 'UNKNOWN')),
    leg_symptoms            text        NOT NULL CHECK (leg_symptoms IN ('NONE', 'BUTTOCK', 'DOWN_THE_LEG',
                                            'BELOW_THE_KNEE')),
    sharp_or_shooting       boolean     NOT NULL,
    red_flag_signs          text[]      NOT NULL DEFAULT '{}' CHECK (red_flag_signs <@ ARRAY['BLADDER_OR_BOWEL_CHANGE',
                                            'SADDLE_NUMBNESS', 'WORSENING_WEAKNESS', 'FEVER_OR_UNWELL']::text[]),
    what_helped             text        NOT NULL DEFAULT '' CHECK (length(what_helped) <= 2000),
    recorded_by_account_id  uuid        NOT NULL REFERENCES accounts (id),
    recorded_by_role        text        NOT NULL CHECK (recorded_by_role IN ('PATIENT', 'PHYSIO')),
    idempotency_key         uuid        NOT NULL,
    created_at              timestamptz NOT NULL,
    updated_at              timestamptz NOT NULL,
    FOREIGN KEY (clinic_id, patient_id) REFERENCES patients (clinic_id, id),
    CONSTRAINT flare_ups_idempotency UNIQUE (clinic_id, patient_id, idempotency_key)
);

CREATE INDEX flare_ups_patient_start ON flare_ups (clinic_id, patient_id, started_on);
