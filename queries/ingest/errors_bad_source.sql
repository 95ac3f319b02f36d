-- purpose: the source rows (as the user sent them) of the staged rows flagged _bad, so each
--          field's errors can quote the text that was wrong; usually few rows
-- grain: one row per bad source row; creates TEMP table ingest_bad_source
-- params: none; identifiers (quoted by gema.core.sql): table (the reader's TEMP table)
CREATE OR REPLACE TEMP TABLE ingest_bad_source AS
SELECT *
FROM {{ident:table}}
WHERE _row IN (SELECT _row FROM ingest_stage WHERE _bad);
