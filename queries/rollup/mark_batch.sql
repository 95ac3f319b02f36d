-- purpose: mark the days of the posts, feedback and SKM answer rows an upload brought (after its load, or
--          before its undo deletes them)
-- grain:   one rollup_dirty row per (table, day) with rows of the batch
-- params:  $batch_id
INSERT INTO rollup_dirty
SELECT DISTINCT 'posts', CAST(published_at AS DATE) FROM posts WHERE batch_id = $batch_id
UNION
SELECT DISTINCT 'feedback', CAST(received_at AS DATE) FROM feedback WHERE batch_id = $batch_id
UNION
SELECT DISTINCT 'skm', CAST(submitted_at AS DATE) FROM skm_responses WHERE batch_id = $batch_id;
