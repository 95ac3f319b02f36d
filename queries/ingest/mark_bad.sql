-- purpose: flag the staged rows that have an error (after extra checks added errors)
-- grain: updates ingest_stage rows
-- params: none (reads TEMP table ingest_errors)
UPDATE ingest_stage SET _bad = true WHERE _row IN (SELECT _row FROM ingest_errors) AND NOT _bad;
