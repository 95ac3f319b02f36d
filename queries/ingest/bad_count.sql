-- purpose: how many staged rows have a problem (none: no per-field error statements to run)
-- grain: one row
-- params: none (reads TEMP table ingest_stage)
SELECT count(*) AS n FROM ingest_stage WHERE _bad;
