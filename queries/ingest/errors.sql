-- purpose: the problems of the rows flagged _bad, with the source text joined back from the reader's table
-- grain: one row per (source row, field, problem); creates TEMP table ingest_errors
-- params: constants $c_<field>; template parts <raws> (source text per field), <table>, <checks> (UNION ALL of one SELECT per field and problem over `bad`)
CREATE OR REPLACE TEMP TABLE ingest_errors AS
WITH bad AS (
    SELECT s.*, {raws}
    FROM ingest_stage s
    JOIN {table} r ON r._row = s._row
    WHERE s._bad
)
{checks};
