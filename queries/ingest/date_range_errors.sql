-- purpose: dates outside the plausible range (before $lo or after $hi: 1900, 2100, a typo'd
--          year) are errors like any other bad value, so they never load silently; flags the
--          staged rows as bad so a load with skip-invalid leaves them out
-- grain: inserts one ingest_errors row per staged row with such a date in one field
-- params: $lo, $hi (dates), $ord, $field; identifier (quoted by gema.core.sql): col (the staged field column)
INSERT INTO ingest_errors (_row, ord, field, problem, value)
SELECT _row, $ord, $field, 'range', CAST(CAST({{ident:col}} AS DATE) AS VARCHAR)
FROM ingest_stage
WHERE CAST({{ident:col}} AS DATE) < CAST($lo AS DATE) OR CAST({{ident:col}} AS DATE) > CAST($hi AS DATE);
