-- purpose: drop the fixed-name TEMP objects of one preparation
-- grain: none
-- params: none
DROP VIEW IF EXISTS ingest_valid;
DROP TABLE IF EXISTS ingest_errors;
DROP TABLE IF EXISTS ingest_rejected;
DROP TABLE IF EXISTS ingest_dup;
DROP TABLE IF EXISTS ingest_stage;
DROP TABLE IF EXISTS ingest_bad_source;
DROP TABLE IF EXISTS ingest_region_area;
