-- The exercise library and program templates. Rows with clinic_id NULL are the shared
-- library loaded from the seeds at start-up, read by every clinic and written only by
-- that loader; rows with clinic_id set belong to one clinic, which alone sees them.
CREATE TABLE exercises (
    id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    clinic_id        uuid        REFERENCES clinics (id),
    code             text        NOT NULL CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(code) BETWEEN 2 AND 60),
    name             text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    stage            smallint    NOT NULL CHECK (stage BETWEEN 1 AND 4),
    muscle_group     text        NOT NULL,
    steps            text[]      NOT NULL CHECK (cardinality(steps) >= 2),
    cautions         text[]      NOT NULL CHECK (cardinality(cautions) >= 1),
    -- The default dosage: only the parts that apply are set; bounds as in DosageField.
    sets             smallint    CHECK (sets BETWEEN 1 AND 10),
    reps             smallint    CHECK (reps BETWEEN 1 AND 100),
    hold_seconds     smallint    CHECK (hold_seconds BETWEEN 1 AND 600),
    rest_seconds     smallint    CHECK (rest_seconds BETWEEN 0 AND 600),
    rounds           smallint    CHECK (rounds BETWEEN 1 AND 20),
    effort_percent   smallint    CHECK (effort_percent BETWEEN 0 AND 100),
    times_per_day    smallint    CHECK (times_per_day BETWEEN 1 AND 10),
    days_per_week    smallint    CHECK (days_per_week BETWEEN 1 AND 7),
    duration_minutes smallint    CHECK (duration_minutes BETWEEN 1 AND 180),
    side             text        CHECK (side IN ('LEFT', 'RIGHT', 'BOTH', 'ALTERNATING')),
    -- The patient's timer is offered when the default dosage has a hold or a duration.
    timed            boolean     GENERATED ALWAYS AS (hold_seconds IS NOT NULL OR duration_minutes IS NOT NULL) STORED,
    created_by       uuid        REFERENCES accounts (id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    -- A clinic's own exercises are made by a person; shared ones by the seed loader.
    CONSTRAINT exercises_own_has_author CHECK (clinic_id IS NULL OR created_by IS NOT NULL)
);

CREATE UNIQUE INDEX exercises_shared_code ON exercises (code) WHERE clinic_id IS NULL;
CREATE UNIQUE INDEX exercises_clinic_code ON exercises (clinic_id, code) WHERE clinic_id IS NOT NULL;
CREATE INDEX exercises_clinic_stage ON exercises (clinic_id, stage, lower(name));

CREATE TABLE program_templates (
    id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    clinic_id    uuid        REFERENCES clinics (id),
    code         text        NOT NULL CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(code) <= 80),
    name         text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
    description  text        NOT NULL CHECK (length(btrim(description)) BETWEEN 1 AND 1000),
    copied_from  uuid        REFERENCES program_templates (id),
    created_by   uuid        REFERENCES accounts (id),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_by   uuid        REFERENCES accounts (id),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    -- Raised with every change, so two people editing one copy cannot overwrite each
    -- other without noticing.
    version      integer     NOT NULL DEFAULT 0,
    CONSTRAINT program_templates_own_has_author CHECK (clinic_id IS NULL OR created_by IS NOT NULL)
);

CREATE UNIQUE INDEX program_templates_shared_code ON program_templates (code) WHERE clinic_id IS NULL;
CREATE UNIQUE INDEX program_templates_clinic_code ON program_templates (clinic_id, code) WHERE clinic_id IS NOT NULL;

CREATE TABLE template_stages (
    template_id uuid     NOT NULL REFERENCES program_templates (id) ON DELETE CASCADE,
    stage       smallint NOT NULL CHECK (stage BETWEEN 1 AND 4),
    goal        text     NOT NULL CHECK (length(btrim(goal)) BETWEEN 1 AND 500),
    advice      text[]   NOT NULL,
    PRIMARY KEY (template_id, stage)
);

-- The exercises of a template stage, in order. An exercise in use cannot be deleted.
CREATE TABLE template_entries (
    template_id      uuid     NOT NULL,
    stage            smallint NOT NULL,
    position         smallint NOT NULL CHECK (position >= 0),
    exercise_id      uuid     NOT NULL REFERENCES exercises (id),
    -- false: the exercise's default dosage applies and the columns below are empty.
    dosage_override  boolean  NOT NULL,
    sets             smallint CHECK (sets BETWEEN 1 AND 10),
    reps             smallint CHECK (reps BETWEEN 1 AND 100),
    hold_seconds     smallint CHECK (hold_seconds BETWEEN 1 AND 600),
    rest_seconds     smallint CHECK (rest_seconds BETWEEN 0 AND 600),
    rounds           smallint CHECK (rounds BETWEEN 1 AND 20),
    effort_percent   smallint CHECK (effort_percent BETWEEN 0 AND 100),
    times_per_day    smallint CHECK (times_per_day BETWEEN 1 AND 10),
    days_per_week    smallint CHECK (days_per_week BETWEEN 1 AND 7),
    duration_minutes smallint CHECK (duration_minutes BETWEEN 1 AND 180),
    side             text     CHECK (side IN ('LEFT', 'RIGHT', 'BOTH', 'ALTERNATING')),
    PRIMARY KEY (template_id, stage, position),
    UNIQUE (template_id, stage, exercise_id),
    FOREIGN KEY (template_id, stage) REFERENCES template_stages (template_id, stage) ON DELETE CASCADE
);

CREATE INDEX template_entries_exercise ON template_entries (exercise_id);

-- A clinic's progression thresholds; a clinic without a row uses the design's defaults.
CREATE TABLE progression_thresholds (
    clinic_id                          uuid         PRIMARY KEY REFERENCES clinics (id),
    stage_one_pain_drop                numeric(3,1) NOT NULL CHECK (stage_one_pain_drop BETWEEN 0.5 AND 10),
    stage_one_pain_ceiling             numeric(3,1) NOT NULL CHECK (stage_one_pain_ceiling BETWEEN 0 AND 10),
    stage_one_flare_free_days          smallint     NOT NULL CHECK (stage_one_flare_free_days BETWEEN 0 AND 90),
    stage_one_adherence_percent        smallint     NOT NULL CHECK (stage_one_adherence_percent BETWEEN 0 AND 100),
    stage_two_pain_ceiling             numeric(3,1) NOT NULL CHECK (stage_two_pain_ceiling BETWEEN 0 AND 10),
    stage_two_adherence_percent        smallint     NOT NULL CHECK (stage_two_adherence_percent BETWEEN 0 AND 100),
    stage_three_endurance_hold_seconds smallint     NOT NULL CHECK (stage_three_endurance_hold_seconds BETWEEN 1 AND 600),
    stage_three_pain_ceiling           numeric(3,1) NOT NULL CHECK (stage_three_pain_ceiling BETWEEN 0 AND 10),
    stage_three_flare_free_days        smallint     NOT NULL CHECK (stage_three_flare_free_days BETWEEN 0 AND 90),
    stage_three_adherence_percent      smallint     NOT NULL CHECK (stage_three_adherence_percent BETWEEN 0 AND 100),
    flare_spike_points                 numeric(3,1) NOT NULL CHECK (flare_spike_points BETWEEN 0.5 AND 10),
    updated_by                         uuid         NOT NULL REFERENCES accounts (id),
    updated_at                         timestamptz  NOT NULL DEFAULT now()
);
