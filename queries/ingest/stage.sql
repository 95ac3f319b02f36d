-- purpose: normalise a whole upload in one SELECT: one typed column per canonical field, the unmapped columns as JSON `extra`, and `_bad` when the row has a problem
-- grain: one row per source row; creates TEMP table ingest_stage
-- params: constants $c_<field> and JSON keys $x<i>; template parts <outer>, <inner> (expressions over quoted identifiers, built in gema/ingest/stage.py: the one statement still assembled in Python, see issue 15 notes), <table>, <joins>
CREATE OR REPLACE TEMP TABLE ingest_stage AS
SELECT {outer}
FROM (
    SELECT {inner}
    FROM {table} r
    {joins}
) AS normalised;
