-- When a program measures (DESIGN.md §4): each clinic's default, and the copy a program
-- takes when it is assigned, so a later change of the default leaves running programs be.
-- Weeks are program weeks (0 = the day the program began).

CREATE TABLE clinic_measurement_schedules (
    clinic_id                 uuid        PRIMARY KEY REFERENCES clinics (id),
    pain_via_check_ins        boolean     NOT NULL,
    psfs_every_weeks          smallint    NOT NULL CHECK (psfs_every_weeks BETWEEN 0 AND 12),
    disability_index_weeks    smallint[]  NOT NULL CHECK (cardinality(disability_index_weeks) <= 12
                                              AND 0 <= ALL (disability_index_weeks) AND 52 >= ALL (disability_index_weeks)),
    start_back_weeks          smallint[]  NOT NULL CHECK (cardinality(start_back_weeks) <= 12
                                              AND 0 <= ALL (start_back_weeks) AND 52 >= ALL (start_back_weeks)),
    updated_by                uuid        NOT NULL REFERENCES accounts (id),
    updated_at                timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE program_measurement_schedules (
    program_id                uuid        PRIMARY KEY REFERENCES programs (id),
    clinic_id                 uuid        NOT NULL REFERENCES clinics (id),
    pain_via_check_ins        boolean     NOT NULL,
    psfs_every_weeks          smallint    NOT NULL CHECK (psfs_every_weeks BETWEEN 0 AND 12),
    disability_index_weeks    smallint[]  NOT NULL CHECK (cardinality(disability_index_weeks) <= 12
                                              AND 0 <= ALL (disability_index_weeks) AND 52 >= ALL (disability_index_weeks)),
    start_back_weeks          smallint[]  NOT NULL CHECK (cardinality(start_back_weeks) <= 12
                                              AND 0 <= ALL (start_back_weeks) AND 52 >= ALL (start_back_weeks)),
    copied_at                 timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX program_measurement_schedules_clinic ON program_measurement_schedules (clinic_id);
