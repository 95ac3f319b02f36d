-- purpose: reserve one response_key per staged SKM row, so answers and saran can refer to it
-- grain:   one row per staged row of TEMP view ingest_valid; creates TEMP table skm_keys
-- params:  none
CREATE OR REPLACE TEMP TABLE skm_keys AS
SELECT _row, nextval('response_key_seq') AS response_key
FROM (SELECT _row FROM ingest_valid ORDER BY _row);
