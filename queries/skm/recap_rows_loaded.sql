-- purpose: how many uploaded recap rows (unit-periods) the current load used: staged rows with
--          at least one unsur value (the JSON contract counts rows of the file, not unsur rows)
-- grain:   one row
-- params:  none (reads TEMP view ingest_valid)
SELECT count(DISTINCT _row)
FROM (
    UNPIVOT (SELECT _row, COLUMNS('^U[0-9]+$') FROM ingest_valid)
    ON COLUMNS('^U[0-9]+$')
    INTO NAME unsur VALUE v
)
WHERE v IS NOT NULL;
