-- purpose: the SKM answer labels (data/reference/skm_answers.csv, normalised and checked in
--          gema/ingest/skm.py) as the TEMP table the macro gema_skm_score reads (migration 172)
-- grain: one row per label; creates TEMP table skm_answer_labels
-- params: $labels (VARCHAR[]), $scores (INTEGER[], same order)
CREATE OR REPLACE TEMP TABLE skm_answer_labels AS
SELECT unnest($labels::VARCHAR[]) AS label, CAST(unnest($scores::INTEGER[]) AS TINYINT) AS score;
