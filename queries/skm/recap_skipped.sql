-- purpose: the staged recap rows without any unsur value ('-' in every cell: a unit that was not surveyed), skipped by the load and named in the batch notes
-- grain:   one row per skipped source row
-- params:  none (reads TEMP view ingest_valid)
SELECT _row AS row, coalesce(unit, row_no) AS unit
FROM ingest_valid
WHERE _row NOT IN (
    SELECT _row
    FROM (
        UNPIVOT (SELECT _row, COLUMNS('^U[0-9]+$') FROM ingest_valid)
        ON COLUMNS('^U[0-9]+$')
        INTO NAME unsur VALUE v
    )
    WHERE v IS NOT NULL
)
ORDER BY _row;
