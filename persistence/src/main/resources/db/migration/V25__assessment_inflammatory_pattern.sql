-- Whether a completed assessment flagged possible inflammatory back pain (morning
-- stiffness over 30 minutes together with night waking), so the patient's page can show
-- it among the banners without recomputing every assessment. Like the other derived
-- columns it serves pages only; the findings are always recomputed from the answers.
ALTER TABLE assessments ADD COLUMN inflammatory_pattern boolean;

-- Assessments completed before this column existed: the same rule over the stored answers.
UPDATE assessments
SET inflammatory_pattern =
        COALESCE((answers -> 'behaviour' ->> 'morningStiffnessMinutes')::integer > 30, false)
        AND COALESCE((answers -> 'behaviour' ->> 'wakesAtNight')::boolean, false)
WHERE status = 'COMPLETED';

ALTER TABLE assessments ADD CONSTRAINT assessments_completed_inflammatory
    CHECK (status = 'DRAFT' OR inflammatory_pattern IS NOT NULL);
