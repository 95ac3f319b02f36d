-- purpose: an empty duplicate list, for kinds without a natural key
-- grain: no rows; creates TEMP table ingest_dup
-- params: none
CREATE OR REPLACE TEMP TABLE ingest_dup AS SELECT CAST(NULL AS BIGINT) AS _row WHERE false;
