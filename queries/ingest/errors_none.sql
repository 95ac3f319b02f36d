-- purpose: an empty problem list, for uploads whose mapped fields cannot be wrong (text only)
-- grain: no rows; creates TEMP table ingest_errors
-- params: none
CREATE OR REPLACE TEMP TABLE ingest_errors AS
SELECT CAST(NULL AS BIGINT) AS _row, 0 AS ord, '' AS field, '' AS problem, CAST(NULL AS VARCHAR) AS value
WHERE false;
