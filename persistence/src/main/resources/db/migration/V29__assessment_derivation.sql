-- What the rules concluded when an assessment was completed (the domain's
-- AssessmentDerivation as JSON: codes and arguments, no sentences) and the version of the
-- rules that concluded it (AssessmentRules.VERSION). The findings page shows this stored
-- derivation, so it agrees with the derived columns the patient list and the red-flag gate
-- read, even after a rule changes.
--
-- Assessments completed before this migration keep both NULL ("derived before
-- versioning"): the findings page works theirs out with today's rules and says so.
ALTER TABLE assessments ADD COLUMN derivation jsonb;
ALTER TABLE assessments ADD COLUMN rules_version integer;

ALTER TABLE assessments ADD CONSTRAINT assessments_derivation_versioned
    CHECK ((derivation IS NULL) = (rules_version IS NULL));
ALTER TABLE assessments ADD CONSTRAINT assessments_derivation_completed
    CHECK (status = 'COMPLETED' OR derivation IS NULL);

-- The view lists the columns of assessments as they were when it was made (V28); made
-- again, unchanged, so it carries the new ones.
DROP VIEW latest_completed_assessment;
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
