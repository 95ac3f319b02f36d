-- purpose: how many staged rows there are, how many are rejected, how many are duplicates
-- grain: one row
-- params: none (reads TEMP tables ingest_stage, ingest_rejected, ingest_dup)
SELECT (SELECT count(*) FROM ingest_stage) AS staged,
       (SELECT count(*) FROM ingest_rejected) AS rejected,
       (SELECT count(*) FROM ingest_dup) AS duplicate;
