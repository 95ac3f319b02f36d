-- purpose: staging, last step: ingest_stage from the chained steps: one typed column per field, the region flags (_bad_<field>), extra, the check flags (_chk_<field>, read by ingest/errors_check), and `_bad` = any flag
-- grain: one row per source row; creates TEMP table ingest_stage
-- params: none; identifiers: chain (the steps, queries/ingest/stage_*.sql, as CTEs: gema.core.sql.Chain), last (the last step's CTE)
CREATE OR REPLACE TEMP TABLE ingest_stage AS
{{with:chain}}
SELECT COLUMNS(c -> NOT starts_with(c, 'gema:')),
       greatest(false, *COLUMNS('^(_bad_|_chk_|gema:flag:)')) AS _bad
FROM {{ident:last}};
