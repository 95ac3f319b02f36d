-- purpose: staging, last step: ingest_stage from the chained views: one typed column per field, the region flags (_bad_<field>), extra, the check flags (_chk_<field>, read by ingest/errors_check), and `_bad` = any flag
-- grain: one row per source row; creates TEMP table ingest_stage
-- params: none; identifier: last (the last view of the chain)
CREATE OR REPLACE TEMP TABLE ingest_stage AS
SELECT COLUMNS(c -> NOT starts_with(c, 'gema:')),
       greatest(false, *COLUMNS('^(_bad_|_chk_|gema:flag:)')) AS _bad
FROM {{ident:last}};
