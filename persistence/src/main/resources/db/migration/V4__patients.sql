-- Patients of a clinic. The clinic's own reference number identifies a patient on paper
-- and on the phone, so it is unique within the clinic.
CREATE TABLE patients (
    id                 uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    clinic_id          uuid        NOT NULL REFERENCES clinics (id),
    reference          text        NOT NULL CHECK (length(btrim(reference)) BETWEEN 1 AND 40),
    full_name          text        NOT NULL CHECK (length(btrim(full_name)) BETWEEN 1 AND 100),
    date_of_birth      date        NOT NULL,
    sex                text        NOT NULL CHECK (sex IN ('FEMALE', 'MALE', 'OTHER', 'NOT_STATED')),
    phone              text        CHECK (length(phone) <= 40),
    email              text        CHECK (length(email) <= 254),
    referring_source   text        CHECK (length(referring_source) <= 200),
    consent_given      boolean     NOT NULL,
    consent_date       date        NOT NULL,
    status             text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DISCHARGED')),
    created_by         uuid        NOT NULL REFERENCES accounts (id),
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    version            integer     NOT NULL DEFAULT 0,
    -- Nothing is recorded about a person who has not agreed to it.
    CONSTRAINT patients_consent CHECK (consent_given)
);

CREATE UNIQUE INDEX patients_reference_unique ON patients (clinic_id, lower(reference));
CREATE INDEX patients_clinic_name ON patients (clinic_id, lower(full_name));

ALTER TABLE accounts
    ADD CONSTRAINT accounts_patient_fk FOREIGN KEY (patient_id) REFERENCES patients (id);
