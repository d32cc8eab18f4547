-- The latest completed assessment of each patient, and the red-flag state it puts the
-- patient in, written once for every page and port that asks (the patient's page, the
-- patient list, the red-flag status that guards program assignment, reassessment).
--
-- Latest: the latest assessment date, and of one day the one completed last.
-- Red-flag state: CLEAR when the assessment found no red flag; OVERRIDDEN when a physio
-- recorded a clinical override of its flags (an override can only be recorded for a
-- completed assessment that found one, so it always comes after the flag); otherwise
-- URGENT_MEDICAL_ASSESSMENT. A patient without a completed assessment has no row here
-- (the domain's NOT_ASSESSED).
--
-- The view lists the columns of assessments as they are now: a migration that adds a
-- column there and needs it here recreates the view. It is owned by the migrating role;
-- the application reads it through the default privileges on TABLES (V21).
CREATE VIEW latest_completed_assessment AS
SELECT DISTINCT ON (a.clinic_id, a.patient_id)
       a.*,
       CASE
           WHEN NOT a.urgent THEN 'CLEAR'
           WHEN EXISTS (SELECT 1 FROM red_flag_overrides o
                        WHERE o.clinic_id = a.clinic_id AND o.assessment_id = a.id) THEN 'OVERRIDDEN'
           ELSE 'URGENT_MEDICAL_ASSESSMENT'
       END AS red_flag_state
FROM assessments a
WHERE a.status = 'COMPLETED'
ORDER BY a.clinic_id, a.patient_id, a.assessed_on DESC, a.completed_at DESC;
