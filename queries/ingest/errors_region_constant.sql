-- purpose: row errors of one kab/kota field set for the whole file (--set kabkota=…) whose value
--          is still to be decided
-- grain: inserts one ingest_errors row per bad row
-- params: $ord, $field, $value (the constant); identifiers (quoted by gema.core.sql): flag (the
--         staged _bad_<field> column)
INSERT INTO ingest_errors (_row, ord, field, problem, value)
SELECT s._row, $ord, $field, 'region', CAST($value AS VARCHAR)
FROM ingest_stage s
WHERE s._bad AND s.{{ident:flag}};
