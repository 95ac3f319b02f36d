-- purpose: the source rows with at least one error (rejected as a whole)
-- grain: one row per rejected source row; creates TEMP table ingest_rejected
-- params: none (reads TEMP table ingest_errors)
CREATE OR REPLACE TEMP TABLE ingest_rejected AS SELECT DISTINCT _row FROM ingest_errors;
