-- Program versions keep each change as its kind with what it names (exercise names,
-- goals, notes, dosages), so the application words it in the reader's language. Changes
-- stored before were English sentences: each becomes a LEGACY_TEXT change that holds its
-- sentence and is shown as it is.
UPDATE program_versions v
SET changes = (
    SELECT coalesce(jsonb_agg(
               CASE WHEN element.change -> 'description' IS NOT NULL
                    THEN jsonb_build_object('kind', 'LEGACY_TEXT',
                                            'stage', element.change -> 'stage',
                                            'texts', jsonb_build_array(element.change ->> 'description'),
                                            'dosages', '[]'::jsonb)
                    ELSE element.change
               END ORDER BY element.position), '[]'::jsonb)
    FROM jsonb_array_elements(v.changes) WITH ORDINALITY AS element(change, position)
)
WHERE jsonb_path_exists(v.changes, '$[*].description');
